package uk.coproduction.portal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.notifications.NotificationSettings;

/** A member of staff's own settings: where notices go, and (commissioners) the daily digest switched on or off. */
@Route(value = "staff/settings", layout = StaffLayout.class)
@Menu(title = "staff.settings.nav", order = 900)
@PermitAll
public class StaffSettingsView extends Div implements HasDynamicTitle {

    private final NotificationSettings settings;
    private final EmailField email = new EmailField();
    private final Checkbox dailyDigest = new Checkbox();
    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph saved = new Paragraph();

    StaffSettingsView(NotificationSettings settings) {
        this.settings = settings;
        addClassName("page");
        NotificationSettings.MySettings mine = settings.mine();

        email.setLabel(getTranslation("staff.settings.email"));
        email.setHelperText(getTranslation("staff.settings.email.help"));
        email.setValue(mine.email() == null ? "" : mine.email());
        email.setMaxLength(254);
        email.setWidth("24em");

        dailyDigest.setLabel(getTranslation("staff.settings.digest"));
        dailyDigest.setHelperText(getTranslation("staff.settings.digest.help"));
        dailyDigest.setValue(mine.dailyDigest());

        Button save = new Button(getTranslation("staff.settings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        saved.getElement().setAttribute("role", "status");

        add(new H1(getTranslation("staff.settings.title")), errors, new H2(getTranslation("staff.settings.notices")));
        add(new Div(email));
        if (mine.getsDigests()) {
            add(new Div(dailyDigest));
        } else {
            add(new Paragraph(getTranslation("staff.settings.digest.not-commissioner")));
        }
        add(new Div(save), saved);
    }

    private void save() {
        errors.clear();
        email.setInvalid(false);
        saved.setText("");
        try {
            settings.save(dailyDigest.getValue(), email.getValue());
        } catch (IllegalArgumentException invalid) {
            String message = getTranslation("staff.settings.email.invalid");
            email.setErrorMessage(message);
            email.setInvalid(true);
            errors.add(message, email);
            errors.show();
            return;
        }
        saved.setText(getTranslation(
                dailyDigest.getValue() || !settings.mine().getsDigests()
                        ? "staff.settings.saved"
                        : "staff.settings.saved-off"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.settings.page-title");
    }
}
