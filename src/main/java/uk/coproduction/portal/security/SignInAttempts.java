package uk.coproduction.portal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/**
 * Counts wrong passwords in a row for each staff account and locks it after {@code portal.login.max-failures} of
 * them, for {@code portal.login.lock-for}. Unknown usernames are not recorded (there is nothing to lock).
 */
@Component
public class SignInAttempts {

    private final StaffAccountRepository accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    SignInAttempts(StaffAccountRepository accounts, Clock clock,
                   @Value("${portal.login.max-failures:5}") int maxFailures,
                   @Value("${portal.login.lock-for:15m}") Duration lockFor) {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("portal.login.max-failures must be at least 1 and portal.login.lock-for positive");
        }
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    /** How long an account stays locked, in whole minutes (at least one), for the sign-in page's message. */
    public long lockMinutes() {
        return Math.max(1, lockFor.toMinutes());
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> account.recordFailedSignIn(clock.instant(), maxFailures, lockFor));
    }

    @EventListener
    @Transactional
    public void onSignedIn(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .ifPresent(StaffAccount::recordSuccessfulSignIn);
    }
}
