package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.safeguarding.SafetyMessages;
import uk.coproduction.portal.security.TestAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 25 in a real browser: a care home's residents all said "I don't feel safe" from one address; the
 * safeguarding lead finds them grouped as one possible burst, with no accessibility violations, and clears it with
 * the keyboard, giving a reason.
 */
@PortalTest
class LeadClearsAPossibleBurstJourneyTest extends BrowserJourney {

    @Autowired
    SafetyMessages messages;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void aSafeguardingLeadClearsAPossibleBurstWithAReason() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            codes.add(messages.tell(
                            UUID.randomUUID().toString(),
                            "Resident " + i + " " + run,
                            ContactRequest.NONE,
                            "en-GB",
                            "203.0.113.200-" + run,
                            null,
                            false)
                    .referenceCode());
        }

        Page lead = newPerson();
        lead.navigate(url("/staff/safeguarding"));
        lead.getByLabel("Username").fill(TestAccounts.SAFEGUARDING_LEAD);
        lead.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        lead.navigate(url("/staff/safeguarding"));

        Locator burst = lead.locator("section.safety-burst")
                .filter(new Locator.FilterOptions().setHasText("Item " + codes.getFirst()));
        assertThat(burst.getByRole(AriaRole.HEADING)).containsText("Possible burst: 11 messages from one address");
        assertThat(burst.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Messages in this burst"))
                        .getByRole(AriaRole.LISTITEM))
                .hasCount(11);
        assertAccessible(lead, "/staff/safeguarding with a possible burst");
        screenshot(lead, "safeguarding-possible-burst");

        burst.getByLabel("Why you are clearing this burst").fill("Residents meeting about feeling safe; all read");
        burst.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Clear this burst (11 messages)"))
                .focus();
        lead.keyboard().press("Enter");

        assertThat(lead.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Burst cleared")))
                .containsText(Pattern.compile("11 cleared; 0 read as a disclosure"));
        assertAccessible(lead, "/staff/safeguarding after clearing a burst");
        screenshot(lead, "safeguarding-burst-cleared");
    }
}
