package uk.coproduction.portal.outcomes;

import uk.coproduction.portal.reporting.SmallNumbers;

/**
 * What people said about one service over the filter's quarters, beside an indicator for it.
 *
 * @param items    pieces of feedback (never safeguarding-flagged ones), suppressed when 1 to 4
 * @param positive the share of answers to the charter questions that were positive (very good or good, of all
 *                 answers on the scale); hidden when fewer than 5 people or fewer than 5 answers lie behind it
 */
public record ServiceVoices(LinkedService service, SmallNumbers.Count items, SmallNumbers.Share positive) {}
