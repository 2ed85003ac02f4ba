package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a commissioner narrows their inbox to. Every part is optional: null (or empty) means "any".
 *
 * @param expectationId with {@code ratings}: feedback that answered that charter question so ("Listen…: Bad");
 *                      alone: feedback that answered it at all
 * @param ratings       answers to look for (under {@code expectationId}, or under any question when that is null)
 * @param from          received on or after this UK day
 * @param to            received on or before this UK day
 * @param words         every word must appear in the person's words (comment, change wanted, "tell us more")
 * @param overdueOnly   only items past their reply-by date with no reply sent and not closed
 * @param mineOnly      only items the signed-in commissioner owns
 */
public record InboxFilter(
        Long serviceId,
        Long areaId,
        RespondentGroup group,
        Channel channel,
        Long expectationId,
        Set<RatingAnswer> ratings,
        Set<FeedbackStatus> statuses,
        Long themeId,
        LocalDate from,
        LocalDate to,
        String words,
        boolean overdueOnly,
        boolean mineOnly) {

    public static final InboxFilter NONE =
            new InboxFilter(null, null, null, null, null, Set.of(), Set.of(), null, null, null, null, false, false);

    public InboxFilter {
        ratings = ratings == null ? Set.of() : Set.copyOf(ratings);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static InboxFilter statuses(Set<FeedbackStatus> statuses) {
        return new InboxFilter(null, null, null, null, null, Set.of(), statuses, null, null, null, null, false, false);
    }
}
