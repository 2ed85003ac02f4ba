package uk.coproduction.portal.packs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.reviews.AudienceLink;
import uk.coproduction.portal.reviews.ReviewAudience;
import uk.coproduction.portal.reviews.ReviewForm;
import uk.coproduction.portal.reviews.ReviewKind;
import uk.coproduction.portal.reviews.ReviewPoster;
import uk.coproduction.portal.reviews.ReviewReportDocument;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewSubmission;
import uk.coproduction.portal.reviews.ReviewSummary;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review's report is laid out by the packs' one renderer set-up ({@code TaggedLayout}), shaping included: a Bengali
 * word a member of staff wrote in a plan action's title is drawn with the glyphs HarfBuzz chooses (ক্ষ as one
 * conjunct), as in an evidence pack, and the report is still PDF/UA-1.
 */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ReviewReportShapingTest {

    private static final String BENGALI = "ক্ষমা";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewReportDocument reportPdf;

    @Autowired
    ReviewPoster posters;

    @Autowired
    CharterService charter;

    @Autowired
    FeedbackLinkService links;

    @Autowired
    EvidenceFixtures evidence;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBengaliWordInALinkedActionsTitleIsShapedInTheReviewReport() throws Exception {
        accounts.ensureStandardAccounts();
        String code = evidence.newService();
        jdbc.update("update commissioned_service set active = TRUE where code = ?", code);
        long action = jdbc.queryForObject("""
                select a.id from plan_action a join plan_outcome o on o.id = a.outcome_id
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                where p.code = 'JCDP_2020_21' and a.code = '3.1.1'""", Long.class);
        String title = jdbc.queryForObject("select title from plan_action where id = ?", String.class, action);
        byte[] pdf;
        try {
            ReviewSummary review = reviews.open(new ReviewForm(
                    evidence.serviceId(code),
                    ReviewKind.YOURE_WELCOME,
                    "Shaping " + UUID.randomUUID().toString().substring(0, 8),
                    TODAY,
                    TODAY.plusDays(30),
                    Set.of(ReviewAudience.YOUNG_PEOPLE),
                    reviews.youreWelcomeQuestions()));
            AudienceLink young = reviews.links(review.id()).getFirst();
            reviews.answer(
                    young.url().substring(young.url().lastIndexOf('/') + 1),
                    new ReviewSubmission(
                            UUID.randomUUID().toString(),
                            ReviewAudience.YOUNG_PEOPLE.ordinaryWording(),
                            ReviewService.ENGLISH,
                            Map.of(charter.expectations().getFirst().id(), RatingAnswer.GOOD),
                            Map.of(),
                            null,
                            Map.of()));
            links.linkActions(
                    reviews.answers(review.id())
                            .of(ReviewAudience.YOUNG_PEOPLE)
                            .getFirst()
                            .feedbackId(),
                    Set.of(action));
            // Staff wrote a Bengali word in the action's title.
            jdbc.update("update plan_action set title = ? where id = ?", title + " " + BENGALI, action);
            pdf = reportPdf.report(review.id()).pdf();
            Path out = Path.of("target", "reviews");
            Files.createDirectories(out);
            Files.write(out.resolve("shaped-review-report.pdf"), pdf);
            Files.write(
                    out.resolve("review-poster.pdf"),
                    posters.poster(review.id(), ReviewAudience.YOUNG_PEOPLE).pdf());
        } finally {
            jdbc.update("update plan_action set title = ? where id = ?", title, action);
            jdbc.update("update commissioned_service set active = FALSE where code = ?", code);
        }

        Path bengaliFont = PackFonts.in(PackFonts.DEBIAN_DIRECTORIES).faces().stream()
                .filter(face -> face.family().equals("Noto Sans Bengali") && face.weight() == 400)
                .findFirst()
                .orElseThrow()
                .file();
        int[] harfBuzz = IndicShapingTest.shaped(bengaliFont, BENGALI);
        List<int[]> drawn = IndicShapingTest.wordsOnTheLineOf(pdf, "Bengali").stream()
                .filter(word -> word.in("Bengali"))
                .map(word -> word.codes("Bengali"))
                .toList();
        assertThat(drawn)
                .as("the glyphs drawn for the Bengali word")
                .anySatisfy(word -> assertThat(word).containsExactly(harfBuzz));
        try (PackReader reader = new PackReader(pdf)) {
            assertThat(reader.text().replaceAll("\\s", ""))
                    .as("read back as written")
                    .contains(BENGALI);
        }
        assertThat(PackStructureTest.pdfUaFailures(pdf))
                .as("PDF/UA-1 rules broken")
                .isEmpty();
    }
}
