package uk.coproduction.portal.campaigns.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.limits.CampaignAllowance;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.campaigns.CampaignForm;
import uk.coproduction.portal.campaigns.CampaignJourney;
import uk.coproduction.portal.campaigns.CampaignService;
import uk.coproduction.portal.campaigns.CampaignSummary;
import uk.coproduction.portal.feedback.ui.StartFeedbackView;
import uk.coproduction.portal.frontline.ui.FrontlineJourneyView;
import uk.coproduction.portal.security.TestAccounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a campaign link or its QR code leads: the journey, with the campaign, or a kind word and the same journey. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class CampaignArrivalViewTest extends SpringBrowserlessTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
        VaadinSession.getCurrent().setAttribute(CampaignAllowance.class, null);
    }

    @Test
    void aPersonFollowingAnOpenLinkStartsTheJourneyAndItCarriesTheCampaign() {
        CampaignSummary link = aLink();

        UI.getCurrent().navigate("campaign/" + token(link));

        assertThat(getCurrentView()).isInstanceOf(StartFeedbackView.class);
        assertThat(CampaignAllowance.current())
                .map(CampaignAllowance::expectedPeople)
                .contains(200);
        test(find(Button.class).withText("Start").single()).click();
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_draft where campaign_id = ?", Long.class, link.id()))
                .isEqualTo(1L);
    }

    @Test
    void aClosedLinkSaysSoKindlyAndStillLeadsToOrdinaryFeedback() {
        CampaignSummary link = aLink();
        campaigns.close(link.id());

        UI.getCurrent().navigate("campaign/" + token(link));

        assertThat(find(H1.class).single().getText()).isEqualTo("This link is not in use now");
        assertThat(find(Anchor.class).withText("Give feedback").single().getHref())
                .isEqualTo("feedback");
        assertThat(CampaignAllowance.current()).isEmpty();
    }

    @Test
    void aTamperedLinkGetsAKindMessageAndTheOrdinaryJourney() {
        String token = token(aLink());
        String tampered = token.substring(0, 5) + (token.charAt(5) == 'x' ? 'y' : 'x') + token.substring(6);

        UI.getCurrent().navigate("campaign/" + tampered);

        assertThat(find(H1.class).single().getText()).isEqualTo("We could not recognise this link");
        assertThat(find(Anchor.class).withText("Give feedback").single().getHref())
                .isEqualTo("feedback");
        assertThat(find(Anchor.class)
                        .withText("Staff: take the frontline survey")
                        .exists())
                .isTrue();
        assertThat(CampaignAllowance.current()).isEmpty();
    }

    @Test
    void aLinkClosedOnAnotherInstanceLosesItsAllowanceAtTheVisitorsNextPage() {
        CampaignSummary link = aLink();
        UI.getCurrent().navigate("campaign/" + token(link));
        assertThat(CampaignAllowance.current()).isPresent();

        // Closed where this instance cannot see the session: only the database knows.
        jdbc.update("update campaign set closed_at = now(6) where id = ?", link.id());
        UI.getCurrent().navigate("help");

        assertThat(CampaignAllowance.current()).isEmpty();
    }

    @Test
    void aFrontlineLinkOpensTheStaffSurveyForItsQuarter() {
        CampaignSummary link = campaigns.create(new CampaignForm(
                "Trust staff " + UUID.randomUUID(),
                CampaignJourney.FRONTLINE,
                null,
                "2026-Q4",
                5000,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(60))));

        UI.getCurrent().navigate("campaign/" + token(link));

        assertThat(getCurrentView()).isInstanceOf(FrontlineJourneyView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("quarter", List.of("2026-Q4"));
    }

    private CampaignSummary aLink() {
        return campaigns.create(new CampaignForm(
                "Care home visit " + UUID.randomUUID(),
                CampaignJourney.RESIDENT_FEEDBACK,
                null,
                null,
                200,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1))));
    }

    private static String token(CampaignSummary link) {
        return link.link().substring(link.link().lastIndexOf('/') + 1);
    }
}
