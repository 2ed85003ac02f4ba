package uk.coproduction.portal.campaigns;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A campaign link as staff see it.
 *
 * @param link      the whole address to hand out or print (it carries the signed token)
 * @param service   the name of the service a feedback link starts with; null for none
 * @param mayChange whether the signed-in member of staff may close or re-open it (its owner, or an administrator)
 */
public record CampaignSummary(
        long id,
        String name,
        CampaignJourney journey,
        @Nullable String service,
        @Nullable String quarter,
        int expectedPeople,
        Instant opens,
        Instant closes,
        @Nullable Instant closedAt,
        Status status,
        String link,
        String owner,
        boolean mayChange) {

    public enum Status {
        /** Open now: followers get the campaign's allowance. */
        OPEN,
        /** Its window has not started yet. */
        NOT_YET_OPEN,
        /** Its window is over. */
        ENDED,
        /** Closed by hand (a leaked link). */
        CLOSED
    }
}
