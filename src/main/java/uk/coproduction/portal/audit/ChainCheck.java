package uk.coproduction.portal.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What recomputing the audit log's hash chain found.
 *
 * @param intactUpTo the place (seq) of the last entry whose chain holds, 0 when none does
 * @param brokenAt   the place where the chain first fails, or null when it is intact
 * @param problem    why it fails there, or null when it is intact
 */
public record ChainCheck(
        Instant checkedAt,
        long entriesChecked,
        long intactUpTo,
        @Nullable Long brokenAt,
        @Nullable Problem problem) {

    /** Where a broken chain broke; only asked of a chain that is not intact. */
    public long requireBrokenAt() {
        if (brokenAt == null) {
            throw new IllegalStateException("The chain is intact: it broke nowhere");
        }
        return brokenAt;
    }

    /** What is wrong where it broke; only asked of a chain that is not intact. */
    public Problem requireProblem() {
        if (problem == null) {
            throw new IllegalStateException("The chain is intact: nothing is wrong");
        }
        return problem;
    }

    public enum Problem {
        /** The entry's content or hash is not what was written. */
        CHANGED,
        /** The entry does not follow the one before it (its previous hash differs): one was removed or replaced. */
        NOT_LINKED,
        /** A place in the chain is empty: entries were removed. */
        MISSING,
        /** The chain's head says more entries were written than are there: the newest were removed. */
        END_MISSING
    }

    public boolean intact() {
        return brokenAt == null;
    }
}
