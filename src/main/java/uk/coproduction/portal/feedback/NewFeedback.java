package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.services.Area;
import uk.coproduction.portal.services.CommissionedService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Feedback arriving through one channel, checked by that channel and ready for {@link FeedbackIntake}. Each channel
 * has its own record; what differs between channels (who it is stored as sent by, whether a reply is due, whether
 * the person gets a private code, what is audited) is said by the record, so the intake has no branch on a channel.
 */
public sealed interface NewFeedback {

    /** The sender's idempotency key (a UUID), or null when the channel has none. */
    String submissionKey();

    CommissionedService service();

    Area area();

    RespondentGroup respondentGroup();

    AgeBand ageBand();

    Channel channel();

    String comment();

    Map<Long, RatingAnswer> ratings();

    /** Who the first status change names: a username, or what the person is ("resident"). */
    String submittedBy();

    /** What the journey asked beyond the ratings; null when there was no journey (demo entries). */
    Journey journey();

    /** When the voice was given; null when it is given as it arrives. */
    default Instant givenAt() {
        return null;
    }

    /** When it reached the portal; null for now. */
    default Instant receivedAt() {
        return null;
    }

    /** The person asked us to tell someone: it goes only to the safeguarding queue. */
    default boolean personAskedForHelp() {
        return false;
    }

    /** Whether a reply-by date is set (a safety message is the leads' to act on, not a reply to schedule). */
    default boolean replyDue() {
        return true;
    }

    /** Whether the words are read against the safeguarding rule set on arrival. */
    default boolean readForDisclosures() {
        return true;
    }

    /** How the page saw the journey made, to hold what looks automated for review; null when not judged. */
    default Pace pace() {
        return null;
    }

    /** The campaign link it came through (decision 0027), or null. */
    default Long campaignId() {
        return null;
    }

    /** Whether the person leaves with a private code besides the reference code (decision 0017). */
    default boolean proofSecret() {
        return false;
    }

    /** The audit line written for the item, or null when the channel writes none for it. */
    default Audited audited() {
        return null;
    }

    /**
     * Words the person wrote that the channel keeps beside the item rather than on it (a review's own questions,
     * decision 0047): read against the safeguarding rules with the item's own words.
     */
    default List<String> otherWords() {
        return List.of();
    }

    /** The journey's own answers: comments per question, the change wanted, the words asked in, how to reply. */
    record Journey(
            Map<Long, String> answerComments,
            String changeWanted,
            Wording wording,
            String language,
            ContactRequest contact) {

        /** Asked in the group's ordinary words, in English, with no way back to the person. */
        static Journey plain(RespondentGroup group) {
            return new Journey(Map.of(), null, Wording.of(group, false), "en-GB", ContactRequest.NONE);
        }
    }

    /** What the page saw of how the journey was made, and how fast a person could possibly have made it. */
    record Pace(JourneySignals signals, Duration fastestByAPerson) {}

    /** An audit line about the stored item: its details are the reference code followed by {@code afterCode}. */
    record Audited(String action, String afterCode) {}

    /** A resident's online journey. */
    record Online(
            String submissionKey,
            CommissionedService service,
            Area area,
            RespondentGroup respondentGroup,
            AgeBand ageBand,
            String comment,
            Map<Long, RatingAnswer> ratings,
            Journey journey,
            Pace pace)
            implements NewFeedback {

        @Override
        public Channel channel() {
            return Channel.ONLINE;
        }

        @Override
        public String submittedBy() {
            return RESIDENT;
        }

        @Override
        public boolean proofSecret() {
            return true;
        }
    }

    /** "I don't feel safe": flagged from the start, about no service, with no reply date. */
    record TellSomeone(String submissionKey, RespondentGroup respondentGroup, String comment, Journey journey)
            implements NewFeedback {

        @Override
        public CommissionedService service() {
            return null;
        }

        @Override
        public Area area() {
            return null;
        }

        @Override
        public AgeBand ageBand() {
            return null;
        }

        @Override
        public Map<Long, RatingAnswer> ratings() {
            return Map.of();
        }

        @Override
        public Channel channel() {
            return Channel.ONLINE;
        }

        @Override
        public String submittedBy() {
            return RESIDENT;
        }

        @Override
        public boolean personAskedForHelp() {
            return true;
        }

        @Override
        public boolean replyDue() {
            return false;
        }

        @Override
        public boolean proofSecret() {
            return true;
        }
    }

