package uk.coproduction.portal.plans;

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

/** A plan action that feedback can be linked to, so commissioners can show which voices shaped it. */
@Entity
@Table(name = "plan_action")
class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outcome_id")
    private PlanOutcome outcome;

    private String code;

    private String title;

    private String owner;

    private String timescale;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    @Column(name = "progress_notes")
    private String progressNotes;

    private boolean retired;

    protected PlanAction() {}

    /** An administrator's edit; the service has checked every value. */
    void edit(String title, String owner, String timescale, ActionStatus status, String progressNotes) {
        this.title = title;
        this.owner = owner;
        this.timescale = timescale;
        this.status = status;
        this.progressNotes = progressNotes;
    }

    Long getId() {
        return id;
    }
}
