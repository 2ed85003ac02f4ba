package uk.coproduction.portal.services;

/** Where a service is in the commissioning cycle: analyse, plan, do, review. */
public enum CycleStage {
    ANALYSE,
    PLAN,
    DO,
    REVIEW
}
