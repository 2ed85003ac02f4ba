package uk.coproduction.portal.plans;

import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Map;

/** A plan as its page shows it: domains, outcomes and actions, each action with the voices behind it and its changes. */
public record PlanPage(String code, String shortName, String title, String period, Team team, List<Domain> domains) {

    public record Domain(String code, String title, List<Outcome> outcomes) {}

    public record Outcome(String code, String title, List<Action> actions) {}

    /** @param retired no longer offered for new links; its links, voices and changes stay */
    public record Action(
            long id,
            String code,
            String title,
            String owner,
            String timescale,
            ActionStatus status,
            String progressNotes,
            boolean retired,
            Voices voices,
            List<ChangeSummary> changes) {}

    /**
     * The feedback linked to an action (never safeguarding-flagged items).
     *
     * @param byGroup       respondent group name to the number of linked items from that group
     * @param byExpectation every charter expectation, with how the linked items answered it
     * @param quotes        moderated words only: text a commissioner made usable as a quote
     */
    public record Voices(
            long total, Map<String, Long> byGroup, List<ExpectationAnswers> byExpectation, List<String> quotes) {}

    /** @param neutral "OK" and "not sure" answers */
    public record ExpectationAnswers(int position, String title, long positive, long neutral, long negative) {

        public long answered() {
            return positive + neutral + negative;
        }
    }
}
