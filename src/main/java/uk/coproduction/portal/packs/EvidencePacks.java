package uk.coproduction.portal.packs;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.FiguresReach;
import uk.coproduction.portal.services.Team;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Evidence packs: a PDF for a service, a plan or a quarter, to attach to board papers and show inspectors. Aggregates
 * only (suppressed through {@code SmallNumbers}) and moderated quotes, so board members may make them; commissioners
 * make them for their own team's services and plans. Each pack made is recorded in the audit log as an export.
 */
@Service
@PreAuthorize(Access.COMMISSIONER_BOARD_OR_ADMIN)
public class EvidencePacks {

    private final JdbcClient jdbc;
    private final PackContents contents;
    private final PackDocument document;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Clock clock;

    EvidencePacks(
            JdbcClient jdbc,
            PackContents contents,
            I18NProvider translations,
            StaffDirectory staff,
            AuditLog audit,
            Clock clock,
            @Value(
                            "${portal.packs.font-directories:/usr/share/fonts/truetype,/usr/share/fonts/opentype,/usr/local/share/fonts}")
                    String[] fontDirectories) {
        this.jdbc = jdbc;
        this.contents = contents;
        this.document = new PackDocument(
                (key, args) -> translations.getTranslation(key, Languages.ENGLISH, args),
                Arrays.stream(fontDirectories)
                        .map(String::strip)
                        .filter(d -> !d.isEmpty())
                        .map(Path::of)
                        .toList());
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the signed-in person may make packs about. */
    @Transactional(readOnly = true)
    public PackChoices choices() {
        FiguresReach reach = reach();
        String teamName = reach.team() == null ? "" : reach.team().name();
        var services = jdbc.sql("SELECT code, name FROM commissioned_service WHERE active = TRUE"
                        + " AND (:everyTeam OR team = :team) ORDER BY name")
                .param("everyTeam", reach.everyTeam())
                .param("team", teamName);
        var plans = jdbc.sql("SELECT code, title FROM plan WHERE (:everyTeam OR team = :team) ORDER BY title")
                .param("everyTeam", reach.everyTeam())
                .param("team", teamName);
        List<Quarter> quarters =
                new ArrayList<>(Quarter.of(LocalDate.now(clock)).lastQuarters(EvidenceFilter.TREND_QUARTERS));
        Collections.reverse(quarters);
        return new PackChoices(
                services.query((rs, n) -> new PackChoices.Choice(rs.getString(1), rs.getString(2)))
                        .list(),
                plans.query((rs, n) -> new PackChoices.Choice(rs.getString(1), rs.getString(2)))
                        .list(),
                quarters,
                reach.everyTeam() ? List.of(Team.values()) : reach.team() == null ? List.of() : List.of(reach.team()),
                reach.everyTeam());
    }

    /**
     * Makes the pack and records the export. The time it takes grows with the feedback in its scope, not with the
     * whole table (every query is an aggregate on the pack's services and quarters).
     *
     * @throws InvalidInputException (field {@code subject}) for an unknown service or plan, or one of another
     *                                  team's (a commissioner's); (field {@code quarter}) for a quarter not yet begun
     */
    @Transactional
    public EvidencePack make(PackRequest request) {
        PackContents.Scope scope = scope(request);
        PackData data = read(scope);
        EvidencePack pack = document.render(data);
        audit.record(
                "EXPORT",
                "EVIDENCE_PACK",
                request.kind() == PackRequest.Kind.QUARTER ? request.quarter() : request.code(),
                "Evidence pack (%s, PDF, %d pages): %s, %s to %s"
                        .formatted(
                                request.kind(),
                                pack.pages(),
                                scope.subject(),
                                scope.quarters().getFirst(),
                                scope.reported()));
        return pack;
    }

    /** What a pack prints, without laying it out or recording an export: for tests comparing it with the dashboard. */
    @Transactional(readOnly = true)
    PackData contents(PackRequest request) {
        return read(scope(request));
    }

    /** The filter the pack's figures (other than its trend) are read with, as the dashboard would be asked. */
    EvidenceFilter periodFilter(PackRequest request) {
        return PackContents.periodFilter(scope(request));
    }

    /** The filter the pack's trend is read with. */
    EvidenceFilter trendFilter(PackRequest request) {
        return PackContents.trendFilter(scope(request));
    }

    private PackData read(PackContents.Scope scope) {
        return contents.read(scope, staff.requireCurrentStaff().displayName(), document::text);
    }

    private PackContents.Scope scope(PackRequest request) {
        Quarter current = Quarter.of(LocalDate.now(clock));
        if (request.quarter().isAfter(current)) {
            throw InvalidInputException.of("quarter", "pack.error.future-quarter");
        }
        List<Quarter> quarters = request.quarter().lastQuarters(EvidenceFilter.TREND_QUARTERS);
        FiguresReach reach = reach();
        return switch (request.kind()) {
            case SERVICE ->
                jdbc.sql("SELECT id, name, team FROM commissioned_service WHERE code = :code")
                        .param("code", request.code())
                        .query((rs, n) -> new PackContents.Scope(
                                request,
                                rs.getString(2),
                                Team.valueOf(rs.getString(3)),
                                rs.getLong(1),
                                null,
                                quarters,
                                request.quarter()))
                        .optional()
                        .filter(scope -> reach.covers(scope.team()))
                        .orElseThrow(() -> InvalidInputException.of("subject", "pack.error.unknown-service"));
            case PLAN ->
                jdbc.sql("SELECT id, title, team FROM plan WHERE code = :code")
                        .param("code", request.code())
                        .query((rs, n) -> new PackContents.Scope(
                                request,
                                rs.getString(2),
                                Team.valueOf(rs.getString(3)),
                                null,
                                rs.getLong(1),
                                quarters,
                                request.quarter()))
                        .optional()
                        .filter(scope -> reach.covers(scope.team()))
                        .orElseThrow(() -> InvalidInputException.of("subject", "pack.error.unknown-plan"));
            case QUARTER -> {
                Team team = reach.everyTeam() ? request.team() : reach.team();
                if (team == null && !reach.everyTeam() || request.team() != null && !reach.covers(request.team())) {
                    throw InvalidInputException.of("team", "pack.error.other-team");
                }
                String subject = team == null
                        ? document.text("pack.subject.all-services")
                        : document.text("team." + team.name());
                yield new PackContents.Scope(request, subject, team, null, null, quarters, request.quarter());
            }
        };
    }

    /**
     * The one rule for aggregate figures (decision 0022, {@link ServiceScope#figuresReach}): board members and
     * administrators reach every team; a commissioner their own team's services, whichever organisation commissions
     * them (none without a team).
     */
    private FiguresReach reach() {
        StaffIdentity me = staff.requireCurrentStaff();
        return ServiceScope.figuresReach(me);
    }
}
