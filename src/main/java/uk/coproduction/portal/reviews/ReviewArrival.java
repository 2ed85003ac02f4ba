package uk.coproduction.portal.reviews;

import java.time.LocalDate;
import java.util.List;

/** What following a review audience's link finds. Nobody is ever stopped: each case leads somewhere kind. */
public sealed interface ReviewArrival {

    /** Taking answers: the journey shows the title and closing date, then the charter and review questions. */
    record Open(
            long reviewId,
            String title,
            long serviceId,
            String serviceName,
            LocalDate closesOn,
            ReviewAudience audience,
            List<ReviewQuestionSummary> questions)
            implements ReviewArrival {}

    /** Not open yet: says when it opens, and offers the ordinary feedback journey meanwhile. */
    record NotYetOpen(String title, long serviceId, String serviceName, LocalDate opensOn) implements ReviewArrival {}

    /** Closed (by hand or past its last day): says so kindly and offers the ordinary feedback journey. */
    record Closed(String title, long serviceId, String serviceName, LocalDate closesOn) implements ReviewArrival {}

    /** Forged, altered or unknown: offers the ordinary feedback journey. */
    record Refused() implements ReviewArrival {}
}
