package uk.coproduction.portal.safeguarding;

/** What a safeguarding lead records about a flagged item. */
public enum SafeguardingActionKind {
    ACKNOWLEDGED, REFERRED_CHILDRENS_FRONT_DOOR, REFERRED_ADULTS_FRONT_DOOR, POLICE, NO_ACTION, RETURNED_TO_TRIAGE,
    /** Recorded by the portal, once, when an item was not acknowledged in time. */
    ESCALATED;

    /** Actions the lead chooses from (acknowledging and returning have their own buttons). */
    public static final java.util.List<SafeguardingActionKind> OUTCOMES =
            java.util.List.of(REFERRED_CHILDRENS_FRONT_DOOR, REFERRED_ADULTS_FRONT_DOOR, POLICE, NO_ACTION);

    /** "No action" and "return to triage" must say why. */
    public boolean needsReason() {
        return this == NO_ACTION || this == RETURNED_TO_TRIAGE;
    }
}
