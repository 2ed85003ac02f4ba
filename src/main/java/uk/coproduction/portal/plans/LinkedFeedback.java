package uk.coproduction.portal.plans;

/** Feedback linked to a plan action, as offered when naming the feedback behind a change. */
public record LinkedFeedback(long id, String referenceCode, String status) {}
