package uk.coproduction.portal.feedback;

/**
 * What the person gets back after sending: the code to keep and, when they gave no e-mail or phone number, the
 * private code ({@link ProofSecret}) that opens their record on "my data" with it. The secret is in this receipt
 * only: it is shown once and never stored in the clear.
 *
 * @param secret null when the person gave an e-mail address or phone number, or when it was shown before
 */
public record SubmissionReceipt(String referenceCode, String secret) {

    public SubmissionReceipt(String referenceCode) {
        this(referenceCode, null);
    }
}
