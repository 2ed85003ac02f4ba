package uk.coproduction.portal.feedback;

/** Why feedback was held for review rather than counted at once (decision 0026). */
public enum HeldReason {
    /** The same words came many times in a short while. */
    SAME_WORDS,
    /** The hidden field only programs fill in was filled in. */
    HONEYPOT,
    /** Finished faster than a person could read the pages. */
    TOO_FAST
}
