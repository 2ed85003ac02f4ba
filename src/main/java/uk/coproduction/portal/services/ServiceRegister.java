package uk.coproduction.portal.services;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.InvalidInputException.Problem;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference data administrators keep: the services register (add, edit, retire, reinstate), organisations and
 * areas. Only administrators change it (decision 0029): the register decides whose feedback each commissioner sees
 * (decision 0009), so a commissioner editing their own services could widen their own access. Every change is
 * audited in the same transaction. Nothing is cached: the residents' chooser reads the register on every visit, so a
 * new service can be chosen the moment it is saved.
 */
@Service
@PreAuthorize(Access.ADMIN)
public class ServiceRegister {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 1000;
    static final int SEARCH_TERMS_MAX = 500;
    static final int CLIENT_GROUP_MAX = 200;
    static final int CODE_MAX = 60;
    static final int ORGANISATION_CODE_MAX = 40;

    private final CommissionedServiceRepository services;
    private final OrganisationRepository organisations;
    private final AreaRepository areas;
    private final AuditLog audit;

    ServiceRegister(
            CommissionedServiceRepository services,
            OrganisationRepository organisations,
            AreaRepository areas,
            AuditLog audit) {
        this.services = services;
        this.organisations = organisations;
        this.areas = areas;
        this.audit = audit;
    }

    /** Every service, retired ones too, by name. */
    @Transactional(readOnly = true)
    public List<RegisterEntry> register() {
        return services.findAllByOrderByNameAsc().stream()
                .map(ServiceRegister::entry)
                .toList();
    }

    /** The register entry as its form shows it, for editing. */
    @Transactional(readOnly = true)
    public Optional<ServiceForm> form(String code) {
        return services.findByCode(code)
                .map(s -> new ServiceForm(
                        s.getName(),
                        s.getDescription(),
                        s.getSearchTerms(),
                        s.getTeam(),
                        s.getCategory(),
                        s.getClientGroup(),
                        s.getCommissioner().getId(),
                        ids(s.getPartners()),
                        s.isJointlyCommissioned(),
                        s.getProvider() == null ? null : s.getProvider().getId(),
                        s.getAreas().stream().map(Area::getId).collect(Collectors.toSet()),
                        s.getCycleStage(),
                        s.getContractStart(),
                        s.getContractEnd()));
    }

    /** Adds a service; it is offered to residents at once. Returns its code. */
    @Transactional
    public String add(ServiceForm form) {
        CommissionedService.ServiceDetails details = checked(form, null);
        String code = CodeFromName.of(details.name(), CODE_MAX, services::existsByCode);
        services.save(new CommissionedService(code, details));
        audit.record("service.added", "service", code, describe(details));
        return code;
    }

    @Transactional
    public void edit(String code, ServiceForm form) {
        CommissionedService service = service(code);
        CommissionedService.ServiceDetails details = checked(form, service);
        service.change(details);
        audit.record("service.edited", "service", code, describe(details));
    }

    /**
     * Retires a service: it leaves the residents' chooser and the staff lists of live services; its feedback, figures,
     * changes and "You said, we did" page stay.
     */
    @Transactional
    public void retire(String code) {
        CommissionedService service = service(code);
        if (service.isActive()) {
            service.retire();
            audit.record("service.retired", "service", code, service.getName());
        }
    }

    @Transactional
    public void reinstate(String code) {
        CommissionedService service = service(code);
        if (!service.isActive()) {
            service.reinstate();
            audit.record("service.reinstated", "service", code, service.getName());
        }
    }

