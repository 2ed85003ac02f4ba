package uk.coproduction.portal.workspace;

import uk.coproduction.portal.plans.ChangeSummary;
import uk.coproduction.portal.reporting.Figures;
import uk.coproduction.portal.reporting.ServicePageFigures.LinkedAction;
import uk.coproduction.portal.reporting.ServicePageFigures.ThemeCount;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.Team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a commissioner sees on a service's page. Safeguarding-flagged feedback is never in it.
 *
 * @param feedback     newest first, at most {@link ServicePages#FEEDBACK_SHOWN} items
 * @param moreFeedback true when there is more feedback than is listed
 */
public record ServicePage(
        long id,
        String code,
        String name,
        String description,
        Team team,
        String commissioner,
        String provider,
        String clientGroup,
        List<String> areas,
        CycleStage cycleStage,
        LocalDate contractEnd,
        int replyWithinDays,
        boolean jointlyCommissioned,
        Figures figures,
        List<FeedbackRow> feedback,
        boolean moreFeedback,
        List<ThemeCount> themes,
        List<LinkedAction> actions,
        List<ChangeSummary> changes) {

    /**
     * @param status      the feedback status name
     * @param replyBy     null when no reply-by date was set
     * @param referenceCode null unless the signed-in member of staff may open the item (decision 0017)
     * @param mainService false when the service is one of the further services the item is about
     * @param receivedLate the reply window had run out before it reached the portal (decision 0039)
     */
    public record FeedbackRow(
            long id,
            String referenceCode,
            Instant submittedAt,
            String status,
            LocalDate replyBy,
            boolean replied,
            boolean overdue,
            boolean mainService,
            boolean receivedLate) {}
}
