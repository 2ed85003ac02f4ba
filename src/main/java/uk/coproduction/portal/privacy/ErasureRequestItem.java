package uk.coproduction.portal.privacy;

import java.time.Instant;

/** A request to delete a piece of feedback, as an admin sees it in the list (the code and when it was asked). */
public record ErasureRequestItem(long id, String referenceCode, Instant requestedAt) {
}
