package uk.coproduction.portal.help.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.feedback.ui.StartFeedbackView;

/** The accessibility statement: the standard we aim for, how we test, what is not right yet, how to tell us. */
@Route("accessibility")
@AnonymousAllowed
public class AccessibilityView extends Statement implements HasDynamicTitle {

    AccessibilityView() {
        super(
                "accessibility",
                new Topic("aim", "check", 2),
                new Topic("tests", "settings", 3),
                new Topic("limits", "language", 2),
                new Topic("report", "reply", 3));
    }

    @Override
    Component[] extraFor(String topic) {
        return "report".equals(topic)
                ? new Component[] {new RouterLink(getTranslation("nav.give-feedback"), StartFeedbackView.class)}
                : new Component[0];
    }

    @Override
    public String getPageTitle() {
        return pageTitle();
    }
}
