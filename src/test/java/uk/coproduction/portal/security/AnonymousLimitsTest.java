package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Token buckets per client and purpose: a flood is stopped, other people and other purposes are not. */
class AnonymousLimitsTest {

    @Test
    void aClientThatStartsTooManyJourneysIsStoppedWhileOthersCarryOn() {
        AnonymousLimits limits = new AnonymousLimits(3, 5);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.allow(AnonymousLimits.Purpose.FEEDBACK, "203.0.113.7")).isTrue();
        }
        assertThat(limits.allow(AnonymousLimits.Purpose.FEEDBACK, "203.0.113.7")).isFalse();
        assertThat(limits.allow(AnonymousLimits.Purpose.FEEDBACK, "198.51.100.1")).isTrue();
        assertThat(limits.allow(AnonymousLimits.Purpose.LOOKUP, "203.0.113.7")).isTrue();
    }

    @Test
    void guessingCodesIsStoppedAfterTheLookupLimit() {
        AnonymousLimits limits = new AnonymousLimits(3, 5);
        int allowed = 0;
        for (int i = 0; i < 1000; i++) {
            if (limits.allow(AnonymousLimits.Purpose.LOOKUP, "203.0.113.9")) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(5);
    }
}
