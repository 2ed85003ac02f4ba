package uk.coproduction.portal.feedback;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CommissionedService;

/**
 * Which feedback a commissioner may work on: their team's services and feedback whose service is not known yet,
 * never anything flagged for safeguarding. Application services call it inside their own security boundary.
 */
@Component
public class FeedbackScope {

    private final FeedbackRepository feedback;

    FeedbackScope(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    /**
     * @throws IllegalArgumentException when there is no such feedback outside safeguarding
     * @throws AccessDeniedException    when it is about another team's service
     */
    public Feedback require(long feedbackId, StaffIdentity me) {
        Feedback item = feedback.findById(feedbackId)
                .filter(f -> !f.isSafeguardingFlag())
                .orElseThrow(() -> new IllegalArgumentException("No feedback " + feedbackId + " outside safeguarding"));
        CommissionedService service = item.getService();
        if (service != null && service.getTeam() != me.team()) {
            throw new AccessDeniedException("Feedback " + feedbackId + " is outside your team's services");
        }
        return item;
    }
}
