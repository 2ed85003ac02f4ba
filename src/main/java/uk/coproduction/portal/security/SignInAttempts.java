package uk.coproduction.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.mail.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What happens after each sign-in attempt with a password: the throttle counts wrong ones per client address and
 * username, the account's owner is told of repeated wrong passwords (by e-mail through the outbox, at most once per
 * {@code portal.login.alert-every}, and on the staff home after their next sign-in), and the audit log gets a line.
 * Nothing here ever refuses the right password (decision 0018).
 */
@Component
public class SignInAttempts {

    static final String UNKNOWN_USERNAME = "sign_in";
    /** Who tried, in the audit log, when the username typed is nobody's (and so is not kept). */
    static final String UNKNOWN_ACTOR = "unknown-username";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final StaffAccountRepository accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;
    private final int tellOwnerAfter;
    private final Duration alertEvery;
    private final String publicUrl;

    SignInAttempts(
            StaffAccountRepository accounts,
            SignInThrottle throttle,
            AuditLog audit,
            Outbox outbox,
            Clock clock,
            @Value("${portal.login.tell-owner-after:5}") int tellOwnerAfter,
            @Value("${portal.login.alert-every:1h}") Duration alertEvery,
            @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        if (tellOwnerAfter < 1 || !alertEvery.isPositive()) {
            throw new IllegalArgumentException(
                    "portal.login.tell-owner-after must be at least 1 and" + " portal.login.alert-every positive");
        }
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.tellOwnerAfter = tellOwnerAfter;
        this.alertEvery = alertEvery;
        this.publicUrl = publicUrl;
    }

    /** Wrong passwords the owner should hear about after signing in, and when the last one was. */
    public record FailedSignIns(int count, @Nullable Instant lastAt) {}

    /**
     * The wrong passwords for the signed-in member of staff's account before their latest sign-in, when there were
     * {@code portal.login.tell-owner-after} or more of them (a typo or two is not worth a warning).
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<FailedSignIns> beforeMyLatestSignIn(String username) {
        return accounts.findByUsername(username)
                .filter(account -> account.getFailuresBeforeSignIn() >= tellOwnerAfter)
                .map(account ->
                        new FailedSignIns(account.getFailuresBeforeSignIn(), account.getLastFailureBeforeSignIn()));
    }

    @EventListener
    @Transactional
    public void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getException() instanceof SignInThrottledException) {
            return; // refused unchecked (ThrottledSignIn) and already recorded there
        }
        String client = clientOf(event.getAuthentication());
        String username = event.getAuthentication().getName();
        throttle.wrongPassword(client, username);
        Instant now = clock.instant();
        Optional<StaffAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            // The typed name is not kept: people sometimes type their password into the username field.
            audit.recordAs(
                    UNKNOWN_ACTOR,
                    "sign-in.failed",
                    UNKNOWN_USERNAME,
                    null,
                    "Unknown username (" + (username == null ? 0 : username.length()) + " characters, not kept) from "
                            + client);
            return;
        }
        StaffAccount account = found.get();
        account.recordFailedSignIn(now);
        audit.recordAs(
                account.getUsername(),
                "sign-in.failed",
                "staff_account",
                account.getId(),
                "Wrong password for " + account.getUsername() + " from " + client + " (" + account.getFailedSignIns()
                        + " since the last sign-in)");
        if (account.shouldAlertOwner(now, tellOwnerAfter, alertEvery)) {
            outbox.queueSignInAlert(
                    account.getEmail(),
                    "Wrong passwords for your Coproduction Portal account",
                    "Someone has tried to sign in to your Coproduction Portal account (" + account.getUsername()
                            + ") with a wrong password " + account.getFailedSignIns() + " times since you last signed"
                            + " in, most recently on " + WHEN.format(now) + ".\n\n"
                            + "If this was you, there is nothing to do. If it was not, your account is not locked and"
                            + " your password was not given away, but tell your administrator, and make sure your"
                            + " password is long and used nowhere else.\n\nSign in: " + publicUrl + "/login\n");
            account.ownerAlerted(now);
            audit.recordAs(
                    account.getUsername(), "sign-in.owner-alerted", "staff_account", account.getId(), "E-mail queued");
        }
    }

    @EventListener
    @Transactional
    public void onSignedIn(AuthenticationSuccessEvent event) {
        String client = clientOf(event.getAuthentication());
        String username = event.getAuthentication().getName();
        throttle.signedIn(client, username);
        accounts.findByUsername(username).ifPresent(account -> account.recordSuccessfulSignIn(clock.instant()));
    }

    /** Signing in through a page (not each call of the figures API, which authenticates every request). */
    @EventListener
    @Transactional
    public void onSignedInThroughAPage(InteractiveAuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> audit.recordAs(
                        account.getUsername(),
                        "sign-in.succeeded",
                        "staff_account",
                        account.getId(),
                        "From " + clientOf(event.getAuthentication())));
    }

    /** A sign-in refused for another reason than a wrong password (a disabled account, single sign-on refusing). */
    @EventListener
    @Transactional
    public void onRefused(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return; // onWrongPassword
        }
        String username = event.getAuthentication().getName();
        Optional<StaffAccount> account = accounts.findByUsername(username);
        audit.recordAs(
                account.map(StaffAccount::getUsername).orElse(UNKNOWN_ACTOR),
                "sign-in.refused",
                account.isPresent() ? "staff_account" : UNKNOWN_USERNAME,
                account.map(StaffAccount::getId).orElse(null),
                event.getException().getClass().getSimpleName() + " from " + clientOf(event.getAuthentication()));
    }

    /** Signing out (the sign-out button, or an administrator's change that ends the session through it). */
    @EventListener
    @Transactional
    public void onSignedOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(
                username,
                "sign-out",
                "staff_account",
                accounts.findByUsername(username).map(StaffAccount::getId).orElse(null),
                "From " + clientOf(event.getAuthentication()));
    }

    /**
     * A staff session ended: signed out (by the button, which may not go through the sign-out filter), timed out
     * (portal.staff.idle-timeout or the container's) or ended by an administrator's change to the account.
     */
    @EventListener
    @Transactional
    public void onSessionEnded(HttpSessionDestroyedEvent event) {
        for (SecurityContext context : event.getSecurityContexts()) {
            Authentication who = context.getAuthentication();
            if (who != null && who.isAuthenticated()) {
                audit.recordAs(
                        who.getName(),
                        "session.ended",
                        "staff_account",
                        accounts.findByUsername(who.getName())
                                .map(StaffAccount::getId)
                                .orElse(null),
                        "Signed out, timed out or ended by an administrator");
            }
        }
    }

    /** Called for a try that came too soon: it is refused unchecked, and the audit log says so. */
    @Transactional
    void throttled(String client, String username) {
        Optional<Long> id = accounts.findByUsername(username).map(StaffAccount::getId);
        audit.recordAs(
                id.isPresent() ? username : UNKNOWN_ACTOR,
                "sign-in.throttled",
                id.isPresent() ? "staff_account" : UNKNOWN_USERNAME,
                id.orElse(null),
                "Refused unchecked: too many wrong passwords from " + client);
    }

    static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
    }
}
