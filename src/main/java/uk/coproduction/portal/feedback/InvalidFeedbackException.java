package uk.coproduction.portal.feedback;

import java.util.List;

/**
 * Input the portal cannot accept. Each problem names the field and a translation key that tells the person
 * how to put it right; views show them beside the field and in an error summary.
 */
public class InvalidFeedbackException extends RuntimeException {

    public record Problem(String field, String messageKey) {
    }

    private final List<Problem> problems;

    public InvalidFeedbackException(List<Problem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
