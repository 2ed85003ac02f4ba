package uk.coproduction.portal.feedback;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.security.Roles;

import java.util.List;
import java.util.function.Supplier;

/** Publishes a quote the only way there is: one commissioner proposes it, a second approves it. For tests. */
@Component
public class QuotePublishing {

    private final ModerationService moderation;

    QuotePublishing(ModerationService moderation) {
        this.moderation = moderation;
    }

    public Moderation publish(long feedbackId, String words, String proposer, String approver) {
        as(proposer, () -> moderation.proposeQuote(feedbackId, words));
        return as(approver, () -> moderation.approveQuote(feedbackId));
    }

    /** Runs the work signed in as the commissioner, then puts back whoever was signed in. */
    public static <T> T as(String commissioner, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                commissioner, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + Roles.COMMISSIONER))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
