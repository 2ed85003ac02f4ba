package uk.coproduction.portal.feedback;

/**
 * Whose words a quote is. An advocate's summary is never shown as the person's own words ("In your words"): it is
 * labelled as what an advocate told us (docs/decisions/0021).
 */
public enum QuoteWords {
    PERSON,
    ADVOCATE_SUMMARY
}
