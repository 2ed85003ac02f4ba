package uk.coproduction.portal.plans;

import org.springframework.data.jpa.repository.JpaRepository;
import uk.coproduction.portal.services.Team;

import java.util.List;

interface ObjectiveRepository extends JpaRepository<Objective, Long> {

    List<Objective> findAllByTeamOrderByCode(Team team);
}
