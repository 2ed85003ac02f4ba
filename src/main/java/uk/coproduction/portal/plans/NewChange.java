package uk.coproduction.portal.plans;

import java.time.LocalDate;
import java.util.Set;

/**
 * A change as a commissioner records it.
 *
 * @param whatChanged the plain-English summary of what was done
 * @param easyRead    an Easy Read summary (short sentences), or null to write it later
 * @param doneBy      who made the change, in words (e.g. "KCHFT senior leadership team")
 * @param serviceId   the service it changed, or null
 * @param feedbackIds the feedback that led to it: each must already be linked to the action
 */
public record NewChange(
        long actionId,
        String whatChanged,
        String easyRead,
        LocalDate changedOn,
        String doneBy,
        Long serviceId,
        Set<Long> feedbackIds) {}
