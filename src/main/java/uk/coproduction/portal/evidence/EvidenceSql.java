package uk.coproduction.portal.evidence;

import uk.coproduction.portal.base.RespondentGroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition every evidence query shares: a filter, the period, and the rules that never change —
 * safeguarding-flagged feedback is never counted, and frontline workers' views are counted only when asked for.
 * Feedback is counted for its main service (the service the person rated).
 *
 * @param sql        a condition on the feedback table aliased {@code f}, to follow {@code WHERE}
 * @param parameters its named parameters
 */
public record EvidenceSql(String sql, Map<String, Object> parameters) {

    /**
     * The counting rules {@link #where} applies, as packs state them (decision 0035). A new condition in
     * {@code where} that leaves feedback out needs a rule here, or the packs stop saying what they count.
     */
    public enum Rule {
        /** One piece of feedback is one voice, counted once, for its main service (the one the person rated). */
        ONE_VOICE_MAIN_SERVICE,
        /** Counted in the period by the date it was submitted. */
        DATED_BY_SUBMISSION,
        /** Safeguarding-flagged feedback is never counted. */
        NO_SAFEGUARDING,
        /** Feedback held for review (it looked automated or repeated) is not counted until staff clear it. */
        NO_HELD_FOR_REVIEW,
        /** Frontline workers' views are left out unless the filter asks for them. */
        FRONTLINE_APART,
        /** Only frontline workers' views, or one group's, because the filter asks for that group. */
        ONE_GROUP_ONLY
    }

    /** The rules {@link #where} applies to this filter, in the order a reader needs them. */
    public static java.util.List<Rule> rules(EvidenceFilter filter) {
        return java.util.List.of(Rule.ONE_VOICE_MAIN_SERVICE, Rule.DATED_BY_SUBMISSION, Rule.NO_SAFEGUARDING,
                Rule.NO_HELD_FOR_REVIEW, filter.group() == null ? Rule.FRONTLINE_APART : Rule.ONE_GROUP_ONLY);
    }

    /** The condition for a filter over the quarters it names (or the default 8 quarters up to today). */
    public static EvidenceSql where(EvidenceFilter filter, Clock clock) {
        return where(filter, filter.firstQuarter(clock).start(), filter.lastQuarter(clock).endExclusive());
    }

    /** The condition for a filter over the days from {@code from} (inclusive) to {@code until} (exclusive). */
    public static EvidenceSql where(EvidenceFilter filter, LocalDate from, LocalDate until) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("f.safeguarding_flag = FALSE AND f.held_for_review = FALSE");
        conditions.add("f.submitted_at >= :evidenceFrom AND f.submitted_at < :evidenceUntil");
        parameters.put("evidenceFrom", from.atStartOfDay());
        parameters.put("evidenceUntil", until.atStartOfDay());
        if (filter.group() == null) {
            conditions.add("f.respondent_group <> '" + RespondentGroup.FRONTLINE_WORKER.name() + "'");
        } else {
            conditions.add("f.respondent_group = :evidenceGroup");
            parameters.put("evidenceGroup", filter.group().name());
        }
        if (filter.team() != null) {
            conditions.add("f.service_id IN (SELECT es.id FROM commissioned_service es WHERE es.team = :evidenceTeam)");
            parameters.put("evidenceTeam", filter.team().name());
        }
        if (filter.service() != null) {
            conditions.add("f.service_id = (SELECT es.id FROM commissioned_service es WHERE es.code = :evidenceService)");
            parameters.put("evidenceService", filter.service());
        }
        if (filter.area() != null) {
            conditions.add("f.area_id = (SELECT ea.id FROM area ea WHERE ea.code = :evidenceArea)");
            parameters.put("evidenceArea", filter.area());
        }
        if (filter.ageBand() != null) {
            conditions.add("f.age_band = :evidenceAge");
            parameters.put("evidenceAge", filter.ageBand().name());
        }
        if (filter.channel() != null) {
            conditions.add("f.channel = :evidenceChannel");
            parameters.put("evidenceChannel", filter.channel().name());
        }
        if (filter.campaign() != null) {
            conditions.add("f.campaign_id = :evidenceCampaign");
            parameters.put("evidenceCampaign", filter.campaign());
        }
        return new EvidenceSql(String.join(" AND ", conditions), Map.copyOf(parameters));
    }
}
