package uk.coproduction.portal.reporting;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.services.Team;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Objects;

/**
 * The typed condition builder: every counting rule of the portal's figures, written once, for the two places voices
 * are counted from — the feedback table itself ({@link #feedback}) and the trigger-kept summaries ({@link #summary}).
 * A figure anywhere composes its {@code WHERE} from these methods ({@link Condition#and}); none writes a rule's SQL
 * itself (decision 0046).
 *
 * <p>The rules, and where each lives:
 * <ul>
 * <li>{@link #counted()} — a voice is counted only when it is <b>not safeguarding-flagged</b> (a disclosure is never
 * "feedback", decision 0020) and <b>not held for review</b> until staff clear it (decision 0026). On the feedback
 * table this is its two columns; a summary holds only counted voices already, because its triggers apply the same
 * rule (V0083) — {@link SummaryConsistencyCheck} recounts them nightly with this very method.</li>
 * <li>{@link #givenBetween} — counted in a period by the date the voice was <b>given</b> ({@code submitted_at},
 * decision 0039); on a summary, by whole quarters.</li>
 * <li>{@link #ofGroup} — frontline workers' views are counted <b>apart</b>: left out unless the group asked for is
 * theirs (decision 0016).</li>
 * <li>{@link #forService} / {@link #forServiceCode} — a voice counts for its <b>main service</b>, the one the person
 * rated (decision 0016): the dashboards, packs, the API and "You said, we did" count this way.
 * {@link #aboutService} — main service <b>or a further service</b> it was linked to: the workspace's own rule
 * (a commissioner answers for every item linked to a service, decision 0035), never used for a published count.</li>
 * <li>{@link #ofTeam}, {@link #inAreaCode}, {@link #ofAgeBand}, {@link #byChannel}, {@link #fromCampaign} — the
 * other parts of an evidence filter.</li>
 * </ul>
 * Scope (whose figures a member of staff may see) is not a condition on rows but a narrowing of the filter,
 * {@code evidence.FigureScope}, applied before these rules are built.
 */
public final class Voices {

    private final TriggerKeptSummary summary;
    private final String alias;

    private Voices(TriggerKeptSummary summary, String alias) {
        if (!alias.matches("[a-z][a-z0-9_]{0,10}")) {
            throw new IllegalArgumentException("Not a table alias: " + alias);
        }
        this.summary = summary;
        this.alias = alias;
    }

    /** Voices read from {@code feedback} under this alias, one row per voice. */
    public static Voices feedback(String alias) {
        return new Voices(null, alias);
    }

    /** Voices read from a trigger-kept summary under this alias (keys stored with 0 / '' for missing values). */
    public static Voices summary(TriggerKeptSummary summary, String alias) {
        return new Voices(Objects.requireNonNull(summary), alias);
    }

    private boolean isSummary() {
        return summary != null;
    }

    private String column(String name) {
        return alias + "." + name;
    }

    private String parameter(String rule) {
        return alias + "_" + rule;
    }

    /** The rule every figure applies: never safeguarding-flagged, never held for review. */
    public Condition counted() {
        if (isSummary()) {
            // The summary's triggers count only such voices (V0083); the consistency check holds them to it.
            return Condition.ALWAYS;
        }
        return Condition.of(column("safeguarding_flag") + " = FALSE AND " + column("held_for_review") + " = FALSE");
    }

    /** Given on or after {@code from} and before {@code until}. A summary can only answer for whole quarters. */
    public Condition givenBetween(LocalDate from, LocalDate until) {
        if (isSummary()) {
            if (!quarterStart(from) || !quarterStart(until)) {
                throw new IllegalArgumentException(
                        summary.table() + " counts by whole quarters, not " + from + " to " + until);
            }
            return new Condition(
                    column("quarter_start") + " >= :" + parameter("from") + " AND " + column("quarter_start") + " < :"
                            + parameter("until"),
                    Map.of(parameter("from"), from, parameter("until"), until));
        }
        return new Condition(
                column("submitted_at") + " >= :" + parameter("from") + " AND " + column("submitted_at") + " < :"
                        + parameter("until"),
                Map.of(parameter("from"), from.atStartOfDay(), parameter("until"), until.atStartOfDay()));
    }

    private static boolean quarterStart(LocalDate day) {
        return day.getDayOfMonth() == 1 && day.get(IsoFields.DAY_OF_QUARTER) == 1;
    }

    /**
     * Frontline workers apart: with no group asked for, residents' views only; with one, that group only (frontline
     * workers' own views when asked for by name).
     */
    public Condition ofGroup(RespondentGroup group) {
        if (group == null) {
            return residentsOnly();
        }
        return Condition.of(column("respondent_group") + " = :" + parameter("group"), parameter("group"), group.name());
    }

    /** Residents' views: everything but frontline workers'. */
    public Condition residentsOnly() {
        return Condition.of(column("respondent_group") + " <> '" + RespondentGroup.FRONTLINE_WORKER.name() + "'");
    }

    /** Counted for its main service, by id. */
    public Condition forService(long serviceId) {
        return Condition.of(column("service_id") + " = :" + parameter("service"), parameter("service"), serviceId);
    }

    /** Counted for its main service, by the service's code. */
    public Condition forServiceCode(String code) {
        return Condition.of(
                column("service_id") + " = (SELECT es.id FROM commissioned_service es WHERE es.code = :"
                        + parameter("service_code") + ")",
                parameter("service_code"),
                code);
    }

    /**
     * About a service: its main service or a further one it was linked to ({@code feedback_service}). The workspace's
     * rule, for the items a commissioner answers for; published counts use {@link #forService}.
     */
    public Condition aboutService(long serviceId) {
        feedbackOnly("a further service");
        String p = ":" + parameter("about");
        return Condition.of(
                "(" + column("service_id") + " = " + p + " OR EXISTS (SELECT 1 FROM feedback_service fs WHERE "
                        + "fs.feedback_id = " + column("id") + " AND fs.service_id = " + p + "))",
                parameter("about"),
                serviceId);
    }

    /** Counted for a main service of this team. */
    public Condition ofTeam(Team team) {
        return Condition.of(
                column("service_id") + " IN (SELECT es.id FROM commissioned_service es WHERE es.team = :"
                        + parameter("team") + ")",
                parameter("team"),
                team.name());
    }

    /** Given in this area, by the area's code. */
    public Condition inAreaCode(String code) {
        return Condition.of(
                column("area_id") + " = (SELECT ea.id FROM area ea WHERE ea.code = :" + parameter("area") + ")",
                parameter("area"),
                code);
    }

    public Condition ofAgeBand(AgeBand ageBand) {
        return Condition.of(column("age_band") + " = :" + parameter("age"), parameter("age"), ageBand.name());
    }

    public Condition byChannel(Channel channel) {
        return Condition.of(column("channel") + " = :" + parameter("channel"), parameter("channel"), channel.name());
    }

    /** Came through one campaign or event link (decision 0027). The summaries have no campaign column. */
    public Condition fromCampaign(long campaign) {
        feedbackOnly("a campaign");
        return Condition.of(column("campaign_id") + " = :" + parameter("campaign"), parameter("campaign"), campaign);
    }

    private void feedbackOnly(String what) {
        if (isSummary()) {
            // Never quietly show every campaign's (or service's) figures under one name: count from feedback instead.
            throw new IllegalArgumentException(summary.table() + " cannot be filtered by " + what);
        }
    }
}
