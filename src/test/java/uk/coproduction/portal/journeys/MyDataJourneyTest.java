package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.services.Team;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In a real browser: the reference code alone asks for a second proof; with the private code shown when they sent
 * it, the person sees their words, and deleting them shows what goes and what stays first (decision 0040). Each step
 * is accessible (axe-core) and is kept as a screenshot (decision 0017).
 */
@PortalTest
class MyDataJourneyTest extends BrowserJourney {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Test
    void aPersonOpensTheirDataWithTheirReferenceCodeAndPrivateCode() {
        SubmissionReceipt receipt = submissions.submit(fixtures.youngPersonAbout(
                fixtures.serviceOf(Team.CHILDRENS), "The clinic was too far from the bus stop"));
        Page page = newPerson();
        page.navigate(url("/my-data"));

        page.getByLabel("Your reference code").fill(receipt.referenceCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        assertThat(page.getByLabel("Your private code")).isVisible();
        assertThat(page.getByText("The clinic was too far from the bus stop")).hasCount(0);
        assertAccessible(page, "my data: asking for the private code");
        screenshot(page, "my-data-1-private-code");

        page.getByLabel("Your private code").fill(receipt.secret());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what you keep"))
                .click();
        assertThat(page.getByText("What you told us: The clinic was too far from the bus stop"))
                .isVisible();
        assertAccessible(page, "my data: the record opened");
        screenshot(page, "my-data-2-opened");

        // Deleting shows what goes and what stays first, and focus moves to that check (decision 0040).
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See what we would delete"))
                .click();
        assertThat(page.locator(":focus")).hasText("Check before you delete");
        assertThat(page.getByText("What you told us", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertAccessible(page, "my data: check before deleting");
        screenshot(page, "my-data-2b-check-before-deleting");
    }

    @Test
    void aPersonWhoGaveAnEmailIsOfferedACodeToTheMaskedAddress() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "Please e-mail me", "jane.doe@example.com", false))
                .referenceCode();
        Page page = newPerson();
        page.navigate(url("/my-data"));

        page.getByLabel("Your reference code").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        assertThat(page.getByText("j•••@e•••.com")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a code"))
                .click();
        assertThat(page.getByLabel("The code we sent you")).isVisible();
        assertThat(page.getByText("jane.doe@example.com")).hasCount(0);
        assertAccessible(page, "my data: a code sent by e-mail");
        screenshot(page, "my-data-3-code-sent");
    }
}