    /** Every organisation, retired ones too, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationEntry> organisations() {
        return organisations.findAllByOrderByNameAsc().stream()
                .map(o -> new OrganisationEntry(o.getId(), o.getCode(), o.getName(), o.kindOf(), o.isActive()))
                .toList();
    }

    @Transactional
    public String addOrganisation(String name, OrganisationKind kind) {
        String cleaned = checkedOrganisation(name, kind, null);
        String code = CodeFromName.of(cleaned, ORGANISATION_CODE_MAX, organisations::existsByCode);
        organisations.save(new Organisation(code, cleaned, kind));
        audit.record("organisation.added", "organisation", code, cleaned + " (" + kind + ")");
        return code;
    }

    /**
     * Renames an organisation, changes its kind or retires it. An organisation still leading or running a live service
     * keeps the kind that allows it, so no service is left with a commissioner that cannot commission.
     */
    @Transactional
    public void editOrganisation(long id, String name, OrganisationKind kind, boolean active) {
        Organisation organisation =
                organisations.findById(id).orElseThrow(() -> new IllegalArgumentException("No organisation " + id));
        String cleaned = checkedOrganisation(name, kind, organisation);
        boolean leadsALiveService = services.findAll().stream()
                .anyMatch(s -> s.isActive()
                        && (s.getCommissioner().equals(organisation)
                                || s.getPartners().contains(organisation)));
        if (leadsALiveService && (!kind.commissions() || !active)) {
            throw InvalidInputException.of("kind", "workspace.organisations.error.still-commissions");
        }
        organisation.change(cleaned, kind, active);
        audit.record(
                "organisation.edited",
                "organisation",
                organisation.getCode(),
                cleaned + " (" + kind + (active ? "" : ", retired") + ")");
    }

    @Transactional
    public String addArea(String name) {
        String cleaned = checkedArea(name, null);
        String code = CodeFromName.of(cleaned, ORGANISATION_CODE_MAX, areas::existsByCode);
        areas.save(new Area(code, cleaned));
        audit.record("area.added", "area", code, cleaned);
        return code;
    }

    @Transactional
    public void renameArea(long id, String name) {
        Area area = areas.findById(id).orElseThrow(() -> new IllegalArgumentException("No area " + id));
        String cleaned = checkedArea(name, area);
        area.rename(cleaned);
        audit.record("area.renamed", "area", area.getCode(), cleaned);
    }

    private CommissionedService service(String code) {
        return services.findByCode(code).orElseThrow(() -> new IllegalArgumentException("No service " + code));
    }

