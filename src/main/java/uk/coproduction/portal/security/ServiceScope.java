package uk.coproduction.portal.security;

import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;
import uk.coproduction.portal.services.FiguresReach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule for whose services a member of staff may see identifiable feedback about (decision 0009).
 * <ul>
 * <li>A commissioner: services of their own team that their own organisation commissions, plus their team's jointly
 * commissioned services. Council and NHS commissioners therefore never see each other's single-agency services.
 * A commissioner account with no organisation holds a joint team post and covers the whole team.</li>
 * <li>A provider: services their organisation runs, and only moderated copies (see
 * {@link uk.coproduction.portal.feedback.ProviderFeedbackService}).</li>
 * <li>Everyone else: no service; they see aggregates only.</li>
 * </ul>
 * Aggregate, disclosure-controlled figures have their own, wider reach: {@link #figuresReach}.
 * Application services call it inside their own security boundary, never instead of it.
 */
@Component
public class ServiceScope {

    /** Stands in for "no service" so an SQL {@code IN (:ids)} list is never empty. */
    private static final long NO_SERVICE = -1L;

    private final CommissionedServiceRepository services;

    ServiceScope(CommissionedServiceRepository services) {
        this.services = services;
    }

    /** Whether this commissioner may work on identifiable feedback about the service. */
    public static boolean commissionerCovers(StaffIdentity me, CommissionedService service) {
        if (!me.hasRole(Roles.COMMISSIONER) || me.team() == null || service.getTeam() != me.team()) {
            return false;
        }
        return me.organisationId() == null
                || service.isJointlyCommissioned()
                || Objects.equals(service.getCommissioner().getId(), me.organisationId());
    }

    /**
     * Whose aggregate figures they may see (decision 0022). Aggregates after disclosure control identify nobody, so
     * the council/NHS boundary of {@link #commissionerCovers} does not apply to them: a commissioner sees the figures
     * of every service of their own team, including the other organisation's single-agency services, as the joint
     * commissioning board does. Board members and administrators see every team's; anyone else none.
     */
    public static FiguresReach figuresReach(StaffIdentity me) {
        if (me.hasRole(Roles.ADMIN) || me.hasRole(Roles.BOARD)) {
            return new FiguresReach(true, null);
        }
        if (me.hasRole(Roles.COMMISSIONER) && me.team() != null) {
            return new FiguresReach(false, me.team());
        }
        return FiguresReach.NONE;
    }

    /** Whether this member of provider staff works for the organisation that runs the service. */
    public static boolean providerCovers(StaffIdentity me, CommissionedService service) {
        return me.hasRole(Roles.PROVIDER)
                && me.organisationId() != null
                && service.getProvider() != null
                && Objects.equals(service.getProvider().getId(), me.organisationId());
    }

    /** The ids of every service (active or not) this commissioner covers; empty for anyone who is not one. */
    public Set<Long> commissionedBy(StaffIdentity me) {
        if (!me.hasRole(Roles.COMMISSIONER) || me.team() == null) {
            return Set.of();
        }
        return services.findAll().stream()
                .filter(s -> commissionerCovers(me, s))
                .map(CommissionedService::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of every service this member of provider staff's organisation runs; empty for anyone else. */
    public Set<Long> providedBy(StaffIdentity me) {
        if (!me.hasRole(Roles.PROVIDER) || me.organisationId() == null) {
            return Set.of();
        }
        return services.findAll().stream()
                .filter(s -> providerCovers(me, s))
                .map(CommissionedService::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this commissioner covers the service with this id. */
    public boolean commissionerCovers(StaffIdentity me, long serviceId) {
        return services.findById(serviceId)
                .filter(s -> commissionerCovers(me, s))
                .isPresent();
    }

    /** The ids for an SQL {@code IN (:ids)} condition: never empty, so "no service" matches nothing. */
    public static List<Long> forSql(Collection<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        if (list.isEmpty()) {
            list.add(NO_SERVICE);
        }
        return list;
    }
}
