package uk.coproduction.portal.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string a person sees, from {@code vaadin-i18n/translations*.properties}. A key missing from a language
 * falls back to English (never to the server's own locale); a key missing everywhere shows as {@code !key}.
 * Messages with arguments use {@link MessageFormat}, so an apostrophe in them is written twice.
 */
@Component
class PortalTranslations implements I18NProvider {

    private static final Logger LOG = LoggerFactory.getLogger(PortalTranslations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String value;
        try {
            value = ResourceBundle.getBundle(BUNDLE, Languages.supported(locale), NO_SERVER_LOCALE)
                    .getString(key);
        } catch (MissingResourceException missing) {
            LOG.warn("No translation for {}", key);
            return "!" + key;
        }
        if (params.length > 0) {
            return new MessageFormat(value, locale).format(params);
        }
        return value;
    }
}
