package uk.coproduction.portal.activities;

/**
 * What saving a quick entry did.
 *
 * @param saved        rows stored now, each as a feedback item
 * @param alreadySaved rows that had been stored by an earlier save (nothing new stored for them)
 * @param blank        rows left out because nothing was answered in them
 */
public record AnswersSaved(int saved, int alreadySaved, int blank) {}
