package uk.coproduction.portal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A change recorded on a plan action, as staff see it.
 *
 * @param serviceName        null when the change was not about one service
 * @param easyRead           the Easy Read summary, or null while nobody has written one
 * @param feedbackReferences the reference codes of the feedback that led to it (never safeguarding-flagged items)
 */
public record ChangeSummary(
        long id,
        long actionId,
        String actionCode,
        String actionTitle,
        String planCode,
        String planShortName,
        Long serviceId,
        String serviceName,
        String whatChanged,
        String easyRead,
        LocalDate changedOn,
        String doneBy,
        boolean published,
        String recordedBy,
        Instant recordedAt,
        List<String> feedbackReferences) {

    public String actionLabel() {
        return actionCode + " " + actionTitle + " (" + planShortName + ")";
    }
}
