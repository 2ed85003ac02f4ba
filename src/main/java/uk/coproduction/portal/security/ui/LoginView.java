package uk.coproduction.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.ui.RouteLink;
import uk.coproduction.portal.security.SignInThrottle;
import uk.coproduction.portal.security.SingleSignOn;

/** Staff sign in here. Residents never need to. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final SignInThrottle throttle;

    LoginView(SingleSignOn singleSignOn, SignInThrottle throttle) {
        this.throttle = throttle;
        addClassNames("login-page");
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.failed.title"));
        error.setMessage(getTranslation("login.failed.message", throttle.longestPauseMinutes()));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        add(login);
        if (singleSignOn.isEnabled()) {
            Anchor organisation = new Anchor(singleSignOn.signInPath(), getTranslation("login.sso"));
            organisation.setRouterIgnore(true);
            add(new Paragraph(organisation));
        }
        Paragraph residents = new Paragraph(getTranslation("login.residents"));
        RouterLink home = RouteLink.to(getTranslation("login.back-home"), RouteLink.FRONT_PAGE);
        add(residents, home);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (parameters.containsKey("sso-refused")) {
            error.setTitle(getTranslation("login.sso-refused.title"));
            error.setMessage(getTranslation("login.sso-refused.message"));
        } else {
            // Unknown username, wrong password, disabled account, too many tries: one answer (decision 0018).
            error.setTitle(getTranslation("login.failed.title"));
            error.setMessage(getTranslation("login.failed.message", throttle.longestPauseMinutes()));
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey("sso-refused"));
        if (parameters.containsKey("password-changed")) {
            Paragraph changed = new Paragraph(getTranslation("login.password-changed"));
            changed.getElement().setAttribute("role", "status");
            addComponentAsFirst(changed);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
