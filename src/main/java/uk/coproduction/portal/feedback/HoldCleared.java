package uk.coproduction.portal.feedback;

/**
 * A commissioner cleared feedback that was held for review (decision 0026): what waited with it (its equality
 * answers) may now count. Published inside the clearing transaction.
 */
public record HoldCleared(long feedbackId) {}
