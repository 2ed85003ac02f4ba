package uk.coproduction.portal.reviews;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.outcomes.IndicatorKind;
import uk.coproduction.portal.outcomes.NewValue;
import uk.coproduction.portal.outcomes.OutcomeHistories;
import uk.coproduction.portal.packs.EvidencePack;
import uk.coproduction.portal.packs.EvidencePacks;
import uk.coproduction.portal.packs.PackRequest;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, the report: after a review, a commissioner sees this year's answers beside last year's review of the
 * same service, the service's continuous feedback and outcome indicators in the same days, and the plan action the
 * answers were linked to; every figure follows the one disclosure-control rule and an answer flagged for
 * safeguarding is not counted. The report and each audience's poster are tagged PDFs veraPDF passes, and the
 * poster's QR code opens the audience's own link.
 */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ReviewReportTest {

    private static final String ADMIN = "test.review-report.admin";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewReports reports;

    @Autowired
    ReviewReportDocument reportPdf;

    @Autowired
    ReviewPoster posters;

    @Autowired
    CharterService charter;

    @Autowired
    FeedbackLinkService links;

    @Autowired
    OutcomeHistories outcomes;

    @Autowired
    EvidenceFixtures evidence;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvidencePacks packs;

    private long serviceId;
    private long respect;
    private ReviewSummary lastYear;
    private ReviewSummary thisYear;
    private String indicatorTitle;
    private long linkedFeedback;

    private String activeService;

    @BeforeEach
    void aServiceReviewedLastYearAndThisYear() {
        accounts.ensureStandardAccounts();
        String code = evidence.newService();
        jdbc.update("update commissioned_service set active = TRUE where code = ?", code);
        activeService = code;
        serviceId = evidence.serviceId(code);
        respect = charter.expectations().getFirst().id();

        lastYear = reviews.open(form(ReviewKind.ANNUAL_SURVEY, "Annual survey " + UUID.randomUUID()));
        ReviewQuestionSummary lastQuestion = lastYear.questions().getFirst();
        for (int i = 0; i < 10; i++) {
            answer(
                    lastYear,
                    ReviewAudience.YOUNG_PEOPLE,
                    i < 5 ? RatingAnswer.GOOD : RatingAnswer.BAD,
                    lastQuestion,
                    RatingAnswer.OK,
                    null);
        }
        // Last year's review ran in last year's days: move it there, with the answers it took.
        LocalDate opened = TODAY.minusYears(1);
        jdbc.update(
                "update review set opens_on = ?, closes_on = ? where id = ?",
                opened,
                opened.plusDays(30),
                lastYear.id());
        jdbc.update(
                "update feedback set submitted_at = ? where id in (select feedback_id from review_response "
                        + "where review_id = ?)",
                opened.plusDays(3).atTime(10, 0),
                lastYear.id());

        thisYear = reviews.open(form(ReviewKind.YOURE_WELCOME, "You're Welcome " + UUID.randomUUID()));
        ReviewQuestionSummary question = thisYear.questions().getFirst();
        for (int i = 0; i < 10; i++) {
            answer(thisYear, ReviewAudience.YOUNG_PEOPLE, RatingAnswer.VERY_GOOD, question, RatingAnswer.GOOD, null);
        }
        // A disclosure in a review answer flags the item: it is with the safeguarding leads, and no figure counts it.
        answer(
                thisYear,
                ReviewAudience.YOUNG_PEOPLE,
                RatingAnswer.VERY_BAD,
                question,
                RatingAnswer.VERY_BAD,
                "My stepdad hits me when I get home");
        for (int i = 0; i < 3; i++) {
            answer(thisYear, ReviewAudience.PARENTS_CARERS, RatingAnswer.GOOD, question, RatingAnswer.BAD, null);
        }
        for (int i = 0; i < 5; i++) {
            answer(thisYear, ReviewAudience.FRONTLINE_STAFF, RatingAnswer.OK, question, RatingAnswer.OK, null);
        }
        // Continuous feedback about the service on the same days: 5 positive and 5 negative answers.
        String when = TODAY + " 00:00:01";
        evidence.answers(code, "EAST_KENT", when, 5, "GOOD");
        evidence.answers(code, "EAST_KENT", when, 5, "BAD");

        String indicator = "TEST_" + UUID.randomUUID().toString().substring(0, 8);
        indicatorTitle = "Young people seen within 18 weeks " + indicator;
        jdbc.update("""
                insert into outcome_indicator (code, outcome_id, title, target_value, target_unit, direction)
                values (?, (select id from cyp_outcome where position = 6), ?, 90, '%', 'AT_LEAST')""", indicator, indicatorTitle);
        long indicatorId =
                jdbc.queryForObject("select id from outcome_indicator where code = ?", Long.class, indicator);
        jdbc.update(
                "insert into outcome_indicator_service (indicator_id, service_id) values (?, ?)",
                indicatorId,
                serviceId);
        accounts.ensure(ADMIN, "Rita Records", null, Set.of(Roles.ADMIN));
        signedInAs(
                ADMIN,
                Roles.ADMIN,
                () -> outcomes.record(
                        IndicatorKind.CYP_INDICATOR,
                        indicatorId,
                        new NewValue(new BigDecimal("72"), TODAY, null, "Provider return")));

        long speechAction = jdbc.queryForObject("""
                select a.id from plan_action a join plan_outcome o on o.id = a.outcome_id
                join plan_domain d on d.id = o.domain_id join plan p on p.id = d.plan_id
                where p.code = 'JCDP_2020_21' and a.code = '3.1.1'""", Long.class);
        linkedFeedback = reviews.answers(thisYear.id())
                .of(ReviewAudience.YOUNG_PEOPLE)
                .getFirst()
                .feedbackId();
        links.linkActions(linkedFeedback, Set.of(speechAction));
    }

    /** The service this test made active is put back, so tests that count the seeded services see only those. */
    @AfterEach
    void serviceBackToInactive() {
        jdbc.update("update commissioned_service set active = FALSE where code = ?", activeService);
    }

    @Test
    void theReportSetsThisYearBesideLastYearsReviewTheContinuousFeedbackTheIndicatorsAndTheLinkedAction() {
        ReviewReport report = reports.report(thisYear.id());

        assertThat(report.previous()).extracting(ReviewSummary::id).isEqualTo(lastYear.id());
        ReviewReport.CharterLine first = report.charter().getFirst();
        assertThat(first.first().formatPercent("fewer than 5", "none"))
                .as("this year")
                .isEqualTo("100%");
        assertThat(first.second().formatPercent("fewer than 5", "none"))
                .as("last year")
                .isEqualTo("50%");
        assertThat(first.third().formatPercent("fewer than 5", "none"))
                .as("continuous feedback")
                .isEqualTo("50%");
        assertThat(report.voices().getFirst().second().formatPercent("fewer than 5", "none"))
                .as("frontline staff beside residents")
                .isEqualTo("0%");
        assertThat(report.indicators()).singleElement().satisfies(line -> {
            assertThat(line.indicator().title()).isEqualTo(indicatorTitle);
            assertThat(line.inPeriod()).extracting(v -> v.value().intValue()).containsExactly(72);
        });
        assertThat(report.actions()).extracting(a -> a.code()).containsExactly("3.1.1");
        ReviewReport.AudienceResult frontline =
                report.questions().getFirst().byAudience().get(ReviewAudience.FRONTLINE_STAFF);
        assertThat(List.of(frontline.positive(), frontline.neutral(), frontline.negative()))
                .as("five frontline staff said OK: the row's shares add up to the whole")
                .extracting(share -> share.formatPercent("fewer than 5", "none"))
                .containsExactly("0%", "100%", "0%");

        String text = pdfText(reportPdf.report(thisYear.id()).pdf());
        assertThat(text)
                .contains(
                        thisYear.title(),
                        "Previous review of this service",
                        lastYear.title(),
                        "1. " + charter.expectations().getFirst().title()
                                + " 100% positive of 15 answers 50% positive of 10 "
                                + "answers 50% positive of 10 answers",
                        "Outcome indicators in the same period",
                        indicatorTitle,
                        "72%",
                        "What we will do",
                        "3.1.1",
                        "Easy Read summary");
    }

    @Test
    void aFigureUnderFiveIsShownAsFewerThanFiveAndAFlaggedAnswerIsNotCounted() {
        ReviewReport report = reports.report(thisYear.id());

        ReviewReport.AudienceResult parents =
                report.questions().getFirst().byAudience().get(ReviewAudience.PARENTS_CARERS);
        assertThat(parents.answered().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(parents.positive().formatPercent("fewer than 5", "none")).isEqualTo("fewer than 5");
        // Eleven young people and three parents answered; the young person whose words were a disclosure is with the
        // leads, in no figure.
        assertThat(report.charter().getFirst().firstAnswered().value()).isEqualTo(13);
        assertThat(report.questions()
                        .getFirst()
                        .byAudience()
                        .get(ReviewAudience.YOUNG_PEOPLE)
                        .answered()
                        .value())
                .isEqualTo(10);
        assertThat(report.notCounted().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(report.actions()).as("the flagged answer links nothing").isNotEmpty();

        String text = pdfText(reportPdf.report(thisYear.id()).pdf());
        assertThat(text).contains("Parents and carers fewer than 5 fewer than 5 fewer than 5");
        assertThat(text).doesNotContain("hits me");
    }

    @Test
    void eachAudiencesPosterCarriesItsLinkInWordsAndInAQrCodeThatDecodes() throws Exception {
        AudienceLink young = reviews.links(thisYear.id()).stream()
                .filter(l -> l.audience() == ReviewAudience.YOUNG_PEOPLE)
                .findFirst()
                .orElseThrow();

        ReviewDocument poster = posters.poster(thisYear.id(), ReviewAudience.YOUNG_PEOPLE);

        assertThat(poster.pages()).isEqualTo(1);
        String text = pdfText(poster.pdf());
        assertThat(text)
                .contains("For: Young people", "Tell us by ", "Point your phone camera at the square code below.");
        // A long title or link may wrap: read without the line breaks.
        assertThat(text.replace(" ", "")).contains(thisYear.title().replace(" ", ""), young.url());
        assertThat(decodedQrCode(poster.pdf())).isEqualTo(young.url());
    }

    @Test
    void veraPdfFindsTheReportAndThePosterConformToPdfUa1() throws Exception {
        assertThat(pdfUaFailures(reportPdf.report(thisYear.id()).pdf()))
                .as("report")
                .isEmpty();
        assertThat(pdfUaFailures(posters.poster(thisYear.id(), ReviewAudience.PARENTS_CARERS)
                        .pdf()))
                .as("poster")
                .isEmpty();
    }

    @Test
    void eachAudiencesResultsStandUnderTheWordsThatAudienceWasAskedOnThePageInThePdfAndInEasyRead() {
        ReviewSummary review = reviews.open(new ReviewForm(
                serviceId,
                ReviewKind.YOURE_WELCOME,
                "Voices " + UUID.randomUUID(),
                TODAY,
                TODAY.plusDays(30),
                Set.of(ReviewAudience.YOUNG_PEOPLE, ReviewAudience.PARENTS_CARERS, ReviewAudience.LDA_ADULTS),
                List.of(ReviewForm.QuestionDraft.shipped(QuestionKind.SCALE, "reviews.yw.staff"))));
        ReviewQuestionSummary staff = review.questions().getFirst();
        for (int i = 0; i < 5; i++) {
            answer(review, ReviewAudience.YOUNG_PEOPLE, Wording.YOUNG_PERSON, staff);
            answer(review, ReviewAudience.PARENTS_CARERS, Wording.PARENT_CARER, staff);
            answer(review, ReviewAudience.LDA_ADULTS, Wording.EASY_READ, staff);
        }
        // One young person read the pages in Easy Read: they were asked the Easy Read words.
        answer(review, ReviewAudience.YOUNG_PEOPLE, Wording.EASY_READ, staff);

        String text = pdfText(reportPdf.report(review.id()).pdf());

        String youngPerson = "Did staff listen to you and talk to you in a way you understood?";
        String parent = "Did staff listen to your child and talk to them in a way they understood?";
        String easyRead = "Did staff listen to you? Did you understand them?";
        String lda = "Adults with a learning disability and autistic people";
        assertThat(text)
                .contains(
                        "Question 1: Staff skills, attitudes and values",
                        "Young people were asked: \u201c" + youngPerson + "\u201d",
                        "Young people who read the pages in Easy Read were asked: \u201c" + easyRead + "\u201d",
                        "Parents and carers were asked: \u201c" + parent + "\u201d",
                        lda + " were asked: \u201c" + easyRead + "\u201d");
        assertThat(text.split(Pattern.quote(parent), -1).length)
                .as("the parent's words stand only under parents and carers (the report and its Easy Read summary)")
                .isEqualTo(text.split(Pattern.quote("Parents and carers were asked: \u201c" + parent), -1).length)
                .isEqualTo(3);
        assertThat(text)
                .as("the Easy Read summary, in each audience's words")
                .contains(
                        "What people said about our own questions",
                        lda + " were asked: \u201c" + easyRead + "\u201d 100% said good or very good.",
                        "Young people were asked: \u201c" + youngPerson + "\u201d Some were asked: \u201c" + easyRead
                                + "\u201d 100% said good or very good.");
    }

    @Test
    void everyReviewFigureAnEvidencePackPrintsIsTheReviewReportsFigure() throws Exception {
        // A third review of the service, so small: three parents counted, a fourth flagged, frontline staff apart.
        ReviewSummary deepDive = reviews.open(new ReviewForm(
                serviceId,
                ReviewKind.DEEP_DIVE,
                "Deep dive " + UUID.randomUUID(),
                TODAY,
                TODAY.plusDays(10),
                Set.of(ReviewAudience.PARENTS_CARERS, ReviewAudience.FRONTLINE_STAFF),
                List.of()));
        for (int i = 0; i < 3; i++) {
            charterOnly(deepDive, ReviewAudience.PARENTS_CARERS, i == 0 ? RatingAnswer.BAD : RatingAnswer.GOOD, null);
        }
        charterOnly(
                deepDive, ReviewAudience.PARENTS_CARERS, RatingAnswer.VERY_BAD, "My stepdad hits me when I get home");
        for (int i = 0; i < 6; i++) {
            charterOnly(deepDive, ReviewAudience.FRONTLINE_STAFF, RatingAnswer.BAD, null);
        }

        EvidencePack pack = packs.make(PackRequest.forService(activeService, Quarter.of(TODAY)));
        String text;
        try (PDDocument document = Loader.loadPDF(pack.pdf())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }

        for (ReviewSummary review : List.of(thisYear, lastYear, deepDive)) {
            ReviewReport report = reports.report(review.id());
            String figures =
                    report.people().format("fewer than 5") + report.allCharter().formatPercent("fewer than 5", "none");
            // The pack's row: the review, its days (the pack's short dates), residents counted and their share of
            // positive charter answers.
            String row = Pattern.quote((review.title() + " (" + review.serviceName() + ", " + kind(review) + ")")
                            .replaceAll("\\s+", ""))
                    + "\\d{1,2}[A-Za-z]{3}\\d{4}to\\d{1,2}[A-Za-z]{3}\\d{4}"
                    + Pattern.quote(figures.replaceAll("\\s+", "")) + "(?![0-9%])";
            assertThat(text).as(review.title()).containsPattern(row);
        }
        assertThat(reports.report(deepDive.id()).people().format("fewer than 5"))
                .isEqualTo("fewer than 5");
        assertThat(reports.report(thisYear.id()).allCharter().formatPercent("fewer than 5", "none"))
                .as("ten young people and three parents, all positive; the flagged answer is not counted")
                .isEqualTo("100%");
    }

    // ------------------------------------------------------------------ helpers

    private static String kind(ReviewSummary review) {
        return switch (review.kind()) {
            case ANNUAL_SURVEY -> "Annual stakeholder survey";
            case YOURE_WELCOME -> "\"You're Welcome\" review";
            case DEEP_DIVE -> "Deep dive";
        };
    }

    private ReviewForm form(ReviewKind kind, String title) {
        return new ReviewForm(
                serviceId,
                kind,
                title,
                TODAY,
                TODAY.plusDays(30),
                Set.of(ReviewAudience.YOUNG_PEOPLE, ReviewAudience.PARENTS_CARERS, ReviewAudience.FRONTLINE_STAFF),
                List.of(ReviewForm.QuestionDraft.own(
                        QuestionKind.SCALE,
                        "Did staff listen to you?",
                        "Did staff listen to your child?",
                        "Did staff listen to you?")));
    }

    private void answer(
            ReviewSummary review,
            ReviewAudience audience,
            RatingAnswer charterAnswer,
            ReviewQuestionSummary question,
            RatingAnswer questionAnswer,
            String words) {
        AudienceLink link = reviews.links(review.id()).stream()
                .filter(l -> l.audience() == audience)
                .findFirst()
                .orElseThrow();
        Map<Long, RatingAnswer> ratings = new HashMap<>();
        ratings.put(respect, charterAnswer);
        reviews.answer(
                link.url().substring(link.url().lastIndexOf('/') + 1),
                new ReviewSubmission(
                        UUID.randomUUID().toString(),
                        audience.ordinaryWording(),
                        ReviewService.ENGLISH,
                        ratings,
                        Map.of(),
                        null,
                        Map.of(question.id(), new ResponseAnswers.QuestionAnswer(questionAnswer, words))));
    }

    private void answer(
            ReviewSummary review, ReviewAudience audience, Wording wording, ReviewQuestionSummary question) {
        AudienceLink link = reviews.links(review.id()).stream()
                .filter(l -> l.audience() == audience)
                .findFirst()
                .orElseThrow();
        reviews.answer(
                link.url().substring(link.url().lastIndexOf('/') + 1),
                new ReviewSubmission(
                        UUID.randomUUID().toString(),
                        wording,
                        ReviewService.ENGLISH,
                        Map.of(respect, RatingAnswer.GOOD),
                        Map.of(),
                        null,
                        Map.of(question.id(), new ResponseAnswers.QuestionAnswer(RatingAnswer.GOOD, null))));
    }

    private void charterOnly(ReviewSummary review, ReviewAudience audience, RatingAnswer rating, String comment) {
        AudienceLink link = reviews.links(review.id()).stream()
                .filter(l -> l.audience() == audience)
                .findFirst()
                .orElseThrow();
        reviews.answer(
                link.url().substring(link.url().lastIndexOf('/') + 1),
                new ReviewSubmission(
                        UUID.randomUUID().toString(),
                        audience.ordinaryWording(),
                        ReviewService.ENGLISH,
                        Map.of(respect, rating),
                        Map.of(),
                        comment,
                        Map.of()));
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the poster's page at 150 dpi, as a phone camera would see it, and reads the QR code off it. */
    private static String decodedQrCode(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            return new QRCodeReader()
                    .decode(new BinaryBitmap(
                            new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))))
                    .getText();
        }
    }

    /** The PDF/UA-1 rules veraPDF finds broken, as the evidence packs are checked (PackStructureTest). */
    private static List<String> pdfUaFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = new ByteArrayInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
        }
    }

    private static <T> T signedInAs(String username, String role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
