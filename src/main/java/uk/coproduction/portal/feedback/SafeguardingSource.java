package uk.coproduction.portal.feedback;

/**
 * Why an item left the ordinary views for the safeguarding queue. Flagged items never appear in the inbox,
 * figures, exports or public pages.
 */
public enum SafeguardingSource {
    /** The person said "I don't feel safe" and asked us to tell someone. */
    PERSON,
    /** The words tell of harm: a [disclosure] rule of the rule set ({@code safeguarding/rules_*.txt}) matched. */
    KEYWORD,
    /** A [possible concern] rule matched: a safeguarding lead reviews it (in working hours). */
    POSSIBLE_CONCERN,
    /** A member of staff reading it flagged it, with a reason. */
    STAFF
}
