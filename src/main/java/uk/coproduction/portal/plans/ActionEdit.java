package uk.coproduction.portal.plans;

/** What an administrator can change about a plan action. {@code progressNotes} may be empty. */
public record ActionEdit(String title, String owner, String timescale, ActionStatus status, String progressNotes) {}
