package uk.coproduction.portal.feedback;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How other features reach feedback items they work on (decision 0045): the repository stays inside this package,
 * so every new item comes through {@link FeedbackIntake} and every query another feature relies on is named here.
 *
 * <p>Not a door from a screen: the calling service is the security boundary and its transaction is joined, so an
 * item it changes is saved when that transaction commits.
 */
@Component
public class FeedbackItems {

    private final FeedbackRepository feedback;

    FeedbackItems(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    public Optional<Feedback> byId(long id) {
        return feedback.findById(id);
    }

    /** The item with this reference code, as stored (upper case, with its dash). */
    public Optional<Feedback> byReferenceCode(String referenceCode) {
        return feedback.findByReferenceCode(referenceCode);
    }

    /** In no particular order; ids without an item are left out. */
    public List<Feedback> byIds(Collection<Long> ids) {
        return feedback.findAllById(ids);
    }

    /** What was sent with this submission key, if it was: a channel answers a repeated send with the first receipt. */
    public Optional<Feedback> bySubmissionKey(String submissionKey) {
        return feedback.findBySubmissionKey(submissionKey);
    }

    /** The safeguarding queue: everything flagged, newest first. */
    public List<Feedback> flaggedNewestFirst() {
        return feedback.findBySafeguardingFlagTrueOrderBySubmittedAtDesc();
    }

    /**
     * A change recorded on a plan action names these items as what led to it: each moves to "change made", as the
     * person sees when they track their code. Ids without an item are left out.
     */
    public void changeMade(Collection<Long> ids, String by, Instant at) {
        for (Feedback item : feedback.findAllById(ids)) {
            item.advanceTo(FeedbackStatus.CHANGE_MADE, by, at);
        }
    }

    /** Saves a changed item now, so what the change raises is published (a newly flagged item alerts the leads). */
    public void announce(Feedback item) {
        feedback.save(item);
    }
}
