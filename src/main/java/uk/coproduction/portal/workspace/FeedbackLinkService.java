package uk.coproduction.portal.workspace;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackScope;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.ObjectiveSummary;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chain from a voice to a change, seen from one piece of feedback: which services it is about, which plan
 * actions and objectives it informs, and the changes made under those actions. Commissioners link only to their
 * own team's services and objectives.
 */
@Service
@PreAuthorize(Access.COMMISSIONER)
public class FeedbackLinkService {

    private final FeedbackScope scope;
    private final CommissionedServiceRepository services;
    private final ServiceCatalogue catalogue;
    private final FeedbackTriageService triage;
    private final PlanService plans;
    private final ChangeService changes;
    private final StaffDirectory staff;
    private final AuditLog audit;

    FeedbackLinkService(
            AuditLog audit,
            FeedbackScope scope,
            CommissionedServiceRepository services,
            ServiceCatalogue catalogue,
            FeedbackTriageService triage,
            PlanService plans,
            ChangeService changes,
            StaffDirectory staff) {
        this.audit = audit;
        this.scope = scope;
        this.services = services;
        this.catalogue = catalogue;
        this.triage = triage;
        this.plans = plans;
        this.changes = changes;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public FeedbackLinks links(long feedbackId) {
        return links(inScope(feedbackId, staff.requireCurrentStaff()));
    }

    /** The services a commissioner can link feedback to: those in their scope ({@code ServiceScope}). */
    @Transactional(readOnly = true)
    public List<ServiceSummary> serviceChoices() {
        Set<Long> mine = scope.serviceIds(staff.requireCurrentStaff());
        return catalogue.activeServices().stream()
                .filter(s -> mine.contains(s.id()))
                .toList();
    }

    /** The objectives a commissioner can link feedback to: their own team's. */
    @Transactional(readOnly = true)
    public List<ObjectiveSummary> objectiveChoices() {
        return plans.objectives(staff.requireCurrentStaff().team());
    }

    /** Says which service the feedback is mainly about, and which others it is also about. */
    @Transactional
    public FeedbackLinks linkServices(long feedbackId, Long mainServiceId, Set<Long> otherServiceIds) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        Set<Long> others = otherServiceIds == null ? Set.of() : Set.copyOf(otherServiceIds);
        if (mainServiceId == null) {
            throw InvalidInputException.of("mainService", "workspace.links.error.main-service-needed");
        }
        Set<Long> all = new HashSet<>(others);
        all.add(mainServiceId);
        Map<Long, CommissionedService> found = services.findAllById(all).stream()
                .collect(Collectors.toMap(CommissionedService::getId, Function.identity()));
        if (found.size() != all.size()) {
            throw new IllegalArgumentException("Some services do not exist: " + all);
        }
        if (found.values().stream().anyMatch(s -> !ServiceScope.commissionerCovers(me, s))) {
            throw new AccessDeniedException("Feedback can only be linked to services in your scope");
        }
        item.linkServices(found.get(mainServiceId), others);
        audit.record(
                "feedback.services-linked", "feedback", feedbackId, "main " + mainServiceId + ", others " + others);
        return links(item);
    }

    /**
     * Links the feedback to plan actions (it becomes "linked"). An action on which a recorded change names this
     * feedback stays linked: otherwise the change would claim a voice behind it that is no longer there.
     */
    @Transactional
    public FeedbackLinks linkActions(long feedbackId, Set<Long> actionIds) {
        Set<Long> wanted = actionIds == null ? Set.of() : Set.copyOf(actionIds);
        inScope(feedbackId, staff.requireCurrentStaff());
        if (!wanted.containsAll(changes.actionsWithChangesNaming(feedbackId))) {
            throw InvalidInputException.of("actions", "workspace.links.error.action-has-change");
        }
        triage.linkActions(feedbackId, wanted);
        audit.record("feedback.actions-linked", "feedback", feedbackId, "actions " + wanted);
        return links(feedbackId);
    }

    /** Links the feedback to the objectives it informs (the signed-in commissioner's team's objectives). */
    @Transactional
    public FeedbackLinks linkObjectives(long feedbackId, Set<Long> objectiveIds) {
        StaffIdentity me = staff.requireCurrentStaff();
        Feedback item = inScope(feedbackId, me);
        Set<Long> wanted = objectiveIds == null ? Set.of() : Set.copyOf(objectiveIds);
        List<ObjectiveSummary> found = plans.objectives(wanted);
        if (found.size() != wanted.size()) {
            throw new IllegalArgumentException("Some objectives do not exist: " + wanted);
        }
        if (found.stream().anyMatch(o -> o.team() != me.team())) {
            throw new AccessDeniedException("Feedback can only be linked to your own team's objectives");
        }
        item.linkObjectives(wanted);
        audit.record("feedback.objectives-linked", "feedback", feedbackId, "objectives " + wanted);
        return links(item);
    }

    private FeedbackLinks links(Feedback item) {
        Map<Long, ServiceSummary> byId =
                catalogue.activeServices().stream().collect(Collectors.toMap(ServiceSummary::id, Function.identity()));
        CommissionedService main = item.getService();
        Set<Long> actionIds = item.getLinkedActionIds();
        return new FeedbackLinks(
                item.getId(),
                item.getReferenceCode(),
                item.getStatus(),
                main == null ? null : byId.get(main.getId()),
                item.getOtherServiceIds().stream()
                        .map(byId::get)
                        .filter(Objects::nonNull)
                        .sorted(Comparator.comparing(ServiceSummary::name))
                        .toList(),
                plans.actions(actionIds),
                plans.objectives(item.getLinkedObjectiveIds()),
                changes.forActions(actionIds));
    }

    private Feedback inScope(long feedbackId, StaffIdentity me) {
        return scope.require(feedbackId, me);
    }
}
