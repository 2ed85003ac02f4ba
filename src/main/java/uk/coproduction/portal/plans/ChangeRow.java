package uk.coproduction.portal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A change as read from the database, before the feedback behind it is added. */
record ChangeRow(
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
        Instant recordedAt) {

    ChangeSummary withFeedback(List<String> references) {
        return new ChangeSummary(
                id,
                actionId,
                actionCode,
                actionTitle,
                planCode,
                planShortName,
                serviceId,
                serviceName,
                whatChanged,
                easyRead,
                changedOn,
                doneBy,
                published,
                recordedBy,
                recordedAt,
                references);
    }
}