    /** An advocate's sending of a person's views on their behalf. */
    record OnBehalf(
            String submissionKey,
            CommissionedService service,
            Area area,
            RespondentGroup respondentGroup,
            AgeBand ageBand,
            String comment,
            Map<Long, RatingAnswer> ratings,
            String submittedBy,
            Journey journey,
            Audited audited)
            implements NewFeedback {

        @Override
        public Channel channel() {
            return Channel.ADVOCATE;
        }
    }

    /** One person's answers typed in after an event: given on the event's day, received now. */
    record AtEvent(
            String submissionKey,
            CommissionedService service,
            RespondentGroup respondentGroup,
            AgeBand ageBand,
            String comment,
            Map<Long, RatingAnswer> ratings,
            Instant givenAt,
            String submittedBy)
            implements NewFeedback {

        @Override
        public Area area() {
            return null;
        }

        @Override
        public Channel channel() {
            return Channel.EVENT;
        }

        @Override
        public Journey journey() {
            return Journey.plain(respondentGroup);
        }
    }

    /** A frontline worker's view of their own service, sent without an account. */
    record FrontlineView(
            String submissionKey,
            CommissionedService service,
            String comment,
            Map<Long, RatingAnswer> ratings,
            Pace pace,
            Long campaignId)
            implements NewFeedback {

        @Override
        public Area area() {
            return null;
        }

        @Override
        public RespondentGroup respondentGroup() {
            return RespondentGroup.FRONTLINE_WORKER;
        }

        @Override
        public AgeBand ageBand() {
            return null;
        }

        @Override
        public Channel channel() {
            return Channel.STAFF;
        }

        @Override
        public String submittedBy() {
            return "frontline worker";
        }

        @Override
        public Journey journey() {
            return Journey.plain(RespondentGroup.FRONTLINE_WORKER);
        }
    }

    /**
     * One good row of a CSV import (a paper form, a phone call typed up): given on the day the row says, received
     * now. Taken in batches through {@link FeedbackIntake#takeAll}.
     */
    record Imported(
            CommissionedService service,
            Area area,
            RespondentGroup respondentGroup,
            AgeBand ageBand,
            Channel channel,
            String comment,
            Map<Long, RatingAnswer> ratings,
            String changeWanted,
            Instant givenAt,
            String submittedBy)
            implements NewFeedback {

        @Override
        public String submissionKey() {
            return null;
        }

        @Override
        public Journey journey() {
            return new Journey(
                    Map.of(), changeWanted, Wording.of(respondentGroup, false), "en-GB", ContactRequest.NONE);
        }
    }

    /**
     * A made-up entry for the demo database, given and received at the same moment in the past. Its words are
     * written by us and not read for disclosures, so the demo's safeguarding queue holds only what is put there.
     */
    record Demo(
            CommissionedService service,
            Area area,
            RespondentGroup respondentGroup,
            AgeBand ageBand,
            String comment,
            Map<Long, RatingAnswer> ratings,
            Instant givenAt)
            implements NewFeedback {

        @Override
        public String submissionKey() {
            return null;
        }

        @Override
        public Channel channel() {
            return Channel.ONLINE;
        }

        @Override
        public String submittedBy() {
            return RESIDENT;
        }

        @Override
        public Journey journey() {
            return null;
        }

        @Override
        public Instant receivedAt() {
            return givenAt;
        }

        @Override
        public boolean readForDisclosures() {
            return false;
        }
    }

    /**
     * Answers to a review of a service (decision 0047): the charter answers become the item; the answers to the
     * review's own questions are kept by the review and read for disclosures here ({@code otherWords}). A person's
     * own answers come online and leave with a private code; an advocate's or partner's come with an audit line.
     */
    record InReview(
            String submissionKey,
            CommissionedService service,
            RespondentGroup respondentGroup,
            Channel channel,
            String comment,
            Map<Long, RatingAnswer> ratings,
            String submittedBy,
            Journey journey,
            List<String> otherWords,
            boolean proofSecret,
            Audited audited)
            implements NewFeedback {

        public InReview {
            otherWords = otherWords == null ? List.of() : List.copyOf(otherWords);
        }

        @Override
        public Area area() {
            return null;
        }

        @Override
        public AgeBand ageBand() {
            return null;
        }
    }

    /** Who the first status change names for what a member of the public sent. */
    String RESIDENT = "resident";
}
