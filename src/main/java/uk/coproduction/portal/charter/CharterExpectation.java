package uk.coproduction.portal.charter;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the six expectations in the charter that children and young people co-produced. */
@Entity
@Table(name = "charter_expectation")
class CharterExpectation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String title;

    protected CharterExpectation() {}

    Expectation toRecord() {
        return new Expectation(id, position, title);
    }
}
