package uk.coproduction.portal.evidence;

import uk.coproduction.portal.base.RespondentGroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link EvidenceSql}'s condition, on the rating summary ({@code rating_summary s}) instead of the feedback table.
 * The summary never holds safeguarding-flagged feedback (its triggers leave it out), counts by whole quarters (as
 * every evidence filter does) and stores a missing service or area as 0 and a missing age band as ''. It has no
 * campaign column (decision 0027): a filter naming a campaign is counted from the feedback table instead. Any new rule
 * in {@link EvidenceSql} must be made here too: CharterScoresSummaryTest compares the two on the same rows.
 */
final class RatingSummarySql {

    private RatingSummarySql() {
    }

    static EvidenceSql where(EvidenceFilter filter, Clock clock) {
        if (filter.campaign() != null) {
            // The summaries have no campaign column: a caller must count a campaign's figures from the feedback
            // table (EvidenceSql), never quietly show every campaign's figures under one campaign's name.
            throw new IllegalArgumentException("The rating summary cannot be filtered by campaign");
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("s.quarter_start >= :evidenceFrom AND s.quarter_start < :evidenceUntil");
        parameters.put("evidenceFrom", filter.firstQuarter(clock).start());
        parameters.put("evidenceUntil", filter.lastQuarter(clock).endExclusive());
        if (filter.group() == null) {
            conditions.add("s.respondent_group <> '" + RespondentGroup.FRONTLINE_WORKER.name() + "'");
        } else {
            conditions.add("s.respondent_group = :evidenceGroup");
            parameters.put("evidenceGroup", filter.group().name());
        }
        if (filter.team() != null) {
            conditions.add("s.service_id IN (SELECT es.id FROM commissioned_service es WHERE es.team = :evidenceTeam)");
            parameters.put("evidenceTeam", filter.team().name());
        }
        if (filter.service() != null) {
            conditions.add("s.service_id = (SELECT es.id FROM commissioned_service es WHERE es.code = :evidenceService)");
            parameters.put("evidenceService", filter.service());
        }
        if (filter.area() != null) {
            conditions.add("s.area_id = (SELECT ea.id FROM area ea WHERE ea.code = :evidenceArea)");
            parameters.put("evidenceArea", filter.area());
        }
        if (filter.ageBand() != null) {
            conditions.add("s.age_band = :evidenceAge");
            parameters.put("evidenceAge", filter.ageBand().name());
        }
        if (filter.channel() != null) {
            conditions.add("s.channel = :evidenceChannel");
            parameters.put("evidenceChannel", filter.channel().name());
        }
        return new EvidenceSql(String.join(" AND ", conditions), Map.copyOf(parameters));
    }
}
