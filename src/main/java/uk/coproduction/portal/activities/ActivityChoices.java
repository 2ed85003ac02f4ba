package uk.coproduction.portal.activities;

import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.services.ServiceSummary;

import java.util.List;

/** What the person recording an activity may choose from: commissioners see their own team's services and plans. */
public record ActivityChoices(List<ServiceSummary> services, List<PlanChoice> plans, List<ActionSummary> actions) {

    public record PlanChoice(long id, String shortName, String title) {}
}
