package uk.coproduction.portal.feedback;

/** No journey has that return code (mistyped, or deleted after 30 days untouched). */
public class NoSuchDraftException extends RuntimeException {

    public NoSuchDraftException() {
        super("No draft with that return code");
    }
}
