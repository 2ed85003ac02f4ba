package uk.coproduction.portal.base;

import java.util.List;

/**
 * Input the portal cannot accept. Each problem names the field and a translation key that tells the person
 * how to put it right; views show them beside the field and in an error summary.
 */
public class InvalidInputException extends RuntimeException {

    public record Problem(String field, String messageKey) {}

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    /** One problem: the field it is about and the message that says how to put it right. */
    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(List.of(new Problem(field, messageKey)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
