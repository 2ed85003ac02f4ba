package uk.coproduction.portal.privacy;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "send me a one-time code".
 *
 * @param proof where it went (masked) and whether it can arrive now; null unless {@link Outcome#SENT}
 */
public record CodeSending(Outcome outcome, @Nullable SecondProof proof) {

    public enum Outcome {
        SENT,
        TOO_MANY_CODES,
        NOT_FOUND,
        NOT_BY_CODE
    }
}
