package uk.coproduction.portal.services;

/** The commissioning team a service belongs to; commissioners see feedback for their own team's services. */
public enum Team {
    /** Children, young people and SEND. */
    CHILDRENS,
    /** Learning disability and autism. */
    LDA
}
