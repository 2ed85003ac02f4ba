package uk.coproduction.portal.privacy;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A request to delete a piece of feedback, as an admin sees it: the code, when it was asked, and its outcome.
 *
 * @param status     WAITING, CARRIED_OUT or REFUSED
 * @param decidedBy  "resident" when the person's own confirmation carried it out, else the administrator
 * @param removed    what was removed (empty until carried out)
 * @param refusedWhy the administrator's reason, for a refused request
 */
public record ErasureRequestItem(
        long id,
        String referenceCode,
        Instant requestedAt,
        String status,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        List<ErasurePreview.Part> removed,
        @Nullable String refusedWhy) {

    public boolean waiting() {
        return MyDataService.WAITING.equals(status);
    }
}
