package uk.coproduction.portal.plans;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface PlanChangeRepository extends JpaRepository<PlanChange, Long> {

    String ROW = """
            select new uk.coproduction.portal.plans.ChangeRow(c.id, c.actionId, a.code, a.title, p.code, p.shortName,
                c.serviceId, s.name, c.whatChanged, c.easyRead, c.changedOn, c.doneBy, c.published, c.recordedBy,
                c.recordedAt)
            from PlanChange c join PlanAction a on a.id = c.actionId join a.outcome o join o.domain d join d.plan p
                left join uk.coproduction.portal.services.CommissionedService s on s.id = c.serviceId
            """;

    @Query(ROW + " where c.id in :ids order by c.changedOn desc, c.id desc")
    List<ChangeRow> findRows(Collection<Long> ids);

    @Query(ROW + " where c.actionId in :actionIds order by c.changedOn desc, c.id desc")
    List<ChangeRow> findRowsForActions(Collection<Long> actionIds);
}
