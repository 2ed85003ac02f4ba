package uk.coproduction.portal.reporting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.services.FiguresReach;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Applies {@link ServiceScope#figuresReach} to an evidence filter, so every aggregate output (dashboard, overview,
 * exports of figures, packs, the figures API) counts only what the signed-in person may see: a commissioner their
 * own team's services (both organisations'), board members and administrators every team's. Application services
 * call it inside their own security boundary.
 */
@Component
public class FigureScope {

    private final Supplier<FiguresReach> reach;

    @Autowired
    FigureScope(StaffDirectory staff) {
        this(() -> staff.currentStaff().map(ServiceScope::figuresReach).orElseGet(FigureScope::byRoleOnly));
    }

    private FigureScope(Supplier<FiguresReach> reach) {
        this.reach = reach;
    }

    /** A fixed reach, for tests in this package that build the counting services by hand. */
    static FigureScope reaching(FiguresReach reach) {
        return new FigureScope(() -> reach);
    }

    /** The signed-in person's reach. */
    public FiguresReach reach() {
        return reach.get();
    }

    /** The teams they may choose between on a dashboard or a pack form. */
    public List<Team> teams() {
        FiguresReach reach = reach();
        return Stream.of(Team.values()).filter(reach::covers).toList();
    }

    /**
     * The filter kept to their reach: a commissioner's is always about their own team (a link to another team's
     * figures shows their own team's); everyone else's is unchanged.
     *
     * @throws AccessDeniedException when they may see no figures at all
     */
    public EvidenceFilter narrow(EvidenceFilter filter) {
        FiguresReach reach = reach();
        if (!reach.any()) {
            throw new AccessDeniedException("No figures are within your reach");
        }
        if (reach.everyTeam() || filter.team() == reach.team()) {
            return filter;
        }
        return filter.withTeam(reach.team());
    }

    /**
     * A team choice kept to their reach, for outputs asked about a team only (re-commissioning): a commissioner's is
     * always their own team; everyone else's is unchanged (null: every team).
     *
     * @throws AccessDeniedException when they may see no figures at all
     */
    public Team narrow(Team asked) {
        return narrow(new EvidenceFilter(asked, null, null, null, null, null, null, null))
                .team();
    }

    /** A signed-in principal without a staff account (e.g. a test's mock user): board and admin roles only. */
    private static FiguresReach byRoleOnly() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean everyTeam = authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN)
                                || a.getAuthority().equals("ROLE_" + Roles.BOARD));
        return everyTeam ? new FiguresReach(true, null) : FiguresReach.NONE;
    }
}
