package uk.coproduction.portal.frontline;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.feedback.RatingAnswer;

import java.util.Map;

/**
 * A frontline worker's view of the service they work in.
 *
 * @param submissionKey chosen when the page opens, so sending twice never makes two entries
 * @param quarter       the quarter the link named; null for the current quarter
 * @param ratings       charter expectation id to how well the service meets it, from where they stand
 * @param blockers      what gets in the way of meeting the charter
 */
public record FrontlineSubmission(
        String submissionKey,
        @Nullable Long serviceId,
        @Nullable String role,
        @Nullable Quarter quarter,
        Map<Long, RatingAnswer> ratings,
        @Nullable String blockers) {}
