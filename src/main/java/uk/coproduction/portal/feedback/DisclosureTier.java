package uk.coproduction.portal.feedback;

/**
 * How sure the rule set is that words tell of harm. Both tiers take the item to a safeguarding lead; only a
 * disclosure is on the round-the-clock clock, a possible concern is reviewed in working hours.
 */
public enum DisclosureTier {
    /** Someone is being harmed, harming themselves or is not safe: the person's own words say so. */
    DISCLOSURE,
    /** Words that often mean harm but often do not ("the waiting list is killing me", "he never hits me now"). */
    POSSIBLE_CONCERN
}
