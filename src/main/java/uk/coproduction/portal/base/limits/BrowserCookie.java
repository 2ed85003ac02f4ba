package uk.coproduction.portal.base.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The unit of the per-browser limits: a first-party, essential cookie holding a random number and its signature
 * (decision 0026, privacy notice "Cookies"). It says nothing about the person and is never used to follow anyone;
 * it only lets one browser's limit be told apart from its neighbours' behind the same address. HttpOnly, SameSite=Lax,
 * Secure when the page came over HTTPS, kept for 30 days.
 */
@Component
public class BrowserCookie extends OncePerRequestFilter {

    public static final String NAME = "portal_browser";
    static final String REQUEST_ATTRIBUTE = BrowserCookie.class.getName();
    private static final Duration KEPT = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKey signingKey;

    BrowserCookie(SigningKey signingKey) {
        this.signingKey = signingKey;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> known = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Stream::of)
                .filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue)
                .map(this::verified)
                .flatMap(Optional::stream)
                .findFirst();
        String browser = known.orElseGet(() -> {
            byte[] id = new byte[16];
            RANDOM.nextBytes(id);
            String fresh = HexFormat.of().formatHex(id);
            Cookie cookie = new Cookie(NAME, fresh + "." + signingKey.sign("browser:" + fresh));
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setPath("/");
            cookie.setMaxAge((int) KEPT.toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return fresh;
        });
        request.setAttribute(REQUEST_ATTRIBUTE, browser);
        chain.doFilter(request, response);
    }

    /** The browser's number when the cookie is one we signed; a made-up or altered cookie counts as none. */
    Optional<String> verified(String value) {
        int dot = value.indexOf('.');
        if (dot != 32) {
            return Optional.empty();
        }
        String id = value.substring(0, dot);
        return signingKey.signed("browser:" + id, value.substring(dot + 1)) ? Optional.of(id) : Optional.empty();
    }
}
