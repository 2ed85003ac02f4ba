package uk.coproduction.portal.plans;

/** A new action under an outcome: its number (e.g. "4.1.3"), what will be done, who owns it and by when. */
public record NewAction(String code, String title, String owner, String timescale) {}
