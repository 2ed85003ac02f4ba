package uk.coproduction.portal.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.coproduction.portal.services.Team;

import java.math.BigDecimal;

/** A SMART objective (learning disability and autism outcomes), which feedback can be linked to as well as to plan actions. */
@Entity
@Table(name = "objective")
class Objective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Enumerated(EnumType.STRING)
    private Team team;

    @Column(name = "outcome_area")
    private String outcomeArea;

    private String title;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "target_unit")
    private String targetUnit;

    protected Objective() {}

    ObjectiveSummary toSummary() {
        return new ObjectiveSummary(id, code, team, outcomeArea, title);
    }

    Team getTeam() {
        return team;
    }
}
