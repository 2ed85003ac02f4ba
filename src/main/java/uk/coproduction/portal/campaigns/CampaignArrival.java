package uk.coproduction.portal.campaigns;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** What following a campaign link gives the visitor. Every outcome still lets them give feedback. */
public sealed interface CampaignArrival {

    /**
     * An open link: the journey it opens and the allowance to keep in the visitor's session.
     *
     * @param serviceId resident feedback: the service to start with, or null
     * @param quarter   frontline: the quarter the views count for
     */
    record Open(
            long campaignId,
            CampaignJourney journey,
            @Nullable Long serviceId,
            @Nullable String quarter,
            int expectedPeople,
            Instant opens,
            Instant closes)
            implements CampaignArrival {}

    /** A real link that is closed, not yet open or past its window: the journey without the allowance. */
    record NotOpen(
            CampaignJourney journey,
            @Nullable Long serviceId,
            @Nullable String quarter) implements CampaignArrival {}

    /** Not a link the portal made (forged, altered, mistyped, or signed with a key no longer used). */
    record Refused() implements CampaignArrival {}
}