    private CommissionedService.ServiceDetails checked(ServiceForm form, CommissionedService editing) {
        List<Problem> problems = new ArrayList<>();
        String name = required(form.name(), NAME_MAX, "name", problems);
        if (name != null) {
            services.findByNameIgnoreCase(name)
                    .filter(other -> !other.equals(editing))
                    .ifPresent(other -> problems.add(new Problem("name", "workspace.register.error.name-taken")));
        }
        String description = required(form.description(), DESCRIPTION_MAX, "description", problems);
        String searchTerms = TextInput.clean(form.searchTerms());
        if (searchTerms != null && searchTerms.length() > SEARCH_TERMS_MAX) {
            problems.add(new Problem("searchTerms", "workspace.register.error.searchTerms-too-long"));
        }
        if (form.team() == null) {
            problems.add(new Problem("team", "workspace.register.error.team-needed"));
        }
        if (form.category() == null) {
            problems.add(new Problem("category", "workspace.register.error.category-needed"));
        }
        String clientGroup = required(form.clientGroup(), CLIENT_GROUP_MAX, "clientGroup", problems);
        Organisation commissioner = form.commissionerId() == null
                ? null
                : organisations.findById(form.commissionerId()).orElse(null);
        if (commissioner == null) {
            problems.add(new Problem("commissioner", "workspace.register.error.commissioner-needed"));
        } else if (!commissioner.kindOf().commissions()) {
            problems.add(new Problem("commissioner", "workspace.register.error.commissioner-kind"));
        } else if (!commissioner.isActive() && (editing == null || !commissioner.equals(editing.getCommissioner()))) {
            problems.add(new Problem("commissioner", "workspace.register.error.organisation-retired"));
        }
        Set<Organisation> partners = new HashSet<>(organisations.findAllById(form.partnerIds()));
        if (partners.size() != form.partnerIds().size()
                || partners.stream().anyMatch(p -> !p.kindOf().commissions())) {
            problems.add(new Problem("partners", "workspace.register.error.partner-kind"));
        } else if (commissioner != null && partners.contains(commissioner)) {
            problems.add(new Problem("partners", "workspace.register.error.partner-is-lead"));
        } else if (!partners.isEmpty() && !form.jointlyCommissioned()) {
            problems.add(new Problem("partners", "workspace.register.error.partners-need-joint"));
        }
        Organisation provider = form.providerId() == null
                ? null
                : organisations.findById(form.providerId()).orElse(null);
        if (form.providerId() != null && provider == null) {
            problems.add(new Problem("provider", "workspace.register.error.provider-unknown"));
        } else if (provider != null
                && !provider.isActive()
                && (editing == null || !provider.equals(editing.getProvider()))) {
            problems.add(new Problem("provider", "workspace.register.error.organisation-retired"));
        }
        Set<Area> chosenAreas = new HashSet<>(areas.findAllById(form.areaIds()));
        if (chosenAreas.isEmpty() || chosenAreas.size() != form.areaIds().size()) {
            problems.add(new Problem("areas", "workspace.register.error.areas-needed"));
        }
        if (form.cycleStage() == null) {
            problems.add(new Problem("cycleStage", "workspace.register.error.cycleStage-needed"));
        }
        if (form.contractStart() != null
                && form.contractEnd() != null
                && form.contractEnd().isBefore(form.contractStart())) {
            problems.add(new Problem("contractEnd", "workspace.register.error.end-before-start"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CommissionedService.ServiceDetails(
                name,
                description,
                searchTerms,
                form.team(),
                form.category(),
                clientGroup,
                commissioner,
                partners,
                form.jointlyCommissioned(),
                provider,
                chosenAreas,
                form.cycleStage(),
                form.contractStart(),
                form.contractEnd());
    }

    private String checkedOrganisation(String name, OrganisationKind kind, Organisation editing) {
        List<Problem> problems = new ArrayList<>();
        String cleaned = required(name, NAME_MAX, "name", problems);
        if (cleaned != null) {
            organisations
                    .findByNameIgnoreCase(cleaned)
                    .filter(other -> !other.equals(editing))
                    .ifPresent(other -> problems.add(new Problem("name", "workspace.organisations.error.name-taken")));
        }
        if (kind == null) {
            problems.add(new Problem("kind", "workspace.organisations.error.kind-needed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cleaned;
    }

    private String checkedArea(String name, Area editing) {
        List<Problem> problems = new ArrayList<>();
        String cleaned = required(name, NAME_MAX, "name", problems);
        if (cleaned != null) {
            areas.findByNameIgnoreCase(cleaned)
                    .filter(other -> !other.equals(editing))
                    .ifPresent(other -> problems.add(new Problem("name", "workspace.areas.error.name-taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cleaned;
    }

    private static String required(String text, int max, String field, List<Problem> problems) {
        String cleaned = TextInput.clean(text);
        if (cleaned == null) {
            problems.add(new Problem(field, "workspace.register.error." + field + "-needed"));
            return null;
        }
        if (cleaned.length() > max) {
            problems.add(new Problem(field, "workspace.register.error." + field + "-too-long"));
            return null;
        }
        return cleaned;
    }

    private static RegisterEntry entry(CommissionedService s) {
        return new RegisterEntry(
                s.getCode(),
                s.getName(),
                s.getTeam(),
                s.getCommissioner().getName(),
                s.getPartners().stream().map(Organisation::getName).sorted().toList(),
                s.getProvider() == null ? null : s.getProvider().getName(),
                s.getCycleStage(),
                s.getContractStart(),
                s.getContractEnd(),
                s.isActive());
    }

    private static Set<Long> ids(Set<Organisation> organisations) {
        Set<Long> ids = new HashSet<>();
        organisations.forEach(o -> ids.add(o.getId()));
        return ids;
    }

    private static String describe(CommissionedService.ServiceDetails d) {
        return d.name() + "; team " + d.team() + "; commissioner "
                + d.commissioner().getCode()
                + (d.partners().isEmpty()
                        ? ""
                        : " with "
                                + d.partners().stream()
                                        .map(Organisation::getCode)
                                        .sorted()
                                        .toList())
                + "; provider "
                + (d.provider() == null ? "not recorded" : d.provider().getCode())
                + "; areas " + d.areas().stream().map(Area::getCode).sorted().toList()
                + "; stage " + d.cycleStage() + "; contract " + Objects.toString(d.contractStart(), "?") + " to "
                + Objects.toString(d.contractEnd(), "?");
    }
}
