package uk.coproduction.portal.safeguarding;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.SafeguardingSource;

import java.time.Instant;
import java.util.List;

/**
 * A flagged item as a safeguarding lead sees it: everything the person said and how to reach them.
 *
 * @param acknowledgeBy when it must be acknowledged by
 * @param matchedWords  for {@code KEYWORD}: the phrase their words matched
 * @param flaggedBy     for {@code STAFF}: who flagged it
 * @param flagReason    for {@code STAFF}: why
 * @param escalated     not acknowledged in time, so it went to the second contact
 */
public record SafeguardingCase(
        long id,
        String referenceCode,
        Instant receivedAt,
        @Nullable SafeguardingSource source,
        RespondentGroup respondentGroup,
        @Nullable String words,
        ContactRequest contact,
        Instant acknowledgeBy,
        boolean acknowledged,
        boolean stillFlagged,
        List<Entry> history,
        @Nullable String matchedWords,
        @Nullable String flaggedBy,
        @Nullable String flagReason,
        boolean escalated) {

    public record Entry(
            SafeguardingActionKind kind, @Nullable String note, String by, Instant at) {}

    /** Not acknowledged, and past the time it should have been. */
    public boolean overdue(Instant now) {
        return !acknowledged && now.isAfter(acknowledgeBy);
    }
}
