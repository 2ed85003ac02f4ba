package uk.coproduction.portal.representation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.Team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Population figures administrators enter (how many people live with an EHC plan, are on the LD register, ...), so
 * the representation view can say whom we hear least from. Every change is audited.
 */
@Service
public class PopulationFigures {

    /** The largest population accepted: more people than live in England would be a typing mistake. */
    static final int MOST_PEOPLE = 60_000_000;

    static final int NAME_LENGTH = 200;

    /** A choice in the form: an area or a service, by code. */
    public record Choice(String code, String name, Team team) {}

    private static final String SELECT = """
            SELECT p.id, p.name, a.code AS area_code, a.name AS area_name, COALESCE(p.team, s.team) AS team,
                s.code AS service_code,
                s.name AS service_name, p.respondent_group, p.age_bands, p.characteristic, p.people
            FROM population_figure p
            JOIN area a ON a.id = p.area_id
            LEFT JOIN commissioned_service s ON s.id = p.service_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final StaffDirectory staff;
    private final Clock clock;

    PopulationFigures(JdbcClient jdbc, AuditLog auditLog, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.staff = staff;
        this.clock = clock;
    }

    /** Every population figure, by area and name. */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PopulationFigure> all() {
        return jdbc.sql(SELECT + " ORDER BY a.name, p.name, p.id")
                .query(PopulationFigures::figure)
                .list();
    }

    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<Choice> areas() {
        return jdbc.sql("SELECT code, name FROM area ORDER BY name")
                .query((rs, row) -> new Choice(rs.getString(1), rs.getString(2), null))
                .list();
    }

    /** Every service, decommissioned ones too: their evidence still counts. */
    @PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<Choice> services() {
        return jdbc.sql("SELECT code, name, team FROM commissioned_service ORDER BY name")
                .query((rs, row) -> new Choice(rs.getString(1), rs.getString(2), Team.valueOf(rs.getString(3))))
                .list();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public PopulationFigure add(PopulationEntry entry) {
        Checked checked = check(entry);
        jdbc.sql("""
                        INSERT INTO population_figure (name, area_id, team, service_id, respondent_group, age_bands,
                            characteristic, people, updated_at, updated_by)
                        VALUES (:name, :area, :team, :service, :grp, :bands, :characteristic, :people, :at, :by)
                        """).params(checked.parameters(clock, who())).update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        auditLog.record("population.added", "population_figure", id, describe(entry));
        return find(id).orElseThrow();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public PopulationFigure update(long id, PopulationEntry entry) {
        Checked checked = check(entry);
        var parameters = checked.parameters(clock, who());
        parameters.put("id", id);
        int changed = jdbc.sql("""
                        UPDATE population_figure SET name = :name, area_id = :area, team = :team,
                            service_id = :service, respondent_group = :grp, age_bands = :bands,
                            characteristic = :characteristic, people = :people,
                            updated_at = :at, updated_by = :by
                        WHERE id = :id
                        """).params(parameters).update();
        if (changed == 0) {
            throw InvalidInputException.of("figure", "representation.population.error.gone");
        }
        auditLog.record("population.changed", "population_figure", id, describe(entry));
        return find(id).orElseThrow();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void delete(long id) {
        Optional<PopulationFigure> figure = find(id);
        if (figure.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM population_figure WHERE id = :id").param("id", id).update();
        auditLog.record(
                "population.deleted",
                "population_figure",
                id,
                figure.get().name() + " — " + figure.get().areaName() + " — "
                        + figure.get().people());
    }

    private Optional<PopulationFigure> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(PopulationFigures::figure)
                .optional();
    }

    private record Checked(
            String name,
            long areaId,
            Team team,
            Long serviceId,
            RespondentGroup group,
            String ageBands,
            Characteristic characteristic,
            int people) {

        Map<String, Object> parameters(Clock clock, String who) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("name", name);
            parameters.put("area", areaId);
            parameters.put("team", team == null ? null : team.name());
            parameters.put("service", serviceId);
            parameters.put("grp", group == null ? null : group.name());
            parameters.put("bands", ageBands);
            parameters.put("characteristic", characteristic == null ? null : characteristic.code());
            parameters.put("people", people);
            parameters.put("at", Timestamp.from(clock.instant()));
            parameters.put("by", who);
            return parameters;
        }
    }

    private Checked check(PopulationEntry entry) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String name = TextInput.clean(entry.name());
        if (name == null) {
            problems.add(new InvalidInputException.Problem("name", "representation.population.error.name"));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(new InvalidInputException.Problem("name", "representation.population.error.name-long"));
        }
        Long areaId = entry.areaCode() == null
                ? null
                : jdbc.sql("SELECT id FROM area WHERE code = :code")
                        .param("code", entry.areaCode())
                        .query(Long.class)
                        .optional()
                        .orElse(null);
        if (areaId == null) {
            problems.add(new InvalidInputException.Problem("area", "representation.population.error.area"));
        }
        Long serviceId = null;
        if (entry.serviceCode() != null) {
            Optional<Team> serviceTeam = jdbc.sql("SELECT team FROM commissioned_service WHERE code = :code")
                    .param("code", entry.serviceCode())
                    .query(String.class)
                    .optional()
                    .map(Team::valueOf);
            if (serviceTeam.isEmpty()) {
                problems.add(new InvalidInputException.Problem("service", "representation.population.error.service"));
            } else if (entry.team() != null && serviceTeam.get() != entry.team()) {
                problems.add(
                        new InvalidInputException.Problem("service", "representation.population.error.service-team"));
            } else {
                serviceId = jdbc.sql("SELECT id FROM commissioned_service WHERE code = :code")
                        .param("code", entry.serviceCode())
                        .query(Long.class)
                        .single();
            }
        }
        if (entry.group() == RespondentGroup.FRONTLINE_WORKER) {
            problems.add(new InvalidInputException.Problem("group", "representation.population.error.group"));
        }
        boolean bands = entry.ageBands() != null && !entry.ageBands().isEmpty();
        if (bands && entry.group() != RespondentGroup.YOUNG_PERSON) {
            problems.add(new InvalidInputException.Problem("ageBands", "representation.population.error.age-bands"));
        }
        if (entry.characteristic() != null && entry.serviceCode() != null) {
            problems.add(new InvalidInputException.Problem(
                    "characteristic", "representation.population.error.characteristic-service"));
        }
        if (entry.characteristic() != null && bands) {
            problems.add(new InvalidInputException.Problem(
                    "characteristic", "representation.population.error.characteristic-age"));
        }
        if (entry.people() == null || entry.people() < 1) {
            problems.add(new InvalidInputException.Problem("people", "representation.population.error.people"));
        } else if (entry.people() > MOST_PEOPLE) {
            problems.add(new InvalidInputException.Problem("people", "representation.population.error.people-many"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String bandText = bands
                ? Arrays.stream(AgeBand.values())
                        .filter(entry.ageBands()::contains)
                        .map(Enum::name)
                        .collect(Collectors.joining(","))
                : null;
        return new Checked(
                name, areaId, entry.team(), serviceId, entry.group(), bandText, entry.characteristic(), entry.people());
    }

    private String who() {
        return staff.currentStaff().map(StaffIdentity::username).orElseGet(() -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null ? "unknown" : authentication.getName();
        });
    }

    private static String describe(PopulationEntry entry) {
        return entry.name() + " — " + entry.areaCode() + (entry.team() == null ? "" : " — " + entry.team())
                + (entry.serviceCode() == null ? "" : " — " + entry.serviceCode())
                + (entry.group() == null ? "" : " — " + entry.group())
                + (entry.ageBands() == null || entry.ageBands().isEmpty() ? "" : " " + entry.ageBands())
                + (entry.characteristic() == null
                        ? ""
                        : " — " + entry.characteristic().code())
                + " — " + entry.people();
    }

    private static PopulationFigure figure(ResultSet rs, int row) throws SQLException {
        String team = rs.getString("team");
        String group = rs.getString("respondent_group");
        String bands = rs.getString("age_bands");
        List<AgeBand> ageBands = bands == null || bands.isBlank()
                ? List.of()
                : Arrays.stream(bands.split(",")).map(AgeBand::valueOf).toList();
        return new PopulationFigure(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("area_code"),
                rs.getString("area_name"),
                team == null ? null : Team.valueOf(team),
                rs.getString("service_code"),
                rs.getString("service_name"),
                group == null ? null : RespondentGroup.valueOf(group),
                ageBands,
                Characteristic.parse(rs.getString("characteristic")).orElse(null),
                rs.getInt("people"));
    }
}
