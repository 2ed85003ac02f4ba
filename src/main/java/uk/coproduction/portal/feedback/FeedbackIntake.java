package uk.coproduction.portal.feedback;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.calendar.WorkingDays;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The one way feedback comes into being (decision 0045). Every channel checks its own input, then hands its record
 * here: the intake makes the reference code, builds the item, runs the safeguarding rules, sets the reply-by date,
 * saves it (which alerts the leads when it is flagged) and writes its audit line.
 *
 * <p>It is not a door from a screen: the channel calling it is the security boundary and owns the transaction, so
 * the intake runs only inside one (an item saved half-way through a channel's work would otherwise outlive it).
 */
@Component
public class FeedbackIntake {

    private static final int CODE_ATTEMPTS = 20;

    private final FeedbackRepository feedback;
    private final Clock clock;
    private final WorkingDays workingDays;
    private final DisclosureCheck disclosures;
    private final HoldForReview holds;
    private final AuditLog audit;
    private final FeedbackBatchInsert batchInsert;

    FeedbackIntake(
            FeedbackRepository feedback,
            Clock clock,
            WorkingDays workingDays,
            DisclosureCheck disclosures,
            HoldForReview holds,
            AuditLog audit,
            FeedbackBatchInsert batchInsert) {
        this.feedback = feedback;
        this.batchInsert = batchInsert;
        this.clock = clock;
        this.workingDays = workingDays;
        this.disclosures = disclosures;
        this.holds = holds;
        this.audit = audit;
    }

    /** What was stored: the item, and the private code when the channel gives the person one (else null). */
    public record Taken(Feedback item, String proofSecret) {

        public long id() {
            return item.getId();
        }

        public String referenceCode() {
            return item.getReferenceCode();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Taken take(NewFeedback arrival) {
        Feedback entry = build(arrival, newReferenceCode(), clock.instant());
        String secret = arrival.proofSecret() ? entry.issueProofSecret() : null;
        Feedback saved = feedback.save(entry);
        NewFeedback.Audited audited = arrival.audited();
        if (audited != null) {
            audit.record(audited.action(), "feedback", saved.getId(), saved.getReferenceCode() + audited.afterCode());
        }
        return new Taken(saved, secret);
    }

    /**
     * Many imported rows at once, at database speed: built exactly as {@link #take} builds one, then written by
     * {@link FeedbackBatchInsert} (one multi-row insert per thousand). Returns the ids in the order of the rows.
     *
     * @param beforeEach called before each row is built; the import throws from it when the importer cancels
     * @param saved      told how many items are saved so far, after each group (may throw to cancel too)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> takeAll(List<NewFeedback.Imported> rows, Runnable beforeEach, IntConsumer saved) {
        List<String> codes = freeReferenceCodes(rows.size());
        Instant now = clock.instant();
        List<Feedback> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            beforeEach.run();
            items.add(build(rows.get(i), codes.get(i), now));
        }
        return batchInsert.insert(items, saved);
    }

    private Feedback build(NewFeedback arrival, String referenceCode, Instant now) {
        Instant received = arrival.receivedAt() == null ? now : arrival.receivedAt();
        Instant given = arrival.givenAt() == null ? received : arrival.givenAt();
        Feedback entry = new Feedback(
                referenceCode,
                arrival.submissionKey(),
                arrival.service(),
                arrival.area(),
                arrival.respondentGroup(),
                arrival.ageBand(),
                arrival.channel(),
                arrival.comment(),
                arrival.ratings(),
                given,
                received,
                arrival.submittedBy());
        NewFeedback.Journey journey = arrival.journey();
        if (journey != null) {
            entry.describeJourney(
                    journey.answerComments(),
                    journey.changeWanted(),
                    journey.wording(),
                    journey.language(),
                    journey.contact());
        }
        if (arrival.personAskedForHelp()) {
            entry.flagForSafeguarding(SafeguardingSource.PERSON);
        }
        if (arrival.replyDue()) {
            entry.scheduleReply(workingDays);
        }
        if (arrival.readForDisclosures()) {
            disclosures.check(entry, arrival.otherWords(), now);
        }
        NewFeedback.Pace pace = arrival.pace();
        if (pace != null) {
            holds.judge(entry, pace.signals() == null ? JourneySignals.NONE : pace.signals(), pace.fastestByAPerson());
        }
        if (arrival.campaignId() != null) {
            entry.cameThrough(arrival.campaignId());
        }
        return entry;
    }

    private String newReferenceCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = ReferenceCode.random();
            if (!feedback.existsByReferenceCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find a free reference code");
    }

    /** As many reference codes as rows, none of them already used, checked in one query per thousand. */
    private List<String> freeReferenceCodes(int count) {
        Set<String> codes = new LinkedHashSet<>();
        for (int attempt = 0; attempt < CODE_ATTEMPTS && codes.size() < count; attempt++) {
            // A set, not a list: looking a code up in a list of 10,000 candidates made this quadratic.
            Set<String> candidates = new LinkedHashSet<>();
            while (candidates.size() < count - codes.size()) {
                String code = ReferenceCode.random();
                if (!codes.contains(code)) {
                    candidates.add(code);
                }
            }
            candidates.removeAll(new HashSet<>(batchInsert.codesTaken(List.copyOf(candidates))));
            codes.addAll(candidates);
        }
        if (codes.size() < count) {
            throw new IllegalStateException("Could not find free reference codes");
        }
        return new ArrayList<>(codes);
    }
}
