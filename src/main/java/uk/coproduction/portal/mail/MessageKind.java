package uk.coproduction.portal.mail;

/**
 * What an outgoing message is. It decides what the outbox screen shows an administrator (decision 0030) and whether
 * the address is forgotten once the message has gone: a resident's address is, a member of staff's work address is
 * kept so that a failed notice can be retried and the screen can say who it was for.
 */
public enum MessageKind {
    /** A reply to a resident who asked for one by e-mail. */
    RESIDENT_REPLY(false, false),
    /** A one-time code for a resident proving it is them. */
    ONE_TIME_CODE(false, false),
    /** A safeguarding alert or escalation to the leads (reference code and why, never the person's words). */
    SAFEGUARDING_ALERT(true, false),
    /** Someone keeps trying wrong passwords for a member of staff's account. */
    SIGN_IN_ALERT(true, true),
    /** A commissioner's daily digest: counts, reference codes, service names and links. */
    DAILY_DIGEST(true, true),
    /** The audit log's hash chain is broken (decision 0038): where, never what the entries say. */
    AUDIT_CHAIN_ALERT(true, true);

    private final boolean toStaff;
    private final boolean subjectShownToAdministrators;

    MessageKind(boolean toStaff, boolean subjectShownToAdministrators) {
        this.toStaff = toStaff;
        this.subjectShownToAdministrators = subjectShownToAdministrators;
    }

    /** Sent to a member of staff's work address (shown on the outbox screen and kept for a retry). */
    public boolean toStaff() {
        return toStaff;
    }

    /**
     * Whether an administrator may read the subject. A safeguarding alert's subject names a concern's reference
     * code, a reply's the resident's: administrators do not work on either, so they see only what kind it is.
     */
    public boolean subjectShownToAdministrators() {
        return subjectShownToAdministrators;
    }
}
