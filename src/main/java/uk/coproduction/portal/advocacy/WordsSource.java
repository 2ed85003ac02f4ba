package uk.coproduction.portal.advocacy;

/** Whose words a text is: commissioners weigh the person's own words differently from an advocate's summary. */
public enum WordsSource {
    OWN_WORDS,
    ADVOCATE_SUMMARY
}
