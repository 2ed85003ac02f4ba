package uk.coproduction.portal.feedback;

/**
 * An item has just been flagged for safeguarding (published when it is saved, inside the same transaction), so
 * the safeguarding leads can be alerted at once.
 */
public record SafeguardingConcernRaised(long feedbackId) {}
