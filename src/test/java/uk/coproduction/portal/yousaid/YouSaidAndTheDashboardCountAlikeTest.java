package uk.coproduction.portal.yousaid;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFigures;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: "You said, we did" and the dashboard counted the same service differently, although decision 0016 names
 * one condition. The public page counted items linked to the service as a further service and frontline workers'
 * views; the dashboard counts neither. Now both count through {@code reporting.Voices} (decision 0046): for the same
 * service and the same period (the public page covers all time, so the dashboard is asked for every quarter since the
 * first voice) they print the same number of voices and the same number per theme.
 */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class YouSaidAndTheDashboardCountAlikeTest {

    @Autowired
    YouSaidWeDidService youSaidWeDid;

    @Autowired
    EvidenceFigures figures;

    @Autowired
    LoopFixture loop;

    @Autowired
    EvidenceFixtures evidence;

    @Autowired
    ThemeService themes;

    @Autowired
    FeedbackLinkService links;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameServiceAndPeriodShowTheSameCountOnThePublicPageAndTheDashboard() {
        accounts.ensureStandardAccounts();
        LoopFixture.LoopService clubs = loop.newChildrensService();
        LoopFixture.LoopService elsewhere = loop.newChildrensService();
        String[] words = {
            "The club was fun",
            "Staff were kind to me",
            "I made a friend",
            "The bus was late",
            "I liked the music",
            "We went swimming"
        };
        List<Long> counted = new ArrayList<>();
        for (String said : words) {
            counted.add(loop.send(clubs, said));
        }
        // Given three years ago: counted on both, as long as the dashboard's period reaches back to it.
        counted.add(evidence.feedback(
                clubs.code(),
                null,
                "YOUNG_PERSON",
                "AGE_11_15",
                "ONLINE",
                "2023-11-15 12:00:00",
                false,
                Map.of(1, "GOOD")));

        long flagged = loop.send(clubs, "Someone at the club makes me uneasy");
        loop.flagForSafeguarding(flagged);
        long held = loop.send(clubs, "Great club great club great club");
        jdbc.update(
                "UPDATE feedback SET held_for_review = TRUE, held_reason = 'TOO_FAST', held_at = NOW() WHERE id = ?",
                held);
        List<Long> frontline = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            frontline.add(evidence.feedback(
                    clubs.code(),
                    null,
                    "FRONTLINE_WORKER",
                    null,
                    "STAFF",
                    LocalDate.now().minusDays(1 + i) + " 10:00:00",
                    false,
                    Map.of()));
        }
        List<Long> furtherService = new ArrayList<>();
        for (String said : List.of("The other club sent me here", "I go to both clubs", "Both were too far away")) {
            long item = loop.send(elsewhere, said);
            links.linkServices(item, elsewhere.id(), Set.of(clubs.id()));
            furtherService.add(item);
        }
        long waiting = loop.theme("Waiting times");
        List<Long> tagged = new ArrayList<>(counted.subList(0, 5));
        tagged.addAll(frontline);
        tagged.addAll(furtherService);
        themes.tagAll(tagged, waiting);

        ServiceLoop shown = youSaidWeDid.loop(clubs.code()).orElseThrow();
        EvidenceFilter sameService = EvidenceFilter.forService(clubs.code())
                .withQuarters(Quarter.of(LocalDate.of(2023, 11, 15)), Quarter.of(LocalDate.now()));
        var dashboard = figures.voicesHeard(sameService);

        assertThat(dashboard.value())
                .as("the dashboard: 7 voices (not flagged, held, frontline or further-service)")
                .isEqualTo(7);
        assertThat(shown.feedbackCount().value())
                .as("the public page counts the same voices")
                .isEqualTo(dashboard.value());
        assertThat(shown.feedbackCount().shown()).isEqualTo(dashboard.shown());

        var dashboardWaiting = figures.themeTotals(sameService).stream()
                .filter(total -> total.theme().equals("Waiting times"))
                .findFirst()
                .orElseThrow()
                .items();
        var publicWaiting = shown.themes().stream()
                .filter(theme -> theme.theme().equals("Waiting times"))
                .findFirst()
                .orElseThrow()
                .count();
        assertThat(publicWaiting.value())
                .as("the same voices per theme")
                .isEqualTo(dashboardWaiting.value())
                .isEqualTo(5);
        assertThat(publicWaiting.shown()).isEqualTo(dashboardWaiting.shown());
    }
}
