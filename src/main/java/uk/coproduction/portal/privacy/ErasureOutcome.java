package uk.coproduction.portal.privacy;

/** What confirming an erasure did, so the page can say so truthfully. */
public enum ErasureOutcome {
    /** Removed now: the person's words and contact details are gone. */
    ERASED,
    /** Kept for an administrator to check first (for example a safeguarding record that must be kept). */
    WAITING_FOR_CHECK,
    /** No valid confirmation from the preview (never given, already used, for other feedback or out of date): nothing removed. */
    NOT_CONFIRMED,
    /** The page's access has run out: nothing removed. */
    TIMED_OUT
}
