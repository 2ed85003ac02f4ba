package uk.coproduction.portal.packs;

import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.outcomes.Direction;
import uk.coproduction.portal.outcomes.TargetStatus;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.SmallNumbers.Count;
import uk.coproduction.portal.reporting.SmallNumbers.Share;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a pack prints, already suppressed: every figure is a {@link Count} or {@link Share}. Words are only
 * moderated quote text, activity and change descriptions written by staff, and reference data.
 */
record PackData(
        PackRequest request,
        String subject,
        List<Quarter> quarters,
        Quarter reported,
        Instant generatedAt,
        String generatedBy,
        List<Expectation> expectations,
        List<Score> overall,
        List<Score> byQuarter,
        List<Score> byService,
        Map<String, String> serviceNames,
        Count respondents,
        List<ThemeCount> themes,
        List<QuoteLine> quotes,
        List<ActivityLine> activities,
        List<ActionLine> actions,
        List<ChangeLine> changes,
        List<ServiceFigures> figures,
        Map<String, Count> byGroup,
        Map<String, Count> byAgeBand,
        Map<String, Count> byArea,
        List<IndicatorLine> indicators,
        List<ReviewLine> reviews,
        Statements statements) {

    /** The parts of a pack, in the order they are printed; one with nothing to show is left out (see Statements). */
    enum Section {
        CHARTER,
        INDICATORS,
        REVIEWS,
        THEMES,
        QUOTES,
        ACTIVITIES,
        ACTIONS,
        REPLIES,
        REPRESENTATION
    }

    /** Whether a section is printed: it is left out, with one line saying why, when it has nothing to show. */
    boolean shows(Section section) {
        return !statements.leftOut().containsKey(section);
    }

    /** One statement, in the pack's words and in Easy Read words (for the Easy Read page). */
    record Statement(String words, String easyRead) {}

    /**
     * What every pack says about itself (decision 0035), all worded here from the same rules that counted it.
     *
     * @param period            the dates covered and how feedback is dated
     * @param scope             what the pack is about: services, areas, groups
     * @param rules             what counts as a voice and which items are left out, and why
     * @param suppressed        which figures are hidden and why, never the hidden number
     * @param tooLittleEvidence said at the top when the scope has too few voices to say anything; null otherwise
     * @param suggestions       what to do about too little evidence (empty when there is enough)
     * @param leftOut           sections with nothing to show, each with the one line printed instead
     */
    record Statements(
            Statement period,
            Statement scope,
            List<Statement> rules,
            List<Statement> suppressed,
            Statement tooLittleEvidence,
            List<Statement> suggestions,
            Map<Section, Statement> leftOut) {}

    /**
     * An outcome indicator or SMART objective of the pack's services (or team), with its latest value and target.
     *
     * @param latestPeriod the period the latest value refers to, in the source's words; null when there is none
     * @param trend        the trend over its dated values in words; null with fewer than two values
     */
    record IndicatorLine(
            String code,
            String title,
            BigDecimal latest,
            String latestPeriod,
            BigDecimal target,
            String unit,
            Direction direction,
            TargetStatus status,
            String trend) {}

    /**
     * A review of one of the pack's services (issue 21) whose days meet the pack's period, with its headline figures:
     * the residents whose answers count and their share of positive charter answers (flagged and held answers are
     * never counted).
     */
    record ReviewLine(
            String title,
            String service,
            String kind,
            LocalDate opensOn,
            LocalDate closesOn,
            Count people,
            Share positive) {}

    record Expectation(int position, String title) {}

    record ThemeCount(String theme, Count items) {}

    /** Moderated, approved quote text and the group of the person, never their words as written. */
    /** @param advocateSummary an advocate's summary, never printed as the person's own words (decision 0021) */
    record QuoteLine(String text, String group, boolean advocateSummary) {}

    record ActivityLine(
            String title,
            String kind,
            LocalDate heldOn,
            String stage,
            Count participants,
            String space,
            String voice,
            String audience,
            String influence,
            String whatChanged) {}

    record ActionLine(String label, String title, String status, Count linkedFeedback) {}

    record ChangeLine(
            String action, String whatChanged, String easyRead, LocalDate changedOn, String doneBy, String service) {}

    record ServiceFigures(
            String service, Count items, Share replied, Share loopClosed, Count replies, Double medianDaysToReply) {

        /** The median days to reply, only when it rests on at least 5 replies. */
        boolean medianShown() {
            return medianDaysToReply != null && replies.shown().isPresent() && replies.value() > 0;
        }
    }
}
