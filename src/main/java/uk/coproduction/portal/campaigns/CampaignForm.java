package uk.coproduction.portal.campaigns;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What a commissioner fills in to make a campaign link.
 *
 * @param journey        which journey the link opens
 * @param serviceId      resident feedback only: the service the journey starts with; null for none
 * @param quarter        frontline only: the quarter the views count for, such as 2026-Q4
 * @param expectedPeople how many people are expected to follow it (a school assembly: 300)
 * @param opens          when the link starts to carry its allowance
 * @param closes         when it stops (a link past its window still lets people give feedback, without the allowance)
 */
public record CampaignForm(
        @Nullable String name,
        @Nullable CampaignJourney journey,
        @Nullable Long serviceId,
        @Nullable String quarter,
        @Nullable Integer expectedPeople,
        @Nullable Instant opens,
        @Nullable Instant closes) {}
