package uk.coproduction.portal.feedback;

/** Where a piece of feedback is on its way from a voice to a change, in order. */
public enum FeedbackStatus {
    NEW,
    READ,
    LINKED,
    REPLIED,
    CHANGE_PLANNED,
    CHANGE_MADE,
    CLOSED;

    boolean isBefore(FeedbackStatus other) {
        return ordinal() < other.ordinal();
    }

    /** True when this status is the given step or a later one. */
    public boolean hasReached(FeedbackStatus step) {
        return ordinal() >= step.ordinal();
    }
}
