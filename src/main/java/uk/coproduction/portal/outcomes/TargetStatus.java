package uk.coproduction.portal.outcomes;

/** Whether an indicator's latest value meets its target, said in words on every page (never by colour alone). */
public enum TargetStatus {
    MET,
    NOT_MET,
    NO_VALUE_YET,
    NO_TARGET
}
