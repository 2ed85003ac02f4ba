package uk.coproduction.portal.mail;

/** Where a message in the outbox stands, as the outbox screen filters it. */
public enum OutboxState {
    /** Not sent yet and not tried yet (mail may not be set up). */
    WAITING,
    /** The mail server took it. */
    SENT,
    /** At least one attempt failed and it has not gone: it is tried again later, or was given up on. */
    FAILED,
    /** A one-time code that was no longer needed before it went; it never will. */
    WITHDRAWN
}
