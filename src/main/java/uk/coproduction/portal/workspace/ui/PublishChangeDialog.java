package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.ChangeSummary;

/**
 * Publishes a change on the public "You said, we did" page. The sender sees the plain summary and writes (or checks)
 * the Easy Read one: a change is never published without it.
 */
class PublishChangeDialog extends Dialog {

    private final ChangeService changes;
    private final long changeId;
    private final Runnable afterPublish;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextArea easyRead = new TextArea();

    PublishChangeDialog(ChangeService changes, ChangeSummary change, Runnable afterPublish) {
        this.changes = changes;
        this.changeId = change.id();
        this.afterPublish = afterPublish;
        setHeaderTitle(getTranslation("workspace.change.publish"));
        addClassName("chain-dialog");
        easyRead.setLabel(getTranslation("workspace.change.field.easy-read"));
        easyRead.setHelperText(getTranslation("workspace.change.field.easy-read.helper"));
        easyRead.setMaxLength(1000);
        easyRead.setRequiredIndicatorVisible(true);
        easyRead.setValue(change.easyRead() == null ? "" : change.easyRead());
        easyRead.addClassName("wide-field");
        add(
                errors,
                new Paragraph(getTranslation("workspace.change.publish.intro")),
                new Paragraph(getTranslation("workspace.change.publish.plain", change.whatChanged())),
                easyRead);
        Button publish = new Button(getTranslation("workspace.change.publish.confirm"), e -> publish());
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("workspace.cancel"), e -> close()), publish);
    }

    private void publish() {
        easyRead.setInvalid(false);
        errors.clear();
        try {
            changes.publish(changeId, easyRead.getValue());
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                String message = getTranslation(problem.messageKey());
                easyRead.setErrorMessage(message);
                easyRead.setInvalid(true);
                errors.add(message, easyRead);
            }
            errors.show();
            return;
        } catch (AccessDeniedException notYours) {
            errors.add(getTranslation("workspace.change.not-your-team"), easyRead);
            errors.show();
            return;
        }
        close();
        Notification.show(getTranslation("workspace.change.published"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        afterPublish.run();
    }
}
