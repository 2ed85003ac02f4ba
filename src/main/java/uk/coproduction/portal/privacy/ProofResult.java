package uk.coproduction.portal.privacy;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a second proof: either access (a token the page keeps for {@link MyDataService#dataHeld}) or why
 * not, so the page can say kindly what to do next.
 *
 * @param accessToken only when {@link Outcome#OPENED}
 * @param triesLeft   for {@link Outcome#WRONG}: how many more tries this one-time code allows (-1 for a private code)
 */
public record ProofResult(Outcome outcome, @Nullable String accessToken, int triesLeft) {

    public enum Outcome {
        OPENED,
        WRONG,
        EXPIRED,
        ALREADY_USED,
        TOO_MANY_TRIES,
        NO_CODE_SENT,
        NOT_FOUND,
        NO_PROOF_POSSIBLE
    }

    static ProofResult refused(Outcome outcome) {
        return new ProofResult(outcome, null, 0);
    }

    public boolean opened() {
        return outcome == Outcome.OPENED;
    }
}
