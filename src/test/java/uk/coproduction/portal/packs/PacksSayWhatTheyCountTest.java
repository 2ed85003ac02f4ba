package uk.coproduction.portal.packs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: "some packs are almost empty and say nothing about why; outcome indicators are missing from packs". Each
 * pack states its period, scope, counting rules and what was hidden; a pack with too little evidence says so at the
 * top, suggests what to do and prints no empty section; a service's outcome indicators appear with their target.
 * Read back from the PDF as text, as a board member would read it.
 */
@PortalTest
class PacksSayWhatTheyCountTest {

    static final String BOARD = "test.packsay.board";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    EvidencePacks packs;

    @Autowired
    PackFixtures fixtures;

    @Autowired
    EvidenceFixtures evidence;

    @Autowired
    TestAccounts accounts;

    private final Quarter now = Quarter.of(LocalDate.now());
    private PackFixtures.TwoServices services;

    @BeforeEach
    void demoLikeData() {
        accounts.ensureStandardAccounts();
        accounts.ensure(BOARD, "Bea Board", null, Set.of(Roles.BOARD));
        services = fixtures.twoServices(now);
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void aServicePackStatesItsPeriodScopeCountingRulesAndWhatWasHidden() throws Exception {
        EvidencePack pack = packs.make(PackRequest.forService(services.first(), now));

        try (PackReader pdf = new PackReader(pack.pdf())) {
            String text = pdf.text();
            Quarter first = now.lastQuarters(8).getFirst();
            assertThat(text)
                    .contains(
                            "What this pack counts",
                            "Period: " + DAY.format(first.start()) + " to "
                                    + DAY.format(now.endExclusive().minusDays(1)),
                            "About: The service Evidence test " + services.first(),
                            "How voices are counted",
                            "A voice is one piece of feedback",
                            "Left out: feedback flagged as a safeguarding concern",
                            "Left out: feedback held for review",
                            "Left out: frontline workers' views",
                            "Figures hidden to protect people",
                            "Themes heard: Waiting times, each raised by fewer than 5 pieces of feedback.",
                            "Who we heard from: A parent or carer, Not asked or not given, West Kent, each fewer than 5 people.");
            // Hidden figures are named, never their number.
            assertThat(text).doesNotContain("Waiting times 2", "A parent or carer 3");
            // The Easy Read page says the same in Easy Read words.
            String easyRead = pdf.textFrom("Easy Read summary");
            assertThat(easyRead)
                    .contains(
                            "It is about one service: Evidence test " + services.first(),
                            "How we count",
                            "If someone tells us they are not safe, we help them first.",
                            "Some numbers are hidden. This keeps people safe.");
        }
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void aPackWithTooLittleEvidenceSaysSoAtTheTopAndPrintsNoEmptySection() throws Exception {
        String quiet = evidence.newService();
        for (int i = 0; i < 2; i++) {
            evidence.feedback(
                    quiet,
                    "EAST_KENT",
                    "PARENT_CARER",
                    null,
                    "ONLINE",
                    now.start() + " 10:00:00",
                    false,
                    Map.of(1, "GOOD"));
        }

        EvidencePack pack = packs.make(PackRequest.forService(quiet, now));

        try (PackReader pdf = new PackReader(pack.pdf())) {
            String cover = pdf.page(1);
            String text = pdf.text();
            int title = cover.indexOf("Evidence pack: Evidence test " + quiet);
            int warning = cover.indexOf("Fewer than 5 people's feedback is counted for this scope and period");
            assertThat(warning)
                    .as("the warning is on the first page, under the title")
                    .isGreaterThan(title);
            assertThat(warning).isLessThan(cover.indexOf("Feedback counted"));
            assertThat(cover).contains("Run an event", "frontline link", "campaign or event link");
            // No empty sections: each is left out with one line saying why.
            assertThat(text)
                    .contains(
                            "Left out of this pack",
                            "Charter scores: every share rests on fewer than 5 answers",
                            "Themes heard: no feedback in this period has been tagged with a theme.",
                            "In their words: no words are printed when fewer than 5 people gave feedback",
                            "Coproduction activities: none were recorded for this period.",
                            "Who we heard from: fewer than 5 people");
            assertThat(text)
                    .doesNotContain(
                            "Nobody has answered the charter questions",
                            "For each of the six charter expectations",
                            "No feedback in this period has been tagged",
                            "No quotes have been approved",
                            "No coproduction activities were recorded",
                            "Pieces of feedback");
            pdf.png(1, Path.of("target", "packs", "too-little-evidence-cover.png"));
            assertThat(pdf.textFrom("Easy Read summary"))
                    .contains("Not enough people told us what they think yet.", "We can meet people and ask them.");
        }
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void aServicePackShowsItsOutcomeIndicatorsWithLatestValueAndTarget() throws Exception {
        EvidencePack pack = packs.make(PackRequest.forService(services.first(), now));
        EvidencePack other = packs.make(PackRequest.forService(services.second(), now));

        try (PackReader pdf = new PackReader(pack.pdf())) {
            assertThat(pdf.text())
                    .contains(
                            "Outcome indicators beside these voices",
                            services.indicatorCode() + " Families who say the service listened "
                                    + services.indicatorCode(),
                            "62 % (2026-27 Q2)",
                            "At least 75 %",
                            "Target not met");
        }
        try (PackReader pdf = new PackReader(other.pdf())) {
            assertThat(pdf.text())
                    .doesNotContain(services.indicatorCode())
                    .contains("Outcome indicators: no indicator or objective is linked to these services.");
        }
    }
}
