package uk.coproduction.portal.plans;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    String SUMMARY = """
            select new uk.coproduction.portal.plans.ActionSummary(
                a.id, a.code, a.title, p.shortName, p.title, o.title, a.status)
            from PlanAction a join a.outcome o join o.domain d join d.plan p
            """;

    /** The actions offered for new links: retired ones keep the links they have but take no more. */
    @Query(SUMMARY + " where a.retired = false order by p.code, a.code")
    List<ActionSummary> findAllSummaries();

    @Query(SUMMARY + " where a.id in :ids order by p.code, a.code")
    List<ActionSummary> findSummaries(Collection<Long> ids);
}
