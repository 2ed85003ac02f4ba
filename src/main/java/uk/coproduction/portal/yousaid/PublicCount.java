package uk.coproduction.portal.yousaid;

import uk.coproduction.portal.reporting.SmallNumbers;

import java.util.OptionalLong;

/**
 * A count shown to the public. Statistical disclosure control: any count under five is shown only as
 * "fewer than 5", and every other count is rounded to the nearest 5, so nobody can be recognised from it. The rule is
 * {@link SmallNumbers}, the one used everywhere; {@code value} is the exact count and is never printed.
 */
public record PublicCount(long value) {

    public static final int SMALLEST_SHOWN = SmallNumbers.THRESHOLD;

    public boolean suppressed() {
        return SmallNumbers.count(value).suppressed();
    }

    /** The number to show (rounded to the nearest 5), or empty when it must not be shown. */
    public OptionalLong shown() {
        return SmallNumbers.count(value).shown();
    }
}
