package uk.coproduction.portal.yousaid;

import java.util.OptionalLong;

/**
 * A count shown to the public. Statistical disclosure control: any count under five is shown only as
 * "fewer than 5", so nobody can be recognised from it.
 */
public record PublicCount(long value) {

    public static final int SMALLEST_SHOWN = 5;

    public boolean suppressed() {
        return value > 0 && value < SMALLEST_SHOWN;
    }

    /** The number to show, or empty when it must not be shown. */
    public OptionalLong shown() {
        return suppressed() ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
