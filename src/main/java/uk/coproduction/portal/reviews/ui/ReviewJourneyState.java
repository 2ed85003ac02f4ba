package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.server.VaadinSession;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.reviews.ResponseAnswers;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One person's answers to a review while they go through it, kept in their session (one per review link), so Back,
 * Skip and Continue never lose anything. The submission key is chosen once, so sending twice keeps one entry.
 */
final class ReviewJourneyState {

    private static final String PREFIX = "review-journey:";

    final String submissionKey = UUID.randomUUID().toString();
    final Map<Long, RatingAnswer> charterRatings = new HashMap<>();
    final Map<Long, String> charterWords = new HashMap<>();
    final Map<Long, ResponseAnswers.QuestionAnswer> answers = new HashMap<>();
    String comment;
    String referenceCode;
    String proofSecret;

    static ReviewJourneyState of(String token) {
        VaadinSession session = VaadinSession.getCurrent();
        ReviewJourneyState state = (ReviewJourneyState) session.getAttribute(PREFIX + token);
        if (state == null) {
            state = new ReviewJourneyState();
            session.setAttribute(PREFIX + token, state);
        }
        return state;
    }

    /** After sending, a new visit to the link starts afresh (someone else on a shared tablet). */
    static void forget(String token) {
        VaadinSession.getCurrent().setAttribute(PREFIX + token, null);
    }

    boolean sent() {
        return referenceCode != null;
    }
}
