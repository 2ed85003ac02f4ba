package uk.coproduction.portal.safeguarding;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.FeedbackScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A commissioner reading an item thinks someone may be at risk: they flag it, saying why. It leaves every
 * ordinary view at once (theirs too) for the safeguarding queue, with who flagged it and why.
 */
@Service
public class SafeguardingFlags {

    private final FeedbackScope scope;
    private final StaffDirectory staff;
    private final Clock clock;
    private final AuditLog audit;
    private final FeedbackItems feedback;

    SafeguardingFlags(FeedbackScope scope, StaffDirectory staff, Clock clock, AuditLog audit, FeedbackItems feedback) {
        this.feedback = feedback;
        this.audit = audit;
        this.scope = scope;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException when the reason is missing or too long (field {@code reason})
     * @throws IllegalArgumentException when the item is not one this commissioner can see
     */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public void flag(long feedbackId, String reason) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = scope.require(feedbackId, me);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String why = TextInput.within(reason, "reason", "safeguarding.flag.error.reason-too-long", problems);
        if (problems.isEmpty() && why == null) {
            problems.add(new InvalidInputException.Problem("reason", "safeguarding.flag.error.reason-needed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        item.flagForSafeguardingByStaff(me.username(), why, clock.instant());
        feedback.announce(item); // publishes SafeguardingConcernRaised: the leads are alerted now
        audit.record("safeguarding.flagged-by-staff", "feedback", feedbackId, null);
    }
}
