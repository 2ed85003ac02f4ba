package uk.coproduction.portal.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition every evidence query shares: a filter, the period, and the rules that never change —
 * safeguarding-flagged feedback is never counted, and frontline workers' views are counted only when asked for.
 * Feedback is counted for its main service (the service the person rated). Each rule is written once, in
 * {@code reporting.Voices} (decision 0046); this record only puts a filter's parts together.
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
    public static List<Rule> rules(EvidenceFilter filter) {
        return List.of(
                Rule.ONE_VOICE_MAIN_SERVICE,
                Rule.DATED_BY_SUBMISSION,
                Rule.NO_SAFEGUARDING,
                Rule.NO_HELD_FOR_REVIEW,
                filter.group() == null ? Rule.FRONTLINE_APART : Rule.ONE_GROUP_ONLY);
    }

    /** The condition for a filter over the quarters it names (or the default 8 quarters up to today). */
    public static EvidenceSql where(EvidenceFilter filter, Clock clock) {
        return where(
                filter,
                filter.firstQuarter(clock).start(),
                filter.lastQuarter(clock).endExclusive());
    }

    /** The condition for a filter over the days from {@code from} (inclusive) to {@code until} (exclusive). */
    public static EvidenceSql where(EvidenceFilter filter, LocalDate from, LocalDate until) {
        Voices f = Voices.feedback("f");
        List<Condition> conditions = new ArrayList<>();
        conditions.add(f.counted());
        conditions.add(f.givenBetween(from, until));
        conditions.addAll(filterParts(f, filter));
        if (filter.campaign() != null) {
            conditions.add(f.fromCampaign(filter.campaign()));
        }
        return of(Condition.allOf(conditions));
    }

    /**
     * The parts of a filter both the feedback table and the summaries answer (group, team, service, area, age band,
     * channel), as {@link Voices} writes them for either source.
     */
    static List<Condition> filterParts(Voices voices, EvidenceFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(voices.ofGroup(filter.group()));
        if (filter.team() != null) {
            conditions.add(voices.ofTeam(filter.team()));
        }
        if (filter.service() != null) {
            conditions.add(voices.forServiceCode(filter.service()));
        }
        if (filter.area() != null) {
            conditions.add(voices.inAreaCode(filter.area()));
        }
        if (filter.ageBand() != null) {
            conditions.add(voices.ofAgeBand(filter.ageBand()));
        }
        if (filter.channel() != null) {
            conditions.add(voices.byChannel(filter.channel()));
        }
        return conditions;
    }

    static EvidenceSql of(Condition condition) {
        return new EvidenceSql(condition.sql(), condition.parameters());
    }
}
