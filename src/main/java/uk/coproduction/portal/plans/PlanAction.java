package uk.coproduction.portal.plans;

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

    protected PlanAction() {
    }
}
