package uk.coproduction.portal.charter;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CharterExpectationRepository extends JpaRepository<CharterExpectation, Long> {

    List<CharterExpectation> findAllByOrderByPositionAsc();
}
