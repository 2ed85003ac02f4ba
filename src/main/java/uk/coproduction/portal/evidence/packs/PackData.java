package uk.coproduction.portal.evidence.packs;

import uk.coproduction.portal.evidence.CharterScores.Score;
import uk.coproduction.portal.evidence.SmallNumbers.Count;
import uk.coproduction.portal.evidence.SmallNumbers.Share;
import uk.coproduction.portal.frontline.Quarter;

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
        Map<String, Count> byArea) {

    record Expectation(int position, String title) {
    }

    record ThemeCount(String theme, Count items) {
    }

    /** Moderated, approved quote text and the group of the person, never their words as written. */
    /** @param advocateSummary an advocate's summary, never printed as the person's own words (decision 0021) */
    record QuoteLine(String text, String group, boolean advocateSummary) {
    }

    record ActivityLine(String title, String kind, LocalDate heldOn, String stage, Count participants, String space,
                        String voice, String audience, String influence, String whatChanged) {
    }

    record ActionLine(String label, String title, String status, Count linkedFeedback) {
    }

    record ChangeLine(String action, String whatChanged, String easyRead, LocalDate changedOn, String doneBy,
                      String service) {
    }

    record ServiceFigures(String service, Count items, Share replied, Share loopClosed, Count replies,
                          Double medianDaysToReply) {

        /** The median days to reply, only when it rests on at least 5 replies. */
        boolean medianShown() {
            return medianDaysToReply != null && replies.shown().isPresent() && replies.value() > 0;
        }
    }
}
