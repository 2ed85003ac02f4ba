package uk.coproduction.portal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's numbers, on a clock the test moves (decision 0018): delays, the address block, and their end; and
 * (decision 0031) that the counts are the database's, so two instances count one guesser's tries together. The clock
 * stands in 2099, so the portal's own throttle and its clean-up, on the real clock, never touch these rows.
 */
@PortalTest
class SignInThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle;
    /** A second instance of the portal: another throttle on the same database. */
    private final SignInThrottle otherInstance;

    private final JdbcTemplate jdbc;

    @Autowired
    SignInThrottleTest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.throttle = throttleOn(jdbc);
        this.otherInstance = throttleOn(jdbc);
    }

    private SignInThrottle throttleOn(JdbcTemplate database) {
        return new SignInThrottle(
                database,
                clock,
                3,
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                20,
                Duration.ofMinutes(15),
                Duration.ofMinutes(15));
    }

    @AfterEach
    void forgetThisTestsCounts() {
        jdbc.update("DELETE FROM sign_in_throttle WHERE last_failure_at >= '2099-01-01'");
    }

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
        assertThat(throttle.mayTry("198.51.100.1", "SafeGuarding "))
                .as("same name, typed differently")
                .isFalse();
        assertThat(throttle.mayTry("203.0.113.5", "safeguarding"))
                .as("the owner elsewhere")
                .isTrue();
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
        assertThat(throttle.mayTry("198.51.100.2", "fresh.name"))
                .as("still blocked, however often it asks")
                .isFalse();
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
        assertThat(throttle.mayTry("198.51.100.4", "name"))
                .as("one wrong password in a fresh count")
                .isTrue();
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

    @Test
    void wrongPasswordsSpreadOverTwoInstancesCountTogether() {
        throttle.wrongPassword("198.51.100.6", "safeguarding");
        otherInstance.wrongPassword("198.51.100.6", "safeguarding");
        throttle.wrongPassword("198.51.100.6", "safeguarding");
        assertThat(otherInstance.mayTry("198.51.100.6", "safeguarding"))
                .as("three wrong ones, on two instances")
                .isFalse();
        assertThat(throttle.mayTry("198.51.100.6", "safeguarding")).isFalse();
        otherInstance.signedIn("198.51.100.6", "safeguarding");
        assertThat(throttle.mayTry("198.51.100.6", "safeguarding")).isTrue();
    }

    @Test
    void twentyWrongPasswordsSentToTwoInstancesAtOnceBlockTheAddressOnBoth() throws Exception {
        Thread other = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 10; i++) {
                otherInstance.wrongPassword("198.51.100.7", "b" + i);
            }
        });
        for (int i = 0; i < 10; i++) {
            throttle.wrongPassword("198.51.100.7", "a" + i);
        }
        other.join();
        assertThat(throttle.mayTry("198.51.100.7", "fresh.name"))
                .as("no count lost to a race")
                .isFalse();
        assertThat(otherInstance.mayTry("198.51.100.7", "fresh.name")).isFalse();
    }

    @Test
    void whatTypedAsAUsernameIsNeverStored() {
        throttle.wrongPassword("198.51.100.8", "my-secret-password-typed-here");
        assertThat(jdbc.queryForList(
                        "SELECT throttle_key FROM sign_in_throttle WHERE last_failure_at >= '2099-01-01'",
                        String.class))
                .hasSize(2)
                .noneMatch(key -> key.contains("secret") || key.contains("198.51.100.8"));
    }

    @Test
    void countsNobodyWillLookAtAgainAreDeletedBlocksOnlyWhenTheyEnd() {
        SignInThrottle blocksForHalfAnHour = new SignInThrottle(
                jdbc,
                clock,
                3,
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                20,
                Duration.ofMinutes(30),
                Duration.ofMinutes(15));
        for (int i = 0; i < 20; i++) {
            blocksForHalfAnHour.wrongPassword("198.51.100.9", "name" + i);
        }
        blocksForHalfAnHour.wrongPassword("198.51.100.10", "name");
        assertThat(rowsOfThisTest()).isEqualTo(23);
        clock.move(Duration.ofMinutes(15));
        blocksForHalfAnHour.forgetOldCounts();
        assertThat(rowsOfThisTest()).as("only the block is left").isEqualTo(1);
        assertThat(blocksForHalfAnHour.mayTry("198.51.100.9", "fresh.name"))
                .as("the block stays its full time")
                .isFalse();
        clock.move(Duration.ofMinutes(15));
        blocksForHalfAnHour.forgetOldCounts();
        assertThat(rowsOfThisTest()).isZero();
        assertThat(blocksForHalfAnHour.mayTry("198.51.100.9", "fresh.name")).isTrue();
    }

    private int rowsOfThisTest() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM sign_in_throttle WHERE last_failure_at >= '2099-01-01'", Integer.class);
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2099-01-01T09:00:00Z");

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
