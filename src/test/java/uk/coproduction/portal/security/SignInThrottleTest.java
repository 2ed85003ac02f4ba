package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's numbers, on a clock the test moves (decision 0018): delays, the address block, and their end. */
class SignInThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofSeconds(5), Duration.ofSeconds(60),
            20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void threeWrongPasswordsAreFreeThenTheWaitDoublesUpToAMinute() {
        assertThat(throttle.delayAfter(2)).isZero();
        assertThat(throttle.delayAfter(3)).hasSeconds(5);
        assertThat(throttle.delayAfter(4)).hasSeconds(10);
        assertThat(throttle.delayAfter(6)).hasSeconds(40);
        assertThat(throttle.delayAfter(7)).hasSeconds(60);
        assertThat(throttle.delayAfter(500)).hasSeconds(60);
        assertThat(throttle.longestPauseMinutes()).isEqualTo(15);
    }

    @Test
    void theWaitIsPerAddressAndUsernameNeverPerAccountAlone() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.mayTry("198.51.100.1", "safeguarding")).isTrue();
            throttle.wrongPassword("198.51.100.1", "safeguarding");
        }
        assertThat(throttle.mayTry("198.51.100.1", "safeguarding")).isFalse();
        assertThat(throttle.mayTry("198.51.100.1", "SafeGuarding ")).as("same name, typed differently").isFalse();
        assertThat(throttle.mayTry("203.0.113.5", "safeguarding")).as("the owner elsewhere").isTrue();
        assertThat(throttle.mayTry("198.51.100.1", "someone.else")).isTrue();
        clock.move(Duration.ofSeconds(5));
        assertThat(throttle.mayTry("198.51.100.1", "safeguarding")).isTrue();
    }

    @Test
    void twentyWrongPasswordsFromOneAddressBlockItForFifteenMinutesAndTheBlockEnds() {
        for (int i = 0; i < 20; i++) {
            throttle.wrongPassword("198.51.100.2", "name" + i);
        }
        assertThat(throttle.mayTry("198.51.100.2", "fresh.name")).isFalse();
        assertThat(throttle.mayTry("198.51.100.3", "fresh.name")).isTrue();
        clock.move(Duration.ofMinutes(14));
        assertThat(throttle.mayTry("198.51.100.2", "fresh.name")).as("still blocked, however often it asks").isFalse();
        clock.move(Duration.ofMinutes(1));
        assertThat(throttle.mayTry("198.51.100.2", "fresh.name")).isTrue();
    }

    @Test
    void wrongPasswordsAreForgottenFifteenMinutesAfterTheLastOne() {
        for (int i = 0; i < 5; i++) {
            throttle.wrongPassword("198.51.100.4", "name");
        }
        clock.move(Duration.ofMinutes(15));
        throttle.wrongPassword("198.51.100.4", "name");
        assertThat(throttle.mayTry("198.51.100.4", "name")).as("one wrong password in a fresh count").isTrue();
    }

    @Test
    void signingInClearsTheWaitForThatUsernameOnly() {
        for (int i = 0; i < 3; i++) {
            throttle.wrongPassword("198.51.100.5", "name");
            throttle.wrongPassword("198.51.100.5", "other");
        }
        throttle.signedIn("198.51.100.5", "name");
        assertThat(throttle.mayTry("198.51.100.5", "name")).isTrue();
        assertThat(throttle.mayTry("198.51.100.5", "other")).isFalse();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
