package uk.coproduction.portal.plans;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.feedback.KnownActions;
import uk.coproduction.portal.services.Team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Plans and their actions, for linking the voices behind each action; administrators keep the actions up to date. */
@Service
public class PlanService implements KnownActions {

    static final int TITLE_MAX = 1000;
    static final int OWNER_MAX = 200;
    static final int TIMESCALE_MAX = 100;

    private final PlanActionRepository actions;
    private final ObjectiveRepository objectives;
    private final AuditLog audit;

    PlanService(PlanActionRepository actions, ObjectiveRepository objectives, AuditLog audit) {
        this.actions = actions;
        this.objectives = objectives;
        this.audit = audit;
    }

    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ActionSummary> actions() {
        return actions.findAllSummaries();
    }

    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ActionSummary> actions(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : actions.findSummaries(ids);
    }

    /** Whether every id names an existing action: used to validate links before they are saved. */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    @Override
    public boolean allExist(Collection<Long> ids) {
        return actions.findAllById(ids).size() == ids.size();
    }

    /** A team's objectives (the learning disability and autism SMART objectives), by code. */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ObjectiveSummary> objectives(Team team) {
        return team == null
                ? List.of()
                : objectives.findAllByTeamOrderByCode(team).stream()
                        .map(Objective::toSummary)
                        .toList();
    }

    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ObjectiveSummary> objectives(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : objectives.findAllById(ids).stream()
                        .map(Objective::toSummary)
                        .sorted(Comparator.comparing(ObjectiveSummary::code))
                        .toList();
    }

    /** An administrator changes an action's title, owner, timescale, status and progress notes. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void editAction(long actionId, ActionEdit edit) {
        PlanAction action = actions.findById(actionId)
                .orElseThrow(() -> new IllegalArgumentException("No plan action " + actionId));
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String title = required(edit.title(), TITLE_MAX, "title", problems);
        String owner = required(edit.owner(), OWNER_MAX, "owner", problems);
        String timescale = required(edit.timescale(), TIMESCALE_MAX, "timescale", problems);
        if (edit.status() == null) {
            problems.add(new InvalidInputException.Problem("status", "workspace.plan.error.status-needed"));
        }
        String notes = TextInput.within(
                edit.progressNotes(), "progressNotes", "workspace.plan.error.progressNotes-too-long", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        action.edit(title, owner, timescale, edit.status(), notes);
        audit.record(
                "plan.action-edited",
                "plan-action",
                actionId,
                title + "; " + owner + "; " + timescale + "; " + edit.status());
    }

    private static String required(String text, int max, String field, List<InvalidInputException.Problem> problems) {
        String cleaned = TextInput.clean(text);
        if (cleaned == null) {
            problems.add(new InvalidInputException.Problem(field, "workspace.plan.error." + field + "-needed"));
        } else if (cleaned.length() > max) {
            problems.add(new InvalidInputException.Problem(field, "workspace.plan.error." + field + "-too-long"));
            return null;
        }
        return cleaned;
    }
}
