package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.RouteLink;
import uk.coproduction.portal.safeguarding.SafeguardingFlags;

/**
 * On the feedback detail page: "Flag as a safeguarding concern", with a reason. Once flagged the item belongs to
 * the safeguarding lead, so the commissioner is told so and taken back to the inbox.
 */
public class FlagConcernSection extends Section {

    private static final String INBOX = "staff/inbox";

    private final SafeguardingFlags flags;
    private final long feedbackId;
    private final TextArea reason = new TextArea();

    public FlagConcernSection(SafeguardingFlags flags, long feedbackId) {
        this.flags = flags;
        this.feedbackId = feedbackId;
        addClassName("form-section");
        Button open = new Button(getTranslation("safeguarding.flag.open"), e -> showForm());
        open.addThemeVariants(ButtonVariant.ERROR);
        add(
                new H2(getTranslation("safeguarding.flag.title")),
                new Paragraph(getTranslation("safeguarding.flag.intro")),
                open);
    }

    private void showForm() {
        removeAll();
        reason.setLabel(getTranslation("safeguarding.flag.reason"));
        reason.setHelperText(getTranslation("safeguarding.flag.reason.helper"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(5000);
        reason.addClassName("wide-field");
        Button flag = new Button(getTranslation("safeguarding.flag.confirm"), e -> flag());
        flag.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        add(new H2(getTranslation("safeguarding.flag.title")), reason, new Div(flag));
        reason.focus();
    }

    private void flag() {
        try {
            flags.flag(feedbackId, reason.getValue());
        } catch (InvalidInputException invalid) {
            reason.setErrorMessage(getTranslation(invalid.problems().getFirst().messageKey()));
            reason.setInvalid(true);
            reason.focus();
            return;
        }
        Notification done =
                Notification.show(getTranslation("safeguarding.flag.done"), 10_000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.SUCCESS);
        // By path: the inbox sits in the workspace, above safeguarding in the module map (decision 0043).
        getUI().ifPresent(ui -> ui.navigate(RouteLink.viewAt(INBOX)));
    }
}
