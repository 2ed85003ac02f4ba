package uk.coproduction.portal.workspace;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.reporting.Condition;
import uk.coproduction.portal.reporting.Figures;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.reporting.ServicePageFigures;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.Team;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The staff pages about services: the list with headline figures, and each service's page. Commissioners see the
 * services in their scope ({@link ServiceScope}); administrators see every service. Safeguarding-flagged feedback is never listed or counted.
 */
@Service
@PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
public class ServicePages {

    static final int FEEDBACK_SHOWN = 200;

    private final JdbcClient jdbc;
    private final HeadlineFigures figures;
    private final ChangeService changes;
    private final StaffDirectory staff;
    private final Clock clock;
    private final EntityManager entities;
    private final ServiceScope scope;
    private final ServicePageFigures pageFigures;

    ServicePages(
            EntityManager entities,
            JdbcClient jdbc,
            HeadlineFigures figures,
            ChangeService changes,
            StaffDirectory staff,
            Clock clock,
            ServiceScope scope,
            ServicePageFigures pageFigures) {
        this.scope = scope;
        this.pageFigures = pageFigures;
        this.jdbc = jdbc;
        this.figures = figures;
        this.changes = changes;
        this.staff = staff;
        this.clock = clock;
        this.entities = entities;
    }

    /** The active services the signed-in member of staff may see, by name, each with its headline figures. */
    @Transactional(readOnly = true)
    public List<ServiceListItem> services() {
        StaffIdentity me = staff.requireCurrentStaff();
        record Row(long id, String code, String name, Team team, String provider, CycleStage stage, LocalDate end) {}
        List<Row> rows = jdbc.sql("""
                        SELECT s.id, s.code, s.name, s.team, p.name, s.cycle_stage, s.contract_end
                        FROM commissioned_service s LEFT JOIN organisation p ON p.id = s.provider_id
                        WHERE s.active = TRUE AND (:everyService OR s.id IN (:scoped)) ORDER BY s.name
                        """)
                .param("everyService", seesEveryService(me))
                .param("scoped", ServiceScope.forSql(scope.commissionedBy(me)))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Team.valueOf(rs.getString(4)),
                        rs.getString(5),
                        CycleStage.valueOf(rs.getString(6)),
                        localDate(rs.getDate(7))))
                .list();
        Map<Long, Figures> byService =
                figures.forServices(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> new ServiceListItem(
                        r.id(),
                        r.code(),
                        r.name(),
                        r.team(),
                        r.provider(),
                        r.stage(),
                        r.end(),
                        byService.getOrDefault(r.id(), Figures.NONE)))
                .toList();
    }

    /** The service with this code, or empty when there is none or it is outside the signed-in commissioner's scope. */
    @Transactional(readOnly = true)
    public Optional<ServicePage> page(String code) {
        StaffIdentity me = staff.requireCurrentStaff();
        record Details(
                long id,
                String code,
                String name,
                String description,
                Team team,
                String commissioner,
                String provider,
                String clientGroup,
                CycleStage stage,
                LocalDate end,
                int replyWithin,
                boolean joint) {}
        Optional<Details> found = jdbc.sql("""
                        SELECT s.id, s.code, s.name, s.description, s.team, c.name, p.name, s.client_group,
                            s.cycle_stage, s.contract_end, s.reply_within_days, s.jointly_commissioned
                        FROM commissioned_service s JOIN organisation c ON c.id = s.commissioner_id
                        LEFT JOIN organisation p ON p.id = s.provider_id WHERE s.code = :code
                        """)
                .param("code", code)
                .query((rs, n) -> new Details(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Team.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        CycleStage.valueOf(rs.getString(9)),
                        localDate(rs.getDate(10)),
                        rs.getInt(11),
                        rs.getBoolean(12)))
                .optional()
                .filter(d -> seesEveryService(me) || scope.commissionerCovers(me, d.id()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Details d = found.get();
        Condition about = ServicePageFigures.aboutService(d.id());
        List<String> areas =
                jdbc.sql("""
                        SELECT a.name FROM service_area sa JOIN area a ON a.id = sa.area_id
                        WHERE sa.service_id = :service ORDER BY a.name
                        """).param("service", d.id()).query(String.class).list();
        LocalDate today = LocalDate.now(clock);
        Set<Long> mayOpen = me.hasRole(Roles.COMMISSIONER) ? scope.commissionedBy(me) : Set.of();
        List<ServicePage.FeedbackRow> feedback = jdbc.sql(
                        """
                        SELECT f.id, f.reference_code, f.submitted_at, f.status, f.reply_by, f.service_id = :service,
                            EXISTS (SELECT 1 FROM feedback_reply r WHERE r.feedback_id = f.id AND r.state = 'SENT'
                                AND r.sent_at IS NOT NULL), f.service_id, f.received_late
                        FROM feedback f WHERE
                        """ + about.sql() + " ORDER BY f.submitted_at DESC, f.id DESC LIMIT " + (FEEDBACK_SHOWN + 1))
                .param("service", d.id())
                .params(about.parameters())
                .query((rs, n) -> {
                    LocalDate replyBy = localDate(rs.getDate(5));
                    boolean replied = rs.getBoolean(7);
                    String status = rs.getString(4);
                    // Closing is not replying: a closed item with no reply stays overdue (decision 0021).
                    boolean overdue = replyBy != null && replyBy.isBefore(today) && !replied;
                    // The code only for staff who may open the item itself (decision 0017).
                    long mainService = rs.getLong(8);
                    boolean opens = me.hasRole(Roles.COMMISSIONER) && (rs.wasNull() || mayOpen.contains(mainService));
                    return new ServicePage.FeedbackRow(
                            rs.getLong(1),
                            opens ? rs.getString(2) : null,
                            null,
                            status,
                            replyBy,
                            replied,
                            overdue,
                            rs.getBoolean(6),
                            rs.getBoolean(9));
                })
                .list();
        feedback = withSubmissionTimes(feedback);
        List<ServicePageFigures.ThemeCount> themes = pageFigures.themes(d.id());
        List<ServicePageFigures.LinkedAction> actions = pageFigures.linkedActions(d.id());
        return Optional.of(new ServicePage(
                d.id(),
                d.code(),
                d.name(),
                d.description(),
                d.team(),
                d.commissioner(),
                d.provider(),
                d.clientGroup(),
                areas,
                d.stage(),
                d.end(),
                d.replyWithin(),
                d.joint(),
                figures.forService(d.id()),
                feedback.stream().limit(FEEDBACK_SHOWN).toList(),
                feedback.size() > FEEDBACK_SHOWN,
                themes,
                actions,
                changes.forService(d.id())));
    }

    /** When each item came in, read the way it was written (the entity's instant), whatever the database's zone. */
    private List<ServicePage.FeedbackRow> withSubmissionTimes(List<ServicePage.FeedbackRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Instant> submitted = new HashMap<>();
        entities.createQuery("select f.id, f.submittedAt from Feedback f where f.id in :ids", Object[].class)
                .setParameter(
                        "ids", rows.stream().map(ServicePage.FeedbackRow::id).toList())
                .getResultList()
                .forEach(row -> submitted.put((Long) row[0], (Instant) row[1]));
        return rows.stream()
                .map(r -> new ServicePage.FeedbackRow(
                        r.id(),
                        r.referenceCode(),
                        submitted.get(r.id()),
                        r.status(),
                        r.replyBy(),
                        r.replied(),
                        r.overdue(),
                        r.mainService(),
                        r.receivedLate()))
                .toList();
    }

    private static boolean seesEveryService(StaffIdentity me) {
        return me.hasRole(Roles.ADMIN);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
