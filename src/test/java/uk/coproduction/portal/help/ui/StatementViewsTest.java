package uk.coproduction.portal.help.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.i18n.Languages;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone can read the privacy notice and the accessibility statement, in each language, from every page's footer. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class StatementViewsTest extends SpringBrowserlessTest {

    @Test
    void aVisitorReadsThePrivacyNoticeFromTheFooter() {
        navigate(HelpView.class);
        test(find(RouterLink.class).withText("Privacy notice").single()).click();

        assertThat(getCurrentView()).isInstanceOf(PrivacyView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Privacy notice");
        assertThat(find(H2.class).withText("Your rights").exists()).isTrue();
        assertThat(find(Paragraph.class)
                        .withText("We ask for your age band, such as 11 to 15, never your date of birth.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("Feedback you start but do not send is deleted after 30 days.")
                        .exists())
                .isTrue();
    }

    @Test
    void aVisitorReadsTheAccessibilityStatementFromTheFooter() {
        navigate(HelpView.class);
        test(find(RouterLink.class).withText("Accessibility statement").single())
                .click();

        assertThat(getCurrentView()).isInstanceOf(AccessibilityView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Accessibility statement");
        assertThat(find(Paragraph.class)
                        .withText(
                                "We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.")
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("Pages for staff are only in English.")
                        .exists())
                .isTrue();
    }

    @Test
    void bothPagesAreInEasyRead() {
        UI.getCurrent().setLocale(Languages.EASY_READ);
        navigate(PrivacyView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("How we look after your information");
        assertThat(find(Paragraph.class)
                        .withText("We never ask for your birthday.")
                        .exists())
                .isTrue();

        navigate(AccessibilityView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("How easy this website is to use");
        assertThat(find(Paragraph.class)
                        .withText("We use the website with only a keyboard.")
                        .exists())
                .isTrue();
    }

    @Test
    void bothPagesAreInPolish() {
        UI.getCurrent().setLocale(Languages.POLISH);
        navigate(PrivacyView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Informacja o prywatności");
        assertThat(find(H2.class).withText("Twoje prawa").exists()).isTrue();

        navigate(AccessibilityView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Deklaracja dostępności");
        assertThat(find(Paragraph.class)
                        .withText("Strony dla pracowników są tylko po angielsku.")
                        .exists())
                .isTrue();
    }
}
