package uk.coproduction.portal.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A try refused unchecked because it came too soon after wrong passwords from the same client address. It is a
 * {@link BadCredentialsException} so that the person sees exactly what a wrong password shows (decision 0018).
 */
class SignInThrottledException extends BadCredentialsException {

    SignInThrottledException() {
        super("Bad credentials");
    }
}
