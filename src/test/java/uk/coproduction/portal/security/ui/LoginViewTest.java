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
    void everyRefusedSignInGetsOneNeutralMessageThatPromisesNoLock() {
        // Unknown username, wrong password, disabled account and a try that came too soon all land on ?error.
        open("error");
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(shownToTheBrowser(form))
                .contains("We could not sign you in")
                .contains("Check your username and password and try again. After several wrong tries from one device"
                        + " or network, signing in from there pauses: a few seconds at first, at most 15 minutes."
                        + " Wrong tries never lock your account.")
                .doesNotContain("locked for");
    }

    @Test
    void theOldLockedAnswerNoLongerExists() {
        open("locked");
        assertThat($(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void withNoSingleSignOnConfiguredThePageOffersOnlyTheUsernameAndPassword() {
        navigate(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isFalse();
        assertThat($(Anchor.class).all())
                .extracting(Anchor::getText)
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
