package uk.coproduction.portal.plans;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.security.Roles;

import java.util.Collection;
import java.util.List;

/** Plans and their actions, for linking the voices behind each action. */
@Service
public class PlanService {

    private final PlanActionRepository actions;

    PlanService(PlanActionRepository actions) {
        this.actions = actions;
    }

    @PreAuthorize("hasAnyRole('" + Roles.COMMISSIONER + "','" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<ActionSummary> actions() {
        return actions.findAllSummaries();
    }

    @PreAuthorize("hasAnyRole('" + Roles.COMMISSIONER + "','" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<ActionSummary> actions(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : actions.findSummaries(ids);
    }

    /** Whether every id names an existing action: used to validate links before they are saved. */
    @PreAuthorize("hasAnyRole('" + Roles.COMMISSIONER + "','" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public boolean allExist(Collection<Long> ids) {
        return actions.findAllById(ids).size() == ids.size();
    }
}
