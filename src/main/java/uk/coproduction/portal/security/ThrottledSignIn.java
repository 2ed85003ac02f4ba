package uk.coproduction.portal.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

/**
 * Signing in with a username and password. A try that {@link SignInThrottle} says came too soon is refused without
 * looking the account up, but after the same password hashing a real check costs, so an unknown username, a wrong
 * password and a throttled try take about as long and get the same answer. A disabled account is told apart only
 * after its password is checked, for the same reason.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInAttempts attempts;
    private final PasswordEncoder passwordEncoder;
    private final String hashOfNothing;

    ThrottledSignIn(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            SignInAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        UserDetailsChecker statusChecks = new AccountStatusUserDetailsChecker();
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(statusChecks);
        this.throttle = throttle;
        this.attempts = attempts;
        this.passwordEncoder = passwordEncoder;
        this.hashOfNothing = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String client = SignInAttempts.clientOf(authentication);
        String username = authentication.getName();
        if (!throttle.mayTry(client, username)) {
            Object presented = authentication.getCredentials();
            passwordEncoder.matches(presented == null ? "" : presented.toString(), hashOfNothing);
            attempts.throttled(client, username);
            throw new SignInThrottledException();
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
