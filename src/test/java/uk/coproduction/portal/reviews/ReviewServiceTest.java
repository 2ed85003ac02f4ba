package uk.coproduction.portal.reviews;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.advocacy.AdvocacyFixtures;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.safeguarding.SafeguardingService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reviews of a service (issue 21, decision 0047): a commissioner opens one for a service they cover, each audience
 * answers through its own link in its own voice, advocates enter answers they gathered, and closing keeps every
 * answer but waits for the safeguarding leads.
 */
@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ReviewServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    ReviewService reviews;

    @Autowired
    SafeguardingService safeguarding;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AdvocacyFixtures advocates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReviewReports reports;

    @Autowired
    ReviewReportDocument reportPdf;

    ServiceSummary service;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        advocates.ensureAdvocates();
        service = fixtures.serviceOf(Team.CHILDRENS);
    }

    @Test
    void aCommissionerOpensAYoureWelcomeReviewWithItsQuestionSetAndALinkPerAudience() {
        ReviewSummary opened = reviews.open(youreWelcome(
                TODAY, TODAY.plusDays(30), EnumSet.of(ReviewAudience.YOUNG_PEOPLE, ReviewAudience.PARENTS_CARERS)));

        assertThat(opened.state()).isEqualTo(ReviewState.OPEN);
        assertThat(opened.serviceName()).isEqualTo(service.name());
        assertThat(opened.audiences()).containsExactly(ReviewAudience.YOUNG_PEOPLE, ReviewAudience.PARENTS_CARERS);
        assertThat(opened.questions())
                .extracting(ReviewQuestionSummary::messageKey)
                .containsExactlyElementsOf(YouAreWelcomeQuestions.THEMES.stream()
                        .map(t -> "reviews.yw." + t)
                        .toList());
        List<AudienceLink> links = reviews.links(opened.id());
        assertThat(links)
                .extracting(AudienceLink::audience)
                .containsExactly(ReviewAudience.YOUNG_PEOPLE, ReviewAudience.PARENTS_CARERS);
        assertThat(links).allSatisfy(link -> assertThat(link.url()).startsWith("http://localhost:8080/review/"));
        assertThat(links.get(0).url()).isNotEqualTo(links.get(1).url());
        assertThat(reviews.arrive(tokenOf(links.get(1)))).isInstanceOfSatisfying(ReviewArrival.Open.class, open -> {
            assertThat(open.audience()).isEqualTo(ReviewAudience.PARENTS_CARERS);
            assertThat(open.title()).isEqualTo(opened.title());
            assertThat(open.closesOn()).isEqualTo(TODAY.plusDays(30));
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'review.opened' " + "and object_id = ?",
                        Long.class,
                        String.valueOf(opened.id())))
                .isEqualTo(1L);
    }

    @Test
    void everyFieldIsCheckedAndEachProblemSaysWhichFieldAndHowToFixIt() {
        ReviewForm empty = new ReviewForm(
                service.id(),
                null,
                "  ",
                TODAY.minusDays(1),
                TODAY.minusDays(3),
                Set.of(),
                List.of(ReviewForm.QuestionDraft.own(QuestionKind.SCALE, "Was it OK?", " ", "Was it OK?")));

        assertThatThrownBy(() -> reviews.open(empty))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        new InvalidInputException.Problem(
                                                "kind", "workspace.reviews.error.kind-required"),
                                        new InvalidInputException.Problem(
                                                "title", "workspace.reviews.error.title-required"),
                                        new InvalidInputException.Problem(
                                                "opens", "workspace.reviews.error.opens-in-past"),
                                        new InvalidInputException.Problem(
                                                "closes", "workspace.reviews.error.closes-before-opens"),
                                        new InvalidInputException.Problem(
                                                "audiences", "workspace.reviews.error.audiences-required"),
                                        new InvalidInputException.Problem(
                                                "question.0", "workspace.reviews.error.question-voices-required")));
        assertThatThrownBy(() -> reviews.open(new ReviewForm(
                        service.id(),
                        ReviewKind.DEEP_DIVE,
                        "Deep dive",
                        TODAY,
                        TODAY.plusDays(400),
                        Set.of(ReviewAudience.PARTNERS),
                        List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "closes", "workspace.reviews.error.period-too-long")));
    }

    @Test
    void aCommissionerCannotOpenAReviewOfAServiceTheyDoNotCover() {
        ServiceSummary lda = fixtures.serviceOf(Team.LDA);

        assertThatThrownBy(() -> reviews.open(new ReviewForm(
                        lda.id(),
                        ReviewKind.ANNUAL_SURVEY,
                        "Annual survey",
                        TODAY,
                        TODAY.plusDays(10),
                        Set.of(ReviewAudience.LDA_ADULTS),
                        List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachVoiceAnswersThroughItsAudiencesLinkAndTheReportReadsItBack() {
        ReviewSummary opened = reviews.open(youreWelcome(
                TODAY,
                TODAY.plusDays(30),
                EnumSet.of(ReviewAudience.YOUNG_PEOPLE, ReviewAudience.PARENTS_CARERS, ReviewAudience.LDA_ADULTS)));
        List<AudienceLink> links = reviews.links(opened.id());
        long welcome = opened.questions().get(2).id();
        long better = opened.questions().get(8).id();

        ReviewReceipt young = anonymously(() -> reviews.answer(
                tokenOf(links.get(0)),
                answers(
                        Wording.YOUNG_PERSON,
                        "en-GB",
                        Map.of(welcome, new ResponseAnswers.QuestionAnswer(RatingAnswer.GOOD, "Friendly desk")))));
        ReviewReceipt parent = anonymously(() -> reviews.answer(
                tokenOf(links.get(1)),
                answers(
                        Wording.PARENT_CARER,
                        "en-GB",
                        Map.of(better, new ResponseAnswers.QuestionAnswer(null, "Evening appointments")))));
        ReviewReceipt easyRead = anonymously(() -> reviews.answer(
                tokenOf(links.get(2)),
                answers(
                        Wording.EASY_READ,
                        "en-GB-easyread",
                        Map.of(welcome, new ResponseAnswers.QuestionAnswer(RatingAnswer.NOT_SURE, null)))));

        assertThat(List.of(young, parent, easyRead))
                .allSatisfy(r -> assertThat(r.referenceCode()).isNotBlank());
        ReviewAnswers answers = reviews.answers(opened.id());
        assertThat(answers.of(ReviewAudience.YOUNG_PEOPLE)).singleElement().satisfies(r -> {
            assertThat(r.wording()).isEqualTo(Wording.YOUNG_PERSON);
            assertThat(r.referenceCode()).isEqualTo(young.referenceCode());
            assertThat(r.answers())
                    .containsEntry(welcome, new ResponseAnswers.QuestionAnswer(RatingAnswer.GOOD, "Friendly desk"));
            assertThat(r.charterRatings()).hasSize(6).containsValue(RatingAnswer.GOOD);
            assertThat(r.gathered()).isFalse();
            assertThat(r.countable()).isTrue();
        });
        assertThat(answers.of(ReviewAudience.PARENTS_CARERS)).singleElement().satisfies(r -> {
            assertThat(r.wording()).isEqualTo(Wording.PARENT_CARER);
            assertThat(r.answers())
                    .containsEntry(better, new ResponseAnswers.QuestionAnswer(null, "Evening appointments"));
        });
        assertThat(answers.of(ReviewAudience.LDA_ADULTS)).singleElement().satisfies(r -> {
            assertThat(r.wording()).isEqualTo(Wording.EASY_READ);
            assertThat(r.language()).isEqualTo("en-GB-easyread");
        });
        assertThat(jdbc.queryForObject(
                        "select respondent_group from feedback where reference_code = ?",
                        String.class,
                        parent.referenceCode()))
                .isEqualTo(RespondentGroup.PARENT_CARER.name());
        assertThat(jdbc.queryForObject(
                        "select wording from feedback where reference_code = ?",
                        String.class,
                        easyRead.referenceCode()))
                .isEqualTo(Wording.EASY_READ.name());
    }

    @Test
    void sendingTheSameAnswersTwiceKeepsOneAndAWordsAnswerCannotCarryARating() {
        ReviewSummary opened =
                reviews.open(youreWelcome(TODAY, TODAY.plusDays(5), EnumSet.of(ReviewAudience.YOUNG_PEOPLE)));
        String token = tokenOf(reviews.links(opened.id()).getFirst());
        ReviewSubmission once = answers(Wording.YOUNG_PERSON, "en-GB", Map.of());

        ReviewReceipt first = anonymously(() -> reviews.answer(token, once));
        ReviewReceipt again = anonymously(() -> reviews.answer(token, once));

        assertThat(again.referenceCode()).isEqualTo(first.referenceCode());
        assertThat(reviews.summary(opened.id()).responses()).isEqualTo(1);
        long better = opened.questions().get(8).id();
        assertThatThrownBy(() -> anonymously(() -> reviews.answer(
                        token,
                        answers(
                                Wording.YOUNG_PERSON,
                                "en-GB",
                                Map.of(better, new ResponseAnswers.QuestionAnswer(RatingAnswer.GOOD, null))))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("reviews.answer.error.no-scale"));
    }

    @Test
    void questionsChangeBeforeAnyoneAnswersAndAChangeAfterAnAnswerIsRefusedWithAClearMessage() {
        LocalDate tomorrow = TODAY.plusDays(1);
        ReviewSummary opened = reviews.open(new ReviewForm(
                service.id(),
                ReviewKind.DEEP_DIVE,
                "Waiting times",
                tomorrow,
                TODAY.plusDays(20),
                Set.of(ReviewAudience.PARENTS_CARERS),
                List.of(ReviewForm.QuestionDraft.own(
                        QuestionKind.SCALE,
                        "How long did you wait?",
                        "How long did your child wait?",
                        "Did you wait long?"))));
        assertThat(opened.questionsEditable()).isTrue();
        ReviewForm longer = new ReviewForm(
                service.id(),
                ReviewKind.DEEP_DIVE,
                "Waiting times",
                tomorrow,
                TODAY.plusDays(20),
                Set.of(ReviewAudience.PARENTS_CARERS),
                List.of(
                        ReviewForm.QuestionDraft.own(
                                QuestionKind.SCALE,
                                "How long did you wait?",
                                "How long did your child wait?",
                                "Did you wait long?"),
                        ReviewForm.QuestionDraft.own(
                                QuestionKind.WORDS,
                                "What would help?",
                                "What would help your child?",
                                "What would help you?")));
        ReviewSummary changed = reviews.change(opened.id(), longer);
        assertThat(changed.questions()).hasSize(2);
        String token = tokenOf(reviews.links(opened.id()).getFirst());
        assertThat(anonymously(() -> reviews.arrive(token))).isInstanceOf(ReviewArrival.NotYetOpen.class);

        // Its first day comes, and a parent answers.
        jdbc.update("update review set opens_on = ? where id = ?", TODAY, opened.id());
        anonymously(() -> reviews.answer(token, answers(Wording.PARENT_CARER, "en-GB", Map.of())));
        ReviewForm shorter = new ReviewForm(
                service.id(),
                ReviewKind.DEEP_DIVE,
                "Waiting times",
                TODAY,
                TODAY.plusDays(20),
                Set.of(ReviewAudience.PARENTS_CARERS),
                longer.questions().subList(0, 1));

        assertThatThrownBy(() -> reviews.change(opened.id(), shorter))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "questions", "workspace.reviews.error.questions-answered")));
        assertThat(reviews.summary(opened.id()).questions()).hasSize(2);
        assertThat(reviews.summary(opened.id()).questionsEditable()).isFalse();
        ReviewSummary retitled = reviews.change(
                opened.id(),
                new ReviewForm(
                        service.id(),
                        ReviewKind.DEEP_DIVE,
                        "Waiting times 2026",
                        TODAY,
                        TODAY.plusDays(27),
                        Set.of(ReviewAudience.PARENTS_CARERS),
                        longer.questions()));
        assertThat(retitled.title()).isEqualTo("Waiting times 2026");
        assertThat(retitled.closesOn()).isEqualTo(TODAY.plusDays(27));
    }

    @Test
    void aClosedReviewKeepsEveryAnswerAndItsLinkKindlySaysItHasClosed() {
        ReviewSummary opened =
                reviews.open(youreWelcome(TODAY, TODAY.plusDays(5), EnumSet.of(ReviewAudience.YOUNG_PEOPLE)));
        String token = tokenOf(reviews.links(opened.id()).getFirst());
        anonymously(() -> reviews.answer(token, answers(Wording.YOUNG_PERSON, "en-GB", Map.of())));

        ReviewSummary closed = reviews.close(opened.id());

        assertThat(closed.state()).isEqualTo(ReviewState.CLOSED);
        assertThat(closed.closedBy()).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(reviews.answers(opened.id()).of(ReviewAudience.YOUNG_PEOPLE)).hasSize(1);
        assertThat(anonymously(() -> reviews.arrive(token)))
                .isInstanceOfSatisfying(
                        ReviewArrival.Closed.class,
                        c -> assertThat(c.serviceId()).isEqualTo(service.id()));
        assertThatThrownBy(() ->
                        anonymously(() -> reviews.answer(token, answers(Wording.YOUNG_PERSON, "en-GB", Map.of()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("reviews.answer.error.closed"));
        assertThat(anonymously(() -> reviews.arrive(token.substring(0, token.length() - 2) + "xx")))
                .isInstanceOf(ReviewArrival.Refused.class);
    }

    @Test
    void aDisclosureInAReviewAnswerAlertsTheLeadsAndTheReviewCannotCloseUntilTheyHaveReadIt() {
        ReviewSummary opened =
                reviews.open(youreWelcome(TODAY, TODAY.plusDays(5), EnumSet.of(ReviewAudience.YOUNG_PEOPLE)));
        String token = tokenOf(reviews.links(opened.id()).getFirst());
        long better = opened.questions().get(8).id();
        ReviewReceipt told = anonymously(() -> reviews.answer(
                token,
                answers(
                        Wording.YOUNG_PERSON,
                        "en-GB",
                        Map.of(
                                better,
                                new ResponseAnswers.QuestionAnswer(null, "My stepdad hits me when I get home")))));

        assertThat(reviews.answers(opened.id()).of(ReviewAudience.YOUNG_PEOPLE))
                .singleElement()
                .satisfies(r -> assertThat(r.safeguardingFlagged()).isTrue());
        assertThat(reviews.unreadSafeguardingAlerts(opened.id())).isEqualTo(1);
        assertThatThrownBy(() -> reviews.close(opened.id()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "review", "workspace.reviews.error.close-unread-safeguarding")));
        assertThat(reviews.summary(opened.id()).state()).isEqualTo(ReviewState.OPEN);

        long item = jdbc.queryForObject(
                "select id from feedback where reference_code = ?", Long.class, told.referenceCode());
        signedInAs(TestAccounts.SAFEGUARDING_LEAD, Roles.SAFEGUARDING_LEAD, () -> {
            assertThat(safeguarding.open(item).words())
                    .as("the lead reads the review answer that raised it")
                    .contains("My stepdad hits me when I get home");
            safeguarding.acknowledge(item);
        });

        assertThat(reviews.close(opened.id()).state()).isEqualTo(ReviewState.CLOSED);
    }

    @Test
    void aReviewThatClosesOnItsLastDayWithAnUnreadAlertSaysSoKeepsEveryAnswerAndItsReportLeavesItOut()
            throws Exception {
        ReviewSummary opened =
                reviews.open(youreWelcome(TODAY, TODAY.plusDays(5), EnumSet.of(ReviewAudience.YOUNG_PEOPLE)));
        String token = tokenOf(reviews.links(opened.id()).getFirst());
        long better = opened.questions().get(8).id();
        anonymously(() -> reviews.answer(token, answers(Wording.YOUNG_PERSON, "en-GB", Map.of())));
        anonymously(() -> reviews.answer(
                token,
                answers(
                        Wording.YOUNG_PERSON,
                        "en-GB",
                        Map.of(
                                better,
                                new ResponseAnswers.QuestionAnswer(null, "My stepdad hits me when I get home")))));

        // Its last day passes with nobody having read the alert: the public was told it closes that day, so it does.
        jdbc.update(
                "update review set opens_on = ?, closes_on = ? where id = ?",
                TODAY.minusDays(10),
                TODAY.minusDays(1),
                opened.id());

        assertThat(reviews.summary(opened.id()).state()).isEqualTo(ReviewState.CLOSED);
        assertThat(anonymously(() -> reviews.arrive(token))).isInstanceOf(ReviewArrival.Closed.class);
        assertThat(reviews.answers(opened.id()).of(ReviewAudience.YOUNG_PEOPLE))
                .as("every answer is kept")
                .hasSize(2);
        assertThat(reviews.unreadSafeguardingAlerts(opened.id())).isEqualTo(1);
        ReviewReport report = reports.report(opened.id());
        assertThat(report.waiting().format("fewer than 5")).isEqualTo("fewer than 5");
        assertThat(report.people().value())
                .as("the unread answer is not counted")
                .isEqualTo(1);
        try (PDDocument pdf = Loader.loadPDF(reportPdf.report(opened.id()).pdf())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains(
                            "Answers still waiting for a safeguarding lead to read them: fewer than 5. They are not counted "
                                    + "in this report.")
                    .doesNotContain("stepdad");
        }

        // Once a lead has read it, nothing is waiting.
        long item = reviews.answers(opened.id()).of(ReviewAudience.YOUNG_PEOPLE).stream()
                .filter(ResponseAnswers::safeguardingFlagged)
                .findFirst()
                .orElseThrow()
                .feedbackId();
        signedInAs(TestAccounts.SAFEGUARDING_LEAD, Roles.SAFEGUARDING_LEAD, () -> safeguarding.acknowledge(item));
        assertThat(reports.report(opened.id()).waiting().none()).isTrue();
        jdbc.update(
                "update review set opens_on = ?, closes_on = ? where id = ?", TODAY, TODAY.plusDays(5), opened.id());
    }

    @Test
    void anAdvocateEntersAnswersTheyGatheredMarkedWithTheirOrganisationAndTheConsentRoute() {
        ReviewSummary opened = reviews.open(
                youreWelcome(TODAY, TODAY.plusDays(5), EnumSet.of(ReviewAudience.LDA_ADULTS, ReviewAudience.PARTNERS)));

        ReviewReceipt entered = signedInAs(AdvocacyFixtures.JO, Roles.ADVOCATE, () -> {
            assertThat(reviews.openReviews()).extracting(ReviewSummary::id).contains(opened.id());
            assertThatThrownBy(() -> reviews.enterGathered(
                            opened.id(),
                            ReviewAudience.LDA_ADULTS,
                            answers(Wording.EASY_READ, "en-GB-easyread", Map.of()),
                            null))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(InvalidInputException.Problem::field)
                                    .containsExactly("personsAge", "consent"));
            return reviews.enterGathered(
                    opened.id(),
                    ReviewAudience.LDA_ADULTS,
                    answers(Wording.EASY_READ, "en-GB-easyread", Map.of()),
                    new GatheredConsent(PersonsAge.AGE_19_25, ConsentBasis.OWN_VERBAL, false, false));
        });

        assertThat(reviews.answers(opened.id()).of(ReviewAudience.LDA_ADULTS))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.referenceCode()).isEqualTo(entered.referenceCode());
                    assertThat(r.gathered()).isTrue();
                    assertThat(r.enteredBy()).isEqualTo(AdvocacyFixtures.JO);
                    assertThat(r.organisationName()).isNotBlank();
                    assertThat(r.consent()).isEqualTo(ConsentBasis.OWN_VERBAL);
                    assertThat(r.personsAge()).isEqualTo(PersonsAge.AGE_19_25);
                });
        assertThat(jdbc.queryForObject(
                        "select channel from feedback where reference_code = ?", String.class, entered.referenceCode()))
                .isEqualTo("ADVOCATE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'review.answers-entered' " + "and actor = ?",
                        Long.class,
                        AdvocacyFixtures.JO))
                .isPositive();
    }

    @Test
    void aPartnerCannotRecordAFourteenYearOldsOwnWordAsConsentWithoutCheckingTheyUnderstand() {
        ReviewSummary opened =
                reviews.open(youreWelcome(TODAY, TODAY.plusDays(5), EnumSet.of(ReviewAudience.YOUNG_PEOPLE)));

        ReviewReceipt entered = signedInAs(AdvocacyFixtures.JO, Roles.ADVOCATE, () -> {
            assertThatThrownBy(() -> reviews.enterGathered(
                            opened.id(),
                            ReviewAudience.YOUNG_PEOPLE,
                            answers(Wording.YOUNG_PERSON, "en-GB", Map.of()),
                            new GatheredConsent(PersonsAge.AGE_13_15, ConsentBasis.OWN_VERBAL, false, false)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .containsExactly(new InvalidInputException.Problem(
                                            "consent", "advocacy.error.consent-13-15-own")));
            assertThatThrownBy(() -> reviews.enterGathered(
                            opened.id(),
                            ReviewAudience.YOUNG_PEOPLE,
                            answers(Wording.YOUNG_PERSON, "en-GB", Map.of()),
                            new GatheredConsent(PersonsAge.AGE_13_15, ConsentBasis.GILLICK_COMPETENT, false, false)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .containsExactly(new InvalidInputException.Problem(
                                            "gillickConfirmed", "advocacy.error.gillick-confirm-required")));
            return reviews.enterGathered(
                    opened.id(),
                    ReviewAudience.YOUNG_PEOPLE,
                    answers(Wording.YOUNG_PERSON, "en-GB", Map.of()),
                    new GatheredConsent(PersonsAge.AGE_13_15, ConsentBasis.GILLICK_COMPETENT, true, false));
        });

        assertThat(reviews.answers(opened.id()).of(ReviewAudience.YOUNG_PEOPLE))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.referenceCode()).isEqualTo(entered.referenceCode());
                    assertThat(r.consent()).isEqualTo(ConsentBasis.GILLICK_COMPETENT);
                    assertThat(r.personsAge()).isEqualTo(PersonsAge.AGE_13_15);
                });
    }

    private ReviewForm youreWelcome(LocalDate opens, LocalDate closes, Set<ReviewAudience> audiences) {
        return new ReviewForm(
                service.id(),
                ReviewKind.YOURE_WELCOME,
                "You're Welcome " + UUID.randomUUID(),
                opens,
                closes,
                audiences,
                reviews.youreWelcomeQuestions());
    }

    private ReviewSubmission answers(
            Wording wording, String language, Map<Long, ResponseAnswers.QuestionAnswer> answers) {
        return new ReviewSubmission(
                UUID.randomUUID().toString(),
                wording,
                language,
                fixtures.allAnswered(RatingAnswer.GOOD),
                Map.of(),
                null,
                answers);
    }

    private static String tokenOf(AudienceLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private static <T> T anonymously(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void signedInAs(String username, String role, Runnable work) {
        signedInAs(username, role, () -> {
            work.run();
            return null;
        });
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
