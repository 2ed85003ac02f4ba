package uk.coproduction.portal.base.limits;

import org.jspecify.annotations.Nullable;

/**
 * The limits' answer for one arrival: go ahead, or do the small check first (never "no").
 *
 * @param challenge the challenge for the browser when a check is needed, else null
 * @param reason    which limit was reached, so the page can say so truthfully, else null
 */
public record Admission(
        boolean admitted,
        @Nullable String challenge,
        @Nullable Reason reason) {

    public enum Reason {
        /** Many journeys from this browser lately. */
        BROWSER,
        /** Many journeys from this network address (everyone sharing it) lately. */
        ADDRESS
    }

    static Admission admit() {
        return new Admission(true, null, null);
    }

    static Admission check(String challenge, Reason reason) {
        return new Admission(false, challenge, reason);
    }
}
