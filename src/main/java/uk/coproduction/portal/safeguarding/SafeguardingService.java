package uk.coproduction.portal.safeguarding;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.WordsBesideTheItem;
import uk.coproduction.portal.security.StaffDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The safeguarding queue, for safeguarding leads only: every flagged item, what was done and when. Nothing here
 * is ever edited; each step is added with who and when.
 */
@Service
@PreAuthorize(Access.SAFEGUARDING_LEAD)
public class SafeguardingService {

    private static final int MAX_NOTE = 5000;

    private final FeedbackItems feedback;
    private final SafeguardingActionRepository actions;
    private final StaffDirectory staff;
    private final Clock clock;
    private final AcknowledgeTimes times;
    private final AuditLog audit;
    private final ObjectProvider<WordsBesideTheItem> wordsBeside;

    SafeguardingService(
            AuditLog audit,
            FeedbackItems feedback,
            SafeguardingActionRepository actions,
            StaffDirectory staff,
            Clock clock,
            AcknowledgeTimes times,
            ObjectProvider<WordsBesideTheItem> wordsBeside) {
        this.audit = audit;
        this.wordsBeside = wordsBeside;
        this.feedback = feedback;
        this.actions = actions;
        this.staff = staff;
        this.clock = clock;
        this.times = times;
    }

    /** Everything flagged: not yet acknowledged first (oldest first, as they are most urgent), then the rest. */
    @Transactional(readOnly = true)
    public List<SafeguardingCase> queue() {
        List<Feedback> flagged = feedback.flaggedNewestFirst();
        Map<Long, List<SafeguardingAction>> taken =
                actions.findByFeedbackIdIn(flagged.stream().map(Feedback::getId).toList()).stream()
                        .collect(Collectors.groupingBy(SafeguardingAction::getFeedbackId));
        return flagged.stream()
                .map(f -> toCase(f, taken.getOrDefault(f.getId(), List.of())))
                .sorted(Comparator.comparing(SafeguardingCase::acknowledged)
                        .thenComparing((a, b) -> a.acknowledged()
                                ? b.receivedAt().compareTo(a.receivedAt())
                                : a.receivedAt().compareTo(b.receivedAt())))
                .toList();
    }

    @Transactional
    public SafeguardingCase open(long id) {
        audit.record("safeguarding.opened", "feedback", id, null);
        return toCase(flagged(id), actions.findByFeedbackIdOrderByTakenAtAscIdAsc(id));
    }

    /** "I have seen this and I am dealing with it." */
    @Transactional
    public SafeguardingCase acknowledge(long id) {
        Feedback item = flagged(id);
        audit.record("safeguarding.acknowledged", "feedback", id, null);
        return toCase(item, acknowledged(id));
    }

    /** Records what was done: a referral to the children's or adults' front door, the police, or no action (why). */
    @Transactional
    public SafeguardingCase record(long id, SafeguardingActionKind kind, @Nullable String note) {
        if (!SafeguardingActionKind.OUTCOMES.contains(kind)) {
            throw InvalidInputException.of("kind", "safeguarding.error.choose-action");
        }
        Feedback item = flagged(id);
        String text = checkedNote(note, kind.needsReason());
        List<SafeguardingAction> history = acknowledged(id);
        history.add(add(id, kind, text));
        audit.record("safeguarding.action-recorded", "feedback", id, kind.name());
        return toCase(item, history);
    }

    /** Not a safeguarding concern: back to the commissioners' inbox, with the reason kept here. */
    @Transactional
    public SafeguardingCase returnToTriage(long id, String reason) {
        Feedback item = flagged(id);
        String text = checkedNote(reason, true);
        List<SafeguardingAction> history = acknowledged(id);
        history.add(add(id, SafeguardingActionKind.RETURNED_TO_TRIAGE, text));
        item.returnFromSafeguarding();
        audit.record("safeguarding.returned-to-triage", "feedback", id, null);
        return toCase(item, history);
    }

    private Feedback flagged(long id) {
        return feedback.byId(id)
                .filter(Feedback::isSafeguardingFlag)
                .orElseThrow(() -> new IllegalArgumentException("No flagged item " + id));
    }

    /** The item's history, with an acknowledgement added first if there was none: acting on it acknowledges it. */
    private List<SafeguardingAction> acknowledged(long id) {
        List<SafeguardingAction> history = new ArrayList<>(actions.findByFeedbackIdOrderByTakenAtAscIdAsc(id));
        if (history.stream().noneMatch(a -> a.getKind() == SafeguardingActionKind.ACKNOWLEDGED)) {
            history.add(add(id, SafeguardingActionKind.ACKNOWLEDGED, null));
        }
        return history;
    }

    private SafeguardingAction add(long id, SafeguardingActionKind kind, @Nullable String note) {
        return actions.save(new SafeguardingAction(
                id, kind, note, staff.requireCurrentStaff().username(), clock.instant()));
    }

    private static @Nullable String checkedNote(@Nullable String note, boolean required) {
        String text = note == null ? null : note.strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (required && text == null) {
            throw InvalidInputException.of("note", "safeguarding.error.reason-needed");
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "safeguarding.error.note-too-long");
        }
        return text;
    }

    /** How many flagged items nobody has acknowledged yet: the lead's "N new safeguarding concerns". */
    @Transactional(readOnly = true)
    public long waitingCount() {
        return queue().stream()
                .filter(c -> c.stillFlagged() && !c.acknowledged())
                .count();
    }

    private SafeguardingCase toCase(Feedback item, List<SafeguardingAction> history) {
        boolean acknowledged = history.stream().anyMatch(a -> a.getKind() == SafeguardingActionKind.ACKNOWLEDGED);
        boolean escalated = history.stream().anyMatch(a -> a.getKind() == SafeguardingActionKind.ESCALATED);
        // Everything the person said, including what another feature keeps beside the item (a review's answers).
        List<String> words = new ArrayList<>(item.personsWords());
        wordsBeside.orderedStream().forEach(beside -> words.addAll(beside.wordsBeside(item.getId())));
        return new SafeguardingCase(
                item.getId(),
                item.getReferenceCode(),
                item.getSubmittedAt(),
                item.getSafeguardingSource(),
                item.getRespondentGroup(),
                words.isEmpty() ? null : String.join("\n\n", words),
                item.getContact(),
                times.acknowledgeBy(item.getSafeguardingSource(), item.getSafeguardingFlaggedAt()),
                acknowledged,
                item.isSafeguardingFlag(),
                history.stream()
                        .map(a -> new SafeguardingCase.Entry(a.getKind(), a.getNote(), a.getTakenBy(), a.getTakenAt()))
                        .toList(),
                item.getSafeguardingMatched(),
                item.getSafeguardingFlaggedBy(),
                item.getSafeguardingReason(),
                escalated);
    }

    /** Now, for "overdue". */
    public Instant now() {
        return clock.instant();
    }
}
