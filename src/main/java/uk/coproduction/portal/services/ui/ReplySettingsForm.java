package uk.coproduction.portal.services.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.services.ServiceCatalogue;

/** For administrators on a service's page: how many working days to reply in, and whether replies need approval. */
public class ReplySettingsForm extends Div {

    private final IntegerField days = new IntegerField();
    private final Checkbox joint = new Checkbox();

    public ReplySettingsForm(
            ServiceCatalogue catalogue,
            String serviceCode,
            int replyWithinDays,
            boolean jointlyCommissioned,
            Runnable saved) {
        addClassName("form-section");
        days.setLabel(getTranslation("workspace.service.settings.days"));
        days.setHelperText(getTranslation("workspace.service.settings.days.helper"));
        days.setStepButtonsVisible(true);
        days.setValue(replyWithinDays);
        joint.setLabel(getTranslation("workspace.service.settings.joint"));
        joint.setValue(jointlyCommissioned);
        Button save = new Button(getTranslation("workspace.service.settings.save"), e -> {
            try {
                catalogue.changeReplySettings(serviceCode, days.getValue(), joint.getValue());
                days.setInvalid(false);
                Notification.show(
                                getTranslation("workspace.service.settings.saved"),
                                4000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                saved.run();
            } catch (InvalidInputException invalid) {
                days.setErrorMessage(
                        getTranslation(invalid.problems().getFirst().messageKey()));
                days.setInvalid(true);
                days.focus();
            }
        });
        add(new H3(getTranslation("workspace.service.settings.title")), days, joint, new Div(save));
    }
}
