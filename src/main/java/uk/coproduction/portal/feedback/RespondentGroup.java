package uk.coproduction.portal.feedback;

/** Who is giving the feedback. Later issues add advocates, frontline workers and providers. */
public enum RespondentGroup {
    YOUNG_PERSON, PARENT_CARER, LDA_ADULT, SOMEONE_ELSE
}
