package uk.coproduction.portal.feedback;

/** What the person gets back after sending: the code to keep. */
public record SubmissionReceipt(String referenceCode) {
}
