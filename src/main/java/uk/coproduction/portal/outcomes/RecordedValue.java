package uk.coproduction.portal.outcomes;

/**
 * What recording a value did: the value saved and, when it was for a date that already had a value, the earlier
 * value it corrects (still in the history), so the page can say so instead of overwriting silently.
 */
public record RecordedValue(DatedValue saved, DatedValue replaced) {

    public boolean isCorrection() {
        return replaced != null;
    }
}
