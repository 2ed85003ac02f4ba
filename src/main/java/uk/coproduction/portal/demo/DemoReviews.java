package uk.coproduction.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reviews.AudienceLink;
import uk.coproduction.portal.reviews.QuestionKind;
import uk.coproduction.portal.reviews.ResponseAnswers;
import uk.coproduction.portal.reviews.ReviewAudience;
import uk.coproduction.portal.reviews.ReviewForm;
import uk.coproduction.portal.reviews.ReviewKind;
import uk.coproduction.portal.reviews.ReviewQuestionSummary;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewSubmission;
import uk.coproduction.portal.reviews.ReviewSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Two reviews of Speech and Language Therapy (issue 21), so the report shows this year beside last year's: a closed
 * "You're Welcome" review of last year with answers from young people, parents and carers and frontline staff, and
 * an open one this year with its first answers, one of them linked to the plan action for the service. Opened and
 * answered through {@link ReviewService} as a commissioner and the public would; only last year's days are then moved
 * back a year, as nothing may be opened in the past.
 */
@Component
@Profile("demo")
class DemoReviews {

    private static final String SERVICE = "SPEECH_LANGUAGE_THERAPY";
    private static final RatingAnswer[] SCALE = RatingAnswer.values();

    private final ReviewService reviews;
    private final CharterService charter;
    private final FeedbackTriageService triage;
    private final DemoReferences references;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoReviews(
            ReviewService reviews,
            CharterService charter,
            FeedbackTriageService triage,
            DemoReferences references,
            JdbcClient jdbc,
            Clock clock) {
        this.reviews = reviews;
        this.charter = charter;
        this.triage = triage;
        this.references = references;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns how many answers were added; none when the demo already has reviews. */
    int create() {
        if (jdbc.sql("SELECT COUNT(*) FROM review").query(Long.class).single() > 0) {
            return 0;
        }
        return DemoSignIn.as(DemoAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER, this::bothYears);
    }

    private int bothYears() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        long service = references.service(SERVICE);
        Set<ReviewAudience> audiences =
                Set.of(ReviewAudience.YOUNG_PEOPLE, ReviewAudience.PARENTS_CARERS, ReviewAudience.FRONTLINE_STAFF);

        ReviewSummary last = reviews.open(new ReviewForm(
                service,
                ReviewKind.YOURE_WELCOME,
                "You're Welcome review " + today.minusYears(1).getYear(),
                today,
                today.plusDays(41),
                audiences,
                questions()));
        // Last year: mostly "OK", waiting and being listened to the weakest.
        int added = answers(last, ReviewAudience.YOUNG_PEOPLE, 12, 1)
                + answers(last, ReviewAudience.PARENTS_CARERS, 9, 2)
                + answers(last, ReviewAudience.FRONTLINE_STAFF, 6, 2);
        LocalDate lastOpened = today.minusYears(1).minusDays(20);
        jdbc.sql("UPDATE review SET opens_on = :opens, closes_on = :closes, closed_at = :closed, closed_by = :by "
                        + "WHERE id = :id")
                .param("opens", lastOpened)
                .param("closes", lastOpened.plusDays(41))
                .param("closed", lastOpened.plusDays(42).atTime(9, 0))
                .param("by", DemoAccounts.CHILDRENS_COMMISSIONER)
                .param("id", last.id())
                .update();
        jdbc.sql("UPDATE review_response SET answered_at = :at WHERE review_id = :id")
                .param("at", lastOpened.plusDays(10).atTime(16, 30))
                .param("id", last.id())
                .update();
        jdbc.sql("UPDATE feedback SET submitted_at = :at WHERE id IN "
                        + "(SELECT feedback_id FROM review_response WHERE review_id = :id)")
                .param("at", lastOpened.plusDays(10).atTime(16, 30))
                .param("id", last.id())
                .update();

        ReviewSummary now = reviews.open(new ReviewForm(
                service,
                ReviewKind.YOURE_WELCOME,
                "You're Welcome review " + today.getYear(),
                today,
                today.plusDays(41),
                audiences,
                questions()));
        // This year: better, after the co-produced specification.
        added += answers(now, ReviewAudience.YOUNG_PEOPLE, 10, 0)
                + answers(now, ReviewAudience.PARENTS_CARERS, 7, 1)
                + answers(now, ReviewAudience.FRONTLINE_STAFF, 3, 1);
        jdbc.sql("UPDATE review SET opens_on = :opens WHERE id = :id")
                .param("opens", today.minusDays(14))
                .param("id", now.id())
                .update();
        long first = reviews.answers(now.id())
                .of(ReviewAudience.YOUNG_PEOPLE)
                .getFirst()
                .feedbackId();
        triage.open(first);
        triage.linkActions(first, Set.of(references.action("JCDP_2020_21", "3.1.1")));
        return added;
    }

    private List<ReviewForm.QuestionDraft> questions() {
        return List.of(
                ReviewForm.QuestionDraft.own(
                        QuestionKind.SCALE,
                        "Did the therapist listen to you?",
                        "Did the therapist listen to your child and to you?",
                        "Did the therapist listen to you?"),
                ReviewForm.QuestionDraft.own(
                        QuestionKind.SCALE,
                        "Was it easy to get an appointment?",
                        "Was it easy to get an appointment for your child?",
                        "Was it easy to get a time to come?"),
                ReviewForm.QuestionDraft.own(
                        QuestionKind.WORDS,
                        "What would make it better?",
                        "What would make the service better for your family?",
                        "What would make it better?"));
    }

    /** {@code count} people of one audience; {@code lower} shifts the answers down the scale (0 is the best). */
    private int answers(ReviewSummary review, ReviewAudience audience, int count, int lower) {
        AudienceLink link = reviews.links(review.id()).stream()
                .filter(l -> l.audience() == audience)
                .findFirst()
                .orElseThrow();
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);
        List<Expectation> expectations = charter.expectations();
        for (int person = 0; person < count; person++) {
            Map<Long, RatingAnswer> ratings = new HashMap<>();
            for (Expectation expectation : expectations) {
                ratings.put(expectation.id(), SCALE[Math.min(4, (person + expectation.position()) % 3 + lower)]);
            }
            Map<Long, ResponseAnswers.QuestionAnswer> answers = new HashMap<>();
            for (ReviewQuestionSummary question : review.questions()) {
                answers.put(
                        question.id(),
                        question.kind() == QuestionKind.SCALE
                                ? new ResponseAnswers.QuestionAnswer(SCALE[Math.min(4, person % 3 + lower)], null)
                                : new ResponseAnswers.QuestionAnswer(
                                        null,
                                        person % 2 == 0
                                                ? "More appointments after school"
                                                : "The waiting room could be quieter"));
            }
            reviews.answer(
                    token,
                    new ReviewSubmission(
                            UUID.randomUUID().toString(),
                            audience == ReviewAudience.PARENTS_CARERS ? Wording.PARENT_CARER : Wording.YOUNG_PERSON,
                            ReviewService.ENGLISH,
                            ratings,
                            Map.of(),
                            null,
                            answers));
        }
        return count;
    }
}
