package uk.coproduction.portal.feedback;

/** The journey was sent already; its answers can no longer change. */
public class DraftAlreadySentException extends RuntimeException {

    private final String referenceCode;

    public DraftAlreadySentException(String referenceCode) {
        super("This feedback was sent already");
        this.referenceCode = referenceCode;
    }

    public String referenceCode() {
        return referenceCode;
    }
}
