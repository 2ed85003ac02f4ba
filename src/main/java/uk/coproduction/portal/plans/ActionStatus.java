package uk.coproduction.portal.plans;

public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
