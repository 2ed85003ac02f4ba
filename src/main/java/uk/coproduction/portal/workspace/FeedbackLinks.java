package uk.coproduction.portal.workspace;

import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.ChangeSummary;
import uk.coproduction.portal.plans.ObjectiveSummary;
import uk.coproduction.portal.services.ServiceSummary;

import java.util.List;

/**
 * What one piece of feedback is linked to: the services it is about, the plan actions and objectives it informs,
 * and the changes recorded on those actions.
 *
 * @param mainService   null while nobody knows which service it is about
 * @param otherServices further services it is about
 */
public record FeedbackLinks(
        long feedbackId,
        String referenceCode,
        FeedbackStatus status,
        ServiceSummary mainService,
        List<ServiceSummary> otherServices,
        List<ActionSummary> actions,
        List<ObjectiveSummary> objectives,
        List<ChangeSummary> changes) {}
