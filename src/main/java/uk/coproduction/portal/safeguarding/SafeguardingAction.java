package uk.coproduction.portal.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One thing a safeguarding lead did about a flagged item: who, what, when. Added, never changed. */
@Entity
@Table(name = "safeguarding_action")
class SafeguardingAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feedback_id")
    private long feedbackId;

    @Enumerated(EnumType.STRING)
    private SafeguardingActionKind kind;

    private @Nullable String note;

    @Column(name = "taken_by")
    private String takenBy;

    @Column(name = "taken_at")
    private Instant takenAt;

    protected SafeguardingAction() {}

    SafeguardingAction(
            long feedbackId, SafeguardingActionKind kind, @Nullable String note, String takenBy, Instant takenAt) {
        this.feedbackId = feedbackId;
        this.kind = kind;
        this.note = note;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    long getFeedbackId() {
        return feedbackId;
    }

    SafeguardingActionKind getKind() {
        return kind;
    }

    @Nullable
    String getNote() {
        return note;
    }

    String getTakenBy() {
        return takenBy;
    }

    Instant getTakenAt() {
        return takenAt;
    }
}
