package uk.coproduction.portal.security;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import uk.coproduction.portal.base.security.Roles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A member of staff who leaves a tab open and walks away is signed out after the configured idle time: the tab's
 * heartbeat keeps the servlet session alive, so only what the person does counts (decision 0028).
 */
class StaffIdleTimeoutTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final StaffIdleTimeout idleTimeout = new StaffIdleTimeout(clock, Duration.ofMinutes(30));

    @Test
    void aStaffSessionLeftAloneLongerThanTheIdleTimeoutEndsEvenWhileTheTabKeepsSendingHeartbeats() throws Exception {
        MockHttpSession session = staffSession();
        request(session, "/staff/inbox", null);
        clock.advance(Duration.ofMinutes(20));
        request(session, "/VAADIN", "v-r=heartbeat&v-uiId=0");
        clock.advance(Duration.ofMinutes(9));
        request(session, "/VAADIN", "v-r=heartbeat&v-uiId=0");
        assertThat(session.isInvalid()).as("29 minutes without a click").isFalse();

        clock.advance(Duration.ofMinutes(1));
        request(session, "/VAADIN", "v-r=uidl&v-uiId=0");
        assertThat(session.isInvalid()).as("30 minutes without a click").isTrue();
    }

    @Test
    void eachClickStartsTheIdleTimeAgainAndTheServletSessionEndsOnTheSameTimeoutWhenTheTabIsClosed() throws Exception {
        MockHttpSession session = staffSession();
        for (int i = 0; i < 5; i++) {
            request(session, "/VAADIN", "v-r=uidl&v-uiId=0");
            clock.advance(Duration.ofMinutes(25));
        }
        request(session, "/staff/inbox", null);
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void residentsSessionsWithNobodySignedInAreLeftAlone() throws Exception {
        MockHttpSession resident = new MockHttpSession();
        request(resident, "/feedback", null);
        clock.advance(Duration.ofHours(3));
        request(resident, "/feedback", null);
        assertThat(resident.isInvalid()).isFalse();
    }

    @Test
    void aTimeoutThatIsNotPositiveStopsTheStartWithAMessageSayingWhatToSet() {
        assertThatThrownBy(() -> new StaffIdleTimeout(clock, Duration.ZERO))
                .hasMessageContaining("portal.staff.idle-timeout");
    }

    private void request(HttpSession session, String path, String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setSession(session);
        request.setQueryString(query);
        idleTimeout.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static MockHttpSession staffSession() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        "test.children", "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + Roles.COMMISSIONER)))));
        return session;
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
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
