package uk.coproduction.portal.charter;

import jakarta.persistence.Column;
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

    @Column(name = "young_person_wording")
    private String youngPersonWording;

    @Column(name = "parent_carer_wording")
    private String parentCarerWording;

    @Column(name = "easy_read_wording")
    private String easyReadWording;

    protected CharterExpectation() {
    }

    Expectation toRecord() {
        return new Expectation(id, position, title, youngPersonWording, parentCarerWording, easyReadWording);
    }
}
