package uk.coproduction.portal.advocacy;

/** How the person's consent to share their views was given. An advocate must always record one. */
public enum ConsentBasis {
    /** The person said yes themselves. */
    OWN_VERBAL,
    /** The person agreed in writing (or with their own signature or mark). */
    OWN_WRITTEN,
    /** A parent agreed for a young child. */
    PARENT_FOR_YOUNG_CHILD,
    /** A young person under 16 who understands what sharing means agreed themselves (Gillick competence). */
    GILLICK_COMPETENT,
    /** The person cannot decide this; someone decided it is in their best interests (Mental Capacity Act 2005). */
    BEST_INTERESTS
}
