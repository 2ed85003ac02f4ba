package uk.coproduction.portal.feedback;

/**
 * Where a reply is. Only {@link #SENT} replies reach the person (their "what happened" page, e-mail) or count
 * as replies in any figure.
 */
public enum ReplyState {
    /** Drafted for a jointly commissioned service: waits for a second commissioner of the team. */
    AWAITING_APPROVAL,
    /** The approver sent it back to its author with a note; the person never sees it. */
    RETURNED,
    SENT
}
