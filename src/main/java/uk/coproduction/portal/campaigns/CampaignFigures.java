package uk.coproduction.portal.campaigns;

import uk.coproduction.portal.reporting.SmallNumbers;

/**
 * How many journeys came through one campaign link, through the small-number rule (decision 0022).
 *
 * @param started  visitors who followed the link while it was open (once per browser session)
 * @param finished feedback (or frontline views) sent through it, counted as every evidence figure is counted
 */
public record CampaignFigures(SmallNumbers.Count started, SmallNumbers.Count finished) {}
