package uk.coproduction.portal.safeguarding;

import java.util.List;

/** What a safeguarding lead records about a flagged item. */
public enum SafeguardingActionKind {
    ACKNOWLEDGED,
    REFERRED_CHILDRENS_FRONT_DOOR,
    REFERRED_ADULTS_FRONT_DOOR,
    POLICE,
    NO_ACTION,
    RETURNED_TO_TRIAGE,
    /** Recorded by the portal each time an overdue item was e-mailed to the second contact (only when it was). */
    ESCALATED,
    /** Recorded by the portal when the safeguarding leads were e-mailed on arrival (only when they were). */
    ALERTED,
    /** Recorded by the portal instead of an alert when the item arrived in a possible burst (decision 0025). */
    IN_BURST,
    /** A safeguarding lead cleared the possible burst this item arrived in, with a reason (decision 0025). */
    CLEARED_WITH_BURST;

    /** Actions the lead chooses from (acknowledging and returning have their own buttons). */
    public static final List<SafeguardingActionKind> OUTCOMES =
            List.of(REFERRED_CHILDRENS_FRONT_DOOR, REFERRED_ADULTS_FRONT_DOOR, POLICE, NO_ACTION);

    /** "No action" and "return to triage" must say why. */
    public boolean needsReason() {
        return this == NO_ACTION || this == RETURNED_TO_TRIAGE;
    }
}
