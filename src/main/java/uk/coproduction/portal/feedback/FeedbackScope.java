package uk.coproduction.portal.feedback;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CommissionedService;

import java.util.Set;

/**
 * Which feedback a commissioner may work on: the services {@link ServiceScope} gives them (their team's services
 * that their organisation commissions, and their team's jointly commissioned ones) and feedback whose service is not
 * known yet, never anything flagged for safeguarding. Application services call it inside their own security boundary.
 */
@Component
public class FeedbackScope {

    private final FeedbackRepository feedback;
    private final ServiceScope services;

    FeedbackScope(FeedbackRepository feedback, ServiceScope services) {
        this.feedback = feedback;
        this.services = services;
    }

    /** The ids of the services whose feedback this commissioner may work on (empty for anyone else). */
    public Set<Long> serviceIds(StaffIdentity me) {
        return services.commissionedBy(me);
    }

    /**
     * @throws IllegalArgumentException when there is no such feedback outside safeguarding
     * @throws AccessDeniedException    when it is about a service outside their scope
     */
    public Feedback require(long feedbackId, StaffIdentity me) {
        Feedback item = feedback.findById(feedbackId)
                .filter(f -> !f.isSafeguardingFlag())
                .orElseThrow(() -> new IllegalArgumentException("No feedback " + feedbackId + " outside safeguarding"));
        CommissionedService service = item.getService();
        if (service != null && !ServiceScope.commissionerCovers(me, service)) {
            throw new AccessDeniedException("Feedback " + feedbackId + " is outside your services");
        }
        return item;
    }
}
