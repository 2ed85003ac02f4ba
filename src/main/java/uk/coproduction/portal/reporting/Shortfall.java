package uk.coproduction.portal.reporting;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.RespondentGroup;

/**
 * One reason a service has too little evidence for re-commissioning (see decision 0015).
 *
 * @param group the group not heard from, for {@link Kind#GROUP_NOT_HEARD}; otherwise null
 */
public record Shortfall(Kind kind, @Nullable RespondentGroup group) {

    public enum Kind {
        /** Fewer than {@link RecommissioningEvidence#ENOUGH_FEEDBACK} pieces of feedback in the last 8 quarters. */
        TOO_LITTLE_FEEDBACK,
        /** No coproduction activity (workshop, board, session, survey...) held in the last 8 quarters. */
        NO_COPRODUCTION_ACTIVITY,
        /** A group the service is for has given no feedback and taken part in no activity. */
        GROUP_NOT_HEARD
    }
}
