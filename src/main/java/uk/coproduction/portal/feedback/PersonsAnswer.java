package uk.coproduction.portal.feedback;

/** A person's one-tap answer about our reply: did it make sense, and did anything change for them. */
public enum PersonsAnswer {
    YES,
    NO,
    NOT_SURE
}
