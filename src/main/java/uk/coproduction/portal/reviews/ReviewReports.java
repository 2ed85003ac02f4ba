package uk.coproduction.portal.reviews;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.outcomes.DatedValue;
import uk.coproduction.portal.outcomes.IndicatorHistory;
import uk.coproduction.portal.outcomes.OutcomeHistories;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.ChangeSummary;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceSql;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.reporting.SmallNumbers.Share;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads a review's report (issue 21): the review's own answers beside its service's previous review, its continuous
 * feedback and outcome indicators in the same days, the themes and the plan actions its answers were linked to. The
 * same scope as the review (a commissioner who covers the service: every read goes through {@link ReviewService}).
 * Every figure goes through {@link SmallNumbers}; answers flagged for safeguarding or held for review are never
 * counted, as in every figure.
 */
@Service
public class ReviewReports {

    private static final Set<RatingAnswer> POSITIVE = Set.of(RatingAnswer.VERY_GOOD, RatingAnswer.GOOD);
    private static final Set<RatingAnswer> NEGATIVE = Set.of(RatingAnswer.BAD, RatingAnswer.VERY_BAD);

    private final ReviewService reviews;
    private final CharterService charter;
    private final OutcomeHistories outcomes;
    private final PlanService plans;
    private final ChangeService changes;
    private final JdbcClient jdbc;

    ReviewReports(
            ReviewService reviews,
            CharterService charter,
            OutcomeHistories outcomes,
            PlanService plans,
            ChangeService changes,
            JdbcClient jdbc) {
        this.reviews = reviews;
        this.charter = charter;
        this.outcomes = outcomes;
        this.plans = plans;
        this.changes = changes;
        this.jdbc = jdbc;
    }

