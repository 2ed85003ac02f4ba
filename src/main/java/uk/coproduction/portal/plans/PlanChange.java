package uk.coproduction.portal.plans;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A change made under a plan action: what was done, when and by whom, which service it changed, and the feedback
 * that led to it. Published changes appear on the public "You said, we did" page in plain English and Easy Read.
 */
@Entity
@Table(name = "plan_change")
class PlanChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id")
    private long actionId;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "what_changed")
    private String whatChanged;

    @Column(name = "easy_read")
    private String easyRead;

    @Column(name = "changed_on")
    private LocalDate changedOn;

    @Column(name = "done_by")
    private String doneBy;

    private boolean published;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "plan_change_feedback", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "feedback_id")
    private Set<Long> feedbackIds = new HashSet<>();

    protected PlanChange() {}

    PlanChange(
            long actionId,
            Long serviceId,
            String whatChanged,
            String easyRead,
            LocalDate changedOn,
            String doneBy,
            Set<Long> feedbackIds,
            String recordedBy,
            Instant recordedAt) {
        this.actionId = actionId;
        this.serviceId = serviceId;
        this.whatChanged = whatChanged;
        this.easyRead = easyRead;
        this.changedOn = changedOn;
        this.doneBy = doneBy;
        this.feedbackIds = new HashSet<>(feedbackIds);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Publishes the change; the caller has made sure both summaries are there. */
    void publish(String easyRead) {
        this.easyRead = easyRead;
        this.published = true;
    }

    void unpublish() {
        this.published = false;
    }

    Long getId() {
        return id;
    }

    long getActionId() {
        return actionId;
    }

    Long getServiceId() {
        return serviceId;
    }

    String getWhatChanged() {
        return whatChanged;
    }

    String getEasyRead() {
        return easyRead;
    }

    boolean isPublished() {
        return published;
    }
}
