package uk.coproduction.portal.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Draws every page in the language chosen on this device (the picker's cookie), else the browser's language if
 * we speak it, else English; and tells the browser which language the page is in.
 */
@Component
class LanguageOfEachPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale language = chosen(VaadinRequest.getCurrent())
                    .orElseGet(() -> Languages.supported(init.getUI().getLocale()));
            init.getUI().setLocale(language);
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", Languages.htmlLang(language));
        });
    }

    private static Optional<Locale> chosen(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Stream.of(request.getCookies())
                .filter(c -> LanguageController.COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .flatMap(Languages::fromTag);
    }
}