    /** The report of one review of a service the commissioner covers. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public ReviewReport report(long reviewId) {
        ReviewAnswers answers = reviews.answers(reviewId);
        ReviewSummary review = answers.review();
        ReviewSummary previous = reviews.reviewsOf(review.serviceId()).stream()
                .filter(r -> r.opensOn().isBefore(review.opensOn()))
                .findFirst()
                .orElse(null);
        List<ResponseAnswers> all =
                answers.byAudience().values().stream().flatMap(List::stream).toList();
        List<ResponseAnswers> counted =
                all.stream().filter(ResponseAnswers::countable).toList();
        List<ResponseAnswers> residents =
                counted.stream().filter(r -> !r.audience().professional()).toList();
        List<ResponseAnswers> professionals =
                counted.stream().filter(r -> r.audience().professional()).toList();
        List<ResponseAnswers> before = previous == null
                ? List.of()
                : reviews.answers(previous.id()).byAudience().values().stream()
                        .flatMap(List::stream)
                        .filter(ResponseAnswers::countable)
                        .filter(r -> !r.audience().professional())
                        .toList();
        Map<Integer, long[]> continuous = continuousFeedback(review);

        List<ReviewReport.CharterLine> charterLines = new ArrayList<>();
        List<ReviewReport.CharterLine> voices = new ArrayList<>();
        for (Expectation expectation : charter.expectations()) {
            long[] mine = tones(residents, expectation.id());
            long[] theirs = tones(professionals, expectation.id());
            long[] earlier = tones(before, expectation.id());
            long[] ongoing = continuous.getOrDefault(expectation.position(), new long[2]);
            charterLines.add(new ReviewReport.CharterLine(
                    expectation.position(),
                    expectation.title(),
                    share(mine),
                    SmallNumbers.count(mine[1]),
                    previous == null ? null : share(earlier),
                    previous == null ? null : SmallNumbers.count(earlier[1]),
                    share(ongoing),
                    SmallNumbers.count(ongoing[1])));
            voices.add(new ReviewReport.CharterLine(
                    expectation.position(),
                    expectation.title(),
                    share(mine),
                    SmallNumbers.count(mine[1]),
                    share(theirs),
                    SmallNumbers.count(theirs[1]),
                    null,
                    null));
        }

        List<ReviewReport.QuestionResult> questions = new ArrayList<>();
        for (ReviewQuestionSummary question : review.questions()) {
            Map<ReviewAudience, ReviewReport.AudienceResult> byAudience = new EnumMap<>(ReviewAudience.class);
            Map<ReviewAudience, List<Wording>> asked = new EnumMap<>(ReviewAudience.class);
            for (ReviewAudience audience : review.audiences()) {
                List<ResponseAnswers> countable = answers.of(audience).stream()
                        .filter(ResponseAnswers::countable)
                        .toList();
                byAudience.put(audience, result(question, countable));
                asked.put(audience, voices(audience, countable));
            }
            questions.add(new ReviewReport.QuestionResult(question, byAudience, asked));
        }

        List<Long> countedFeedback =
                counted.stream().map(ResponseAnswers::feedbackId).toList();
        Set<String> countedReferences =
                counted.stream().map(ResponseAnswers::referenceCode).collect(Collectors.toSet());
        List<ActionSummary> actions = plans.actions(linkedActions(countedFeedback));
        List<ChangeSummary> madeChanges = changes
                .forActions(actions.stream().map(ActionSummary::id).toList())
                .stream()
                .filter(c -> c.feedbackReferences().stream().anyMatch(countedReferences::contains))
                .toList();

        long[] pooled = new long[2];
        for (ResponseAnswers response : residents) {
            for (RatingAnswer rating : response.charterRatings().values()) {
                if (rating != RatingAnswer.NOT_SURE) {
                    pooled[1]++;
                    pooled[0] += POSITIVE.contains(rating) ? 1 : 0;
                }
            }
        }
        return new ReviewReport(
                review,
                previous,
                SmallNumbers.count(residents.size()),
                SmallNumbers.count(professionals.size()),
                SmallNumbers.count(all.size() - counted.size()),
                charterLines,
                voices,
                questions,
                indicators(review),
                themes(countedFeedback),
                actions,
                planCodes(actions),
                madeChanges,
                share(pooled),
                SmallNumbers.count(pooled[1]),
                SmallNumbers.count(reviews.unreadSafeguardingAlerts(reviewId)));
    }

    /**
     * The voices an audience's counted answers were given in, in the order of {@link Wording}; the voice its link
     * asks in while none is counted (a left-out answer's voice is not shown: it could single the person out).
     */
    private static List<Wording> voices(ReviewAudience audience, List<ResponseAnswers> counted) {
        if (counted.isEmpty()) {
            return List.of(audience.ordinaryWording());
        }
        return counted.stream()
                .map(ResponseAnswers::wording)
                .distinct()
                .sorted()
                .toList();
    }

    /** Positive and all answers on the scale ("not sure" and skipped left out), as every charter score counts. */
    private static long[] tones(List<ResponseAnswers> responses, long expectationId) {
        long positive = 0;
        long answered = 0;
        for (ResponseAnswers response : responses) {
            RatingAnswer rating = response.charterRatings().get(expectationId);
            if (rating != null && rating != RatingAnswer.NOT_SURE) {
                answered++;
                if (POSITIVE.contains(rating)) {
                    positive++;
                }
            }
        }
        return new long[] {positive, answered};
    }

    private static Share share(long[] positiveOfAnswered) {
        return SmallNumbers.share(positiveOfAnswered[0], positiveOfAnswered[1]);
    }

    private static ReviewReport.AudienceResult result(ReviewQuestionSummary question, List<ResponseAnswers> responses) {
        long positive = 0;
        long negative = 0;
        long answered = 0;
        long notSure = 0;
        long words = 0;
        for (ResponseAnswers response : responses) {
            ResponseAnswers.QuestionAnswer answer = response.answers().get(question.id());
            if (answer == null) {
                continue;
            }
            if (answer.words() != null && !answer.words().isBlank()) {
                words++;
            }
            if (answer.rating() == RatingAnswer.NOT_SURE) {
                notSure++;
            } else if (answer.rating() != null) {
                answered++;
                positive += POSITIVE.contains(answer.rating()) ? 1 : 0;
                negative += NEGATIVE.contains(answer.rating()) ? 1 : 0;
            }
        }
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("positive", positive);
        cells.put("neutral", answered - positive - negative);
        cells.put("negative", negative);
        Map<String, Share> shares = SmallNumbers.shares(cells);
        return new ReviewReport.AudienceResult(
                SmallNumbers.count(answered),
                shares.get("positive"),
                shares.get("neutral"),
                shares.get("negative"),
                SmallNumbers.count(notSure),
                SmallNumbers.count(words));
    }

