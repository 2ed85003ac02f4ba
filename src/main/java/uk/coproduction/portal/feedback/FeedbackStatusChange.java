package uk.coproduction.portal.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of a feedback's history: from which status to which, by whom, when. */
@Entity
@Table(name = "feedback_status_change")
public class FeedbackStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "feedback_id")
    private Feedback feedback;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private FeedbackStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private FeedbackStatus toStatus;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected FeedbackStatusChange() {}

    FeedbackStatusChange(
            Feedback feedback,
            FeedbackStatus fromStatus,
            FeedbackStatus toStatus,
            String changedBy,
            Instant changedAt) {
        this.feedback = feedback;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public FeedbackStatus getFromStatus() {
        return fromStatus;
    }

    public FeedbackStatus getToStatus() {
        return toStatus;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
