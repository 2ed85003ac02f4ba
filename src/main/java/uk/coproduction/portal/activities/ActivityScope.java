package uk.coproduction.portal.activities;

import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CommissionedServiceRepository;

import java.util.Optional;

/**
 * Which activities a member of staff may see and work on: commissioners those concerning any service in their scope
 * ({@link ServiceScope}), advocates those they recorded themselves. Called inside the application services' security boundary.
 */
@Component
class ActivityScope {

    /**
     * SQL condition on {@code activity a}; needs {@code :commissioner}, {@code :scoped} (the commissioner's service
     * ids, {@link ServiceScope#forSql}), {@code :advocate} and {@code :username}.
     */
    static final String VISIBLE = """
            ((:commissioner AND EXISTS (SELECT 1 FROM activity_service x
                    WHERE x.activity_id = a.id AND x.service_id IN (:scoped)))
             OR (:advocate AND a.recorded_by = :username))
            """;

    private final ActivityRepository activities;
    private final CommissionedServiceRepository services;

    ActivityScope(ActivityRepository activities, CommissionedServiceRepository services) {
        this.activities = activities;
        this.services = services;
    }

    /** The activity, or empty when there is none or it is outside what this person may see: both look the same. */
    Optional<Activity> find(long id, StaffIdentity me) {
        return activities.findById(id).filter(a -> maySee(a, me));
    }

    Activity require(long id, StaffIdentity me) {
        return find(id, me).orElseThrow(() -> new IllegalArgumentException("No activity " + id + " you may see"));
    }

    private boolean maySee(Activity activity, StaffIdentity me) {
        if (me.hasRole(Roles.ADVOCATE) && activity.getRecordedBy().equals(me.username())) {
            return true;
        }
        return me.hasRole(Roles.COMMISSIONER)
                && me.team() != null
                && services.findAllById(activity.getServiceIds()).stream()
                        .anyMatch(s -> ServiceScope.commissionerCovers(me, s));
    }

    static boolean asCommissioner(StaffIdentity me) {
        return me.hasRole(Roles.COMMISSIONER) && me.team() != null;
    }
}
