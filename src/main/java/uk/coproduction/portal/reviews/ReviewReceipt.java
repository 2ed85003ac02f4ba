package uk.coproduction.portal.reviews;

/** What the person leaves with: the reference code, and the private code when they are given one (else null). */
public record ReviewReceipt(String referenceCode, String proofSecret) {}
