package uk.coproduction.portal.reviews;

import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.outcomes.DatedValue;
import uk.coproduction.portal.outcomes.Indicator;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.ChangeSummary;
import uk.coproduction.portal.reporting.SmallNumbers.Count;
import uk.coproduction.portal.reporting.SmallNumbers.Share;

import java.util.List;
import java.util.Map;

/**
 * What a review found, set beside what else is known about the service (issue 21): every figure is already through
 * the one disclosure-control rule ({@code SmallNumbers}), and only countable answers (neither flagged for
 * safeguarding nor held for review) are counted.
 *
 * @param previous      the same service's latest earlier review, or null when it has none
 * @param people        residents whose answers are counted (young people, parents and carers, LD&A adults)
 * @param professionals frontline staff, providers and partners whose answers are counted
 * @param notCounted    answers left out (with the safeguarding leads, or held for review)
 * @param charter       each charter expectation: this review, the previous one and the continuous feedback
 * @param voices        each charter expectation: what residents and what staff and providers said in this review
 * @param questions     each of the review's own questions, per audience
 * @param indicators    the service's outcome indicators with their values dated in the review's period
 * @param themes        themes tagged on the review's counted answers, most first
 * @param actions       plan actions the review's answers are linked to ("what we will do")
 * @param planCodes     each of those actions' plan code (its plan page, where a change is recorded)
 * @param changes       changes recorded on those actions that name the review's answers (the "You said, we did"
 *                      record: published ones are on the public page)
 * @param waiting       answers flagged for safeguarding that no lead has read yet (a review closes on its last day
 *                      whatever is unread; these are among {@code notCounted} and the report says so)
 * @param allCharter    residents' positive share of all their charter answers together (the six questions pooled),
 *                      with how many answered on the scale: the headline an evidence pack prints for the review
 */
public record ReviewReport(
        ReviewSummary review,
        ReviewSummary previous,
        Count people,
        Count professionals,
        Count notCounted,
        List<CharterLine> charter,
        List<CharterLine> voices,
        List<QuestionResult> questions,
        List<IndicatorLine> indicators,
        List<ThemeLine> themes,
        List<ActionSummary> actions,
        Map<Long, String> planCodes,
        List<ChangeSummary> changes,
        Share allCharter,
        Count allCharterAnswered,
        Count waiting) {

    /**
     * One charter expectation's share of positive answers in three columns; {@code answered*} say how many answered
     * on the scale (the base of each share).
     */
    public record CharterLine(
            int position,
            String title,
            Share first,
            Count firstAnswered,
            Share second,
            Count secondAnswered,
            Share third,
            Count thirdAnswered) {}

    /**
     * One of the review's own questions, with each audience's result and the voices that audience was asked it in:
     * the voices of its counted answers (young people in the young person's voice, or Easy Read where the person read
     * the pages in Easy Read), or, while none is counted, the voice its link asks in.
     */
    public record QuestionResult(
            ReviewQuestionSummary question,
            Map<ReviewAudience, AudienceResult> byAudience,
            Map<ReviewAudience, List<Wording>> asked) {}

    /**
     * One audience's answers to one question.
     *
     * @param answered answers on the scale (a words question: how many wrote something)
     * @param positive share of "very good" and "good" in {@code answered} (scale questions)
     * @param neutral  share of "ok", so the three shares of a row add up to the whole (rounding aside)
     * @param negative share of "bad" and "very bad"
     * @param notSure  "not sure" answers
     */
    public record AudienceResult(
            Count answered, Share positive, Share neutral, Share negative, Count notSure, Count withWords) {}

    /**
     * An indicator and its standing values dated inside the review's period (oldest first); when there is none, the
     * latest value dated before the period ended ({@code latestBefore}, else null), so the reader knows where it stood.
     */
    public record IndicatorLine(
            Indicator indicator, List<DatedValue> inPeriod, DatedValue latestBefore, String trend) {}

    public record ThemeLine(String theme, Count answers) {}
}
