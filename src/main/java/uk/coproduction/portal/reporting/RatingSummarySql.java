package uk.coproduction.portal.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link EvidenceSql}'s condition, on the rating summary ({@code rating_summary s}) instead of the feedback table.
 * The summary never holds safeguarding-flagged feedback (its triggers leave it out), counts by whole quarters (as
 * every evidence filter does) and stores a missing service or area as 0 and a missing age band as ''. It has no
 * campaign column (decision 0027): a filter naming a campaign is counted from the feedback table instead. Any new rule
 * in {@link EvidenceSql} is made here too, because both are put together from the same rules
 * ({@code reporting.Voices}, decision 0046); CharterScoresSummaryTest compares the two on the same rows, and
 * {@code reporting.SummaryConsistencyCheck} compares the summaries with a recount every night.
 */
final class RatingSummarySql {

    private RatingSummarySql() {}

    static EvidenceSql where(EvidenceFilter filter, Clock clock) {
        if (filter.campaign() != null) {
            // The summaries have no campaign column: a caller must count a campaign's figures from the feedback
            // table (EvidenceSql), never quietly show every campaign's figures under one campaign's name.
            throw new IllegalArgumentException("The rating summary cannot be filtered by campaign");
        }
        Voices s = Voices.summary(TriggerKeptSummary.RATINGS, "s");
        List<Condition> conditions = new ArrayList<>();
        conditions.add(s.counted());
        conditions.add(s.givenBetween(
                filter.firstQuarter(clock).start(), filter.lastQuarter(clock).endExclusive()));
        conditions.addAll(EvidenceSql.filterParts(s, filter));
        return EvidenceSql.of(Condition.allOf(conditions));
    }
}
