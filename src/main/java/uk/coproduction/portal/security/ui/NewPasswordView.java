package uk.coproduction.portal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.security.OwnPassword;
import uk.coproduction.portal.security.PasswordRules;

import java.util.Map;
import java.util.Objects;

/**
 * Choosing a new password: where someone an administrator asked to do so is sent after signing in, before anything
 * else (decision 0028), and where anyone signed in can change theirs. Afterwards they sign in again.
 */
@Route(value = "staff/new-password", layout = StaffLayout.class)
@PermitAll
public class NewPasswordView extends Div implements HasDynamicTitle {

    private final OwnPassword ownPassword;
    private final ErrorSummary errors = new ErrorSummary();
    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final Map<String, Component> fields =
            Map.of("currentPassword", current, "password", password, "confirmPassword", confirm);

    NewPasswordView(OwnPassword ownPassword) {
        this.ownPassword = ownPassword;
        addClassNames("page", "new-password");
        // the route is for signed-in staff (@PermitAll), so Spring Security has an authentication here
        String me = Objects.requireNonNull(
                        SecurityContextHolder.getContext().getAuthentication(),
                        "NewPasswordView is only shown to a signed-in person")
                .getName();
        Paragraph why = new Paragraph(
                getTranslation(ownPassword.mustChoose(me) ? "staff.password.must" : "staff.password.intro"));
        current.setLabel(getTranslation("staff.password.current"));
        current.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("staff.password.new"));
        password.setHelperText(getTranslation("staff.password.new.helper", PasswordRules.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setMaxLength(PasswordRules.MAX_LENGTH);
        confirm.setLabel(getTranslation("staff.password.confirm"));
        confirm.setRequiredIndicatorVisible(true);
        confirm.setMaxLength(PasswordRules.MAX_LENGTH);
        fields.values().forEach(field -> field.addClassName("wide-field"));
        Button save = new Button(getTranslation("staff.password.save"), e -> save(me));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Section form = new Section(current, password, confirm, new Div(save));
        form.addClassName("form-section");
        add(new H1(getTranslation("staff.password.title")), why, errors, form);
    }

    private void save(String me) {
        errors.clear();
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
        try {
            ownPassword.change(me, current.getValue(), password.getValue(), confirm.getValue());
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                Component field = fields.getOrDefault(problem.field(), password);
                String message = getTranslation(problem.messageKey());
                ((HasValidation) field).setErrorMessage(message);
                ((HasValidation) field).setInvalid(true);
                errors.add(message, field);
            }
            errors.show();
            return;
        }
        // Sign in again: this session was opened with the old password and, if asked to change it, with no rights.
        UI.getCurrent().getPage().setLocation("login?password-changed");
        VaadinSession.getCurrent().getSession().invalidate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.password.page-title");
    }
}
