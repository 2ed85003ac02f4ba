package uk.coproduction.portal.safeguarding;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.feedback.DisclosureTier;
import uk.coproduction.portal.security.StaffDirectory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Possible bursts in the safeguarding queue, for safeguarding leads: see them grouped, open each message, or clear
 * a whole burst in one action with a reason. Clearing deletes nothing: every message stays in the queue with the
 * outcome recorded in its history; messages whose words read as a disclosure are not cleared with the rest but
 * left waiting for the lead to handle one by one.
 */
@Service
@PreAuthorize(Access.SAFEGUARDING_LEAD)
public class SafetyBursts {

    private final JdbcTemplate jdbc;
    private final SafeguardingActionRepository actions;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Clock clock;

    SafetyBursts(
            JdbcTemplate jdbc,
            SafeguardingActionRepository actions,
            StaffDirectory staff,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every burst: those not cleared first (oldest first), then cleared ones (latest first). */
    @Transactional(readOnly = true)
    public List<SafetyBurst> bursts() {
        Map<Long, List<SafetyBurst.Message>> messages = new HashMap<>();
        jdbc.query(
                "SELECT a.burst_id, a.feedback_id, f.reference_code, a.arrived_at, a.disclosure_tier, a.matched,"
                        + " a.possibly_automated, f.safeguarding_flag FROM safety_arrival a JOIN feedback f"
                        + " ON f.id = a.feedback_id WHERE a.burst_id IS NOT NULL",
                rs -> {
                    messages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new SafetyBurst.Message(
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant(),
                                    rs.getString(5) == null ? null : DisclosureTier.valueOf(rs.getString(5)),
                                    rs.getString(6),
                                    rs.getBoolean(7),
                                    rs.getBoolean(8)));
                });
        List<SafetyBurst> bursts = jdbc.query(
                "SELECT id, source_kind, first_at, last_at, alerted_at, alerted_to,"
                        + " cleared_at, cleared_by, cleared_reason, cleared_outcome FROM safety_burst",
                (rs, n) -> new SafetyBurst(
                        rs.getLong(1),
                        SafetyBurst.Source.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        instant(rs.getTimestamp(5)),
                        rs.getString(6),
                        instant(rs.getTimestamp(7)),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        messages.getOrDefault(rs.getLong(1), List.of()).stream()
                                .sorted(DISCLOSURES_FIRST)
                                .toList()));
        return bursts.stream()
                .sorted(Comparator.comparing(SafetyBurst::cleared)
                        .thenComparing((a, b) -> a.cleared()
                                ? b.firstAt().compareTo(a.firstAt())
                                : a.firstAt().compareTo(b.firstAt())))
                .toList();
    }

    /** Disclosures, then possible concerns, then the rest; each in the order they came. */
    static final Comparator<SafetyBurst.Message> DISCLOSURES_FIRST = Comparator.comparing(
                    (SafetyBurst.Message m) -> m.tier() == null ? 2 : m.tier().ordinal())
            .thenComparing(SafetyBurst.Message::arrivedAt);

    /** What was noted on arrival about each flagged "I don't feel safe" message, by item id. */
    @Transactional(readOnly = true)
    public Map<Long, ArrivalMark> marks() {
        Map<Long, ArrivalMark> marks = new HashMap<>();
        jdbc.query(
                "SELECT a.feedback_id, a.burst_id, a.disclosure_tier, a.matched, a.possibly_automated"
                        + " FROM safety_arrival a JOIN feedback f ON f.id = a.feedback_id WHERE f.safeguarding_flag",
                rs -> {
                    long burst = rs.getLong(2);
                    marks.put(
                            rs.getLong(1),
                            new ArrivalMark(
                                    rs.wasNull() ? null : burst,
                                    rs.getString(3) == null ? null : DisclosureTier.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getBoolean(5)));
                });
        return marks;
    }

    /**
     * Clears a whole burst in one action: each message still in the queue is acknowledged and gets "cleared with
     * the burst" and the reason in its history, except those whose words read as a disclosure, which stay waiting.
     * Nothing is deleted. Audited.
     *
     * @throws InvalidInputException when the reason is missing or too long (field {@code reason}), or the burst
     *                                  was already cleared (field {@code burst})
     */
    @Transactional
    public SafetyBurst clear(long burstId, String reason) {
        SafetyBurst burst = bursts().stream()
                .filter(b -> b.id() == burstId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No burst " + burstId));
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String why = TextInput.within(reason, "reason", "safeguarding.burst.error.reason-too-long", problems);
        if (problems.isEmpty() && why == null) {
            problems.add(new InvalidInputException.Problem("reason", "safeguarding.burst.error.reason-needed"));
        }
        if (burst.cleared()) {
            problems.add(new InvalidInputException.Problem("burst", "safeguarding.burst.error.already-cleared"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String me = staff.requireCurrentStaff().username();
        Instant now = clock.instant();
        List<Long> ids = burst.messages().stream()
                .filter(SafetyBurst.Message::stillFlagged)
                .map(SafetyBurst.Message::feedbackId)
                .toList();
        Map<Long, List<SafeguardingAction>> history = actions.findByFeedbackIdIn(ids).stream()
                .collect(Collectors.groupingBy(SafeguardingAction::getFeedbackId));
        int cleared = 0;
        int leftForLead = 0;
        int alreadyDone = 0;
        for (SafetyBurst.Message message : burst.messages()) {
            if (!message.stillFlagged()) {
                continue;
            }
            List<SafeguardingAction> done = history.getOrDefault(message.feedbackId(), List.of());
            if (message.tier() == DisclosureTier.DISCLOSURE) {
                leftForLead++;
                continue;
            }
            if (done.stream().anyMatch(a -> SafeguardingActionKind.OUTCOMES.contains(a.getKind()))) {
                alreadyDone++;
                continue;
            }
            if (done.stream().noneMatch(a -> a.getKind() == SafeguardingActionKind.ACKNOWLEDGED)) {
                actions.save(new SafeguardingAction(
                        message.feedbackId(), SafeguardingActionKind.ACKNOWLEDGED, null, me, now));
            }
            actions.save(new SafeguardingAction(
                    message.feedbackId(),
                    SafeguardingActionKind.CLEARED_WITH_BURST,
                    "Cleared with possible burst " + burstId + ": " + why,
                    me,
                    now));
            cleared++;
        }
        String outcome = cleared + " cleared; " + leftForLead + " read as a disclosure and wait to be handled one by"
                + " one; " + alreadyDone + " already had an outcome. Nothing deleted.";
        jdbc.update(
                "UPDATE safety_burst SET cleared_at = ?, cleared_by = ?, cleared_reason = ?, cleared_outcome = ?"
                        + " WHERE id = ? AND cleared_at IS NULL",
                Timestamp.from(now),
                me,
                why,
                outcome,
                burstId);
        audit.record("safeguarding.burst-cleared", "safety_burst", burstId, outcome + " Reason: " + why);
        return bursts().stream().filter(b -> b.id() == burstId).findFirst().orElseThrow();
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
