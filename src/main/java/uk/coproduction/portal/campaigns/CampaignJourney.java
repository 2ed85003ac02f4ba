package uk.coproduction.portal.campaigns;

/** Which journey a campaign link opens. */
public enum CampaignJourney {
    /** The residents' feedback journey, optionally with one service chosen already. */
    RESIDENT_FEEDBACK,
    /** The frontline staff journey for one quarter. */
    FRONTLINE
}
