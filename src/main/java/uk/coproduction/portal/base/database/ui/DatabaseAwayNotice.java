package uk.coproduction.portal.base.database.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.database.DatabaseUnreachable;

/**
 * A button pressed on any page while the database cannot be reached: the person is told kindly, on the page they
 * are on, that nothing on it has been cleared and to try again in a minute, instead of nothing happening. (Opening
 * a page in that state shows {@link FailurePage}; other failures go to Vaadin's own handler.)
 */
@Component
class DatabaseAwayNotice implements VaadinServiceInitListener {

    static final int SHOWN_FOR_MS = 15_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(DatabaseAwayNotice.class);
        private final ErrorHandler otherwise = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            UI ui = event.getComponent().flatMap(component -> component.getUI()).orElseGet(UI::getCurrent);
            if (ui == null || !DatabaseUnreachable.causedBy(event.getThrowable())) {
                otherwise.error(event);
                return;
            }
            log.warn("An action could not be done: the database is not reachable", event.getThrowable());
            Notification notice = new Notification(
                    ui.getTranslation("database-away.notice"), SHOWN_FOR_MS, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.ERROR);
            notice.open();
        }
    }
}
