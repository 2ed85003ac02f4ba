package uk.coproduction.portal.advocacy;

/** How the advocate found out the person's views; one or more. */
public enum GatheringMethod {
    CONVERSATION,
    /** Pictures, symbols or Talking Mats. */
    PICTURES,
    OBSERVATION,
    COMMUNICATION_AID
}