    /**
     * The service's continuous feedback on the days the review was open, with the evidence rules (no safeguarding,
     * nothing held, frontline apart, main service), leaving out the review's own answers (they are feedback too):
     * charter position to {positive, answered}.
     */
    private Map<Integer, long[]> continuousFeedback(ReviewSummary review) {
        String code = jdbc.sql("SELECT code FROM commissioned_service WHERE id = :id")
                .param("id", review.serviceId())
                .query(String.class)
                .single();
        EvidenceSql where = EvidenceSql.where(
                EvidenceFilter.forService(code),
                review.opensOn(),
                review.closesOn().plusDays(1));
        Map<Integer, long[]> byPosition = new HashMap<>();
        jdbc.sql("""
                        SELECT ce.position,
                            SUM(CASE WHEN r.answer IN ('VERY_GOOD', 'GOOD') THEN 1 ELSE 0 END) AS positive,
                            SUM(CASE WHEN r.answer <> 'NOT_SURE' THEN 1 ELSE 0 END) AS answered
                        FROM feedback f
                        JOIN feedback_rating r ON r.feedback_id = f.id
                        JOIN charter_expectation ce ON ce.id = r.expectation_id
                        WHERE %s AND NOT EXISTS (SELECT 1 FROM review_response rr WHERE rr.feedback_id = f.id)
                        GROUP BY ce.position""".formatted(where.sql()))
                .params(where.parameters())
                .query((rs, n) -> byPosition.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                .list();
        return byPosition;
    }

    private List<ReviewReport.IndicatorLine> indicators(ReviewSummary review) {
        Predicate<DatedValue> inPeriod =
                v -> !v.asOf().isBefore(review.opensOn()) && !v.asOf().isAfter(review.closesOn());
        List<ReviewReport.IndicatorLine> lines = new ArrayList<>();
        for (IndicatorHistory history : outcomes.forService(review.serviceId(), Locale.UK)) {
            List<DatedValue> within =
                    history.standing().stream().filter(inPeriod).toList();
            DatedValue before = within.isEmpty()
                    ? history.standing().stream()
                            .filter(v -> v.asOf().isBefore(review.opensOn()))
                            .max(Comparator.comparing(DatedValue::asOf))
                            .orElse(null)
                    : null;
            lines.add(new ReviewReport.IndicatorLine(history.indicator(), within, before, history.statement()));
        }
        return lines;
    }

    private List<ReviewReport.ThemeLine> themes(List<Long> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT t.name, COUNT(DISTINCT ft.feedback_id) FROM feedback_theme ft
                        JOIN theme t ON t.id = ft.theme_id WHERE ft.feedback_id IN (:ids)
                        GROUP BY t.name ORDER BY COUNT(DISTINCT ft.feedback_id) DESC, t.name""")
                .param("ids", feedbackIds)
                .query((rs, n) -> new ReviewReport.ThemeLine(rs.getString(1), SmallNumbers.count(rs.getLong(2))))
                .list();
    }

    private Map<Long, String> planCodes(List<ActionSummary> actions) {
        if (actions.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> codes = new HashMap<>();
        jdbc.sql("""
                        SELECT a.id, p.code FROM plan_action a JOIN plan_outcome o ON o.id = a.outcome_id
                        JOIN plan_domain d ON d.id = o.domain_id JOIN plan p ON p.id = d.plan_id
                        WHERE a.id IN (:ids)""")
                .param("ids", actions.stream().map(ActionSummary::id).toList())
                .query((rs, n) -> codes.put(rs.getLong(1), rs.getString(2)))
                .list();
        return codes;
    }

    private List<Long> linkedActions(List<Long> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT action_id FROM feedback_plan_action WHERE feedback_id IN (:ids)")
                .param("ids", feedbackIds)
                .query(Long.class)
                .list();
    }
}
