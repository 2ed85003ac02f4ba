package uk.coproduction.portal.plans;

import uk.coproduction.portal.services.Team;

/** A plan in the list of plans: how many actions it has and how many pieces of feedback are linked to them. */
public record PlanListItem(
        String code, String shortName, String title, String period, Team team, long actions, long linkedFeedback) {}
