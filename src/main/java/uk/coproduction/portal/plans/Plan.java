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

/** A commissioning plan, e.g. the Joint Commissioning Delivery Plan: domains, outcomes, actions. */
@Entity
@Table(name = "plan")
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "short_name")
    private String shortName;

    private String title;

    private String period;

    @Enumerated(EnumType.STRING)
    private Team team;

    protected Plan() {}
}
