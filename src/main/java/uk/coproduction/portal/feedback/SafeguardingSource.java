package uk.coproduction.portal.feedback;

/**
 * Why an item left the ordinary views for the safeguarding queue. Flagged items never appear in the inbox,
 * figures, exports or public pages.
 */
public enum SafeguardingSource {
    /** The person said "I don't feel safe" and asked us to tell someone. */
    PERSON,
    /** The person's words matched a safeguarding phrase ({@code portal.safeguarding.keywords}). */
    KEYWORD,
    /** A member of staff reading it flagged it, with a reason. */
    STAFF
}
