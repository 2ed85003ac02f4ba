package uk.coproduction.portal.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import uk.coproduction.portal.PortalTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the sign-in page tells staff after a failed attempt, and which ways of signing in it offers. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void aLockedAccountIsToldSoAndWhatToDo() {
        open("locked");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(shownToTheBrowser(form)).contains(
                "Too many attempts: this account is locked for 15 minutes. Ask an administrator if you need it sooner.")
                .doesNotContain("Wrong username or password");
    }

    @Test
    void aWrongUsernameOrPasswordGetsTheOrdinaryMessage() {
        open("error");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(shownToTheBrowser(form)).contains("Wrong username or password").doesNotContain("locked");
    }

    @Test
    void withNoSingleSignOnConfiguredThePageOffersOnlyTheUsernameAndPassword() {
        navigate(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isFalse();
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .doesNotContain("Sign in with your organisation account");
    }

    private void open(String parameter) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(parameter, "")));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    /** The texts the login form sends to the browser (its i18n property, including the error message). */
    private static String shownToTheBrowser(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
