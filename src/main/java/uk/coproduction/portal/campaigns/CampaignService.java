package uk.coproduction.portal.campaigns;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.limits.CampaignAllowance;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.reporting.VoiceTotals;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Campaign and event links (issue 25, decision 0027): made, closed and re-opened by commissioners and administrators
 * (every change audited), followed by anyone. Following an open link gives the visitor's session the campaign's
 * allowance ({@link CampaignAllowance}); a closed, expired or forged link still leads to the journey, without it.
 */
@Service
public class CampaignService {

    /** The most people one link may expect: a whole trust's staff with room to spare. */
    public static final int MOST_PEOPLE = 100_000;
    /** The longest window: a frontline quarter with a little either side. */
    public static final Duration LONGEST_WINDOW = Duration.ofDays(120);

    public static final int NAME_MAX_LENGTH = 200;

    private final CampaignRepository campaigns;
    private final CommissionedServiceRepository services;
    private final CampaignSigningKey signingKey;
    private final CampaignVisitors visitors;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final VoiceTotals voiceTotals;
    private final Clock clock;
    private final String linkStart;

    CampaignService(
            CampaignRepository campaigns,
            CommissionedServiceRepository services,
            CampaignSigningKey signingKey,
            CampaignVisitors visitors,
            StaffDirectory staff,
            AuditLog audit,
            VoiceTotals voiceTotals,
            Clock clock,
            @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.campaigns = campaigns;
        this.services = services;
        this.signingKey = signingKey;
        this.visitors = visitors;
        this.staff = staff;
        this.audit = audit;
        this.voiceTotals = voiceTotals;
        this.clock = clock;
        this.linkStart = publicUrl.replaceAll("/+$", "") + "/" + ARRIVAL_ROUTE + "/";
    }

    /** The public route a campaign link opens; the token follows it. */
    public static final String ARRIVAL_ROUTE = "campaign";

    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional
    public CampaignSummary create(CampaignForm form) {
        StaffIdentity me = staff.requireCurrentStaff();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            problems.add(new InvalidInputException.Problem("name", "workspace.campaigns.error.name-required"));
        } else if (name.length() > NAME_MAX_LENGTH) {
            problems.add(new InvalidInputException.Problem("name", "workspace.campaigns.error.name-too-long"));
        }
        if (form.journey() == null) {
            problems.add(new InvalidInputException.Problem("journey", "workspace.campaigns.error.journey-required"));
        }
        Long serviceId = null;
        String quarter = null;
        if (form.journey() == CampaignJourney.RESIDENT_FEEDBACK && form.serviceId() != null) {
            serviceId = services.findById(form.serviceId())
                    .filter(CommissionedService::isActive)
                    .map(CommissionedService::getId)
                    .orElse(null);
            if (serviceId == null) {
                problems.add(new InvalidInputException.Problem("service", "workspace.campaigns.error.service-unknown"));
            }
        }
        if (form.journey() == CampaignJourney.FRONTLINE) {
            quarter = Optional.ofNullable(form.quarter())
                    .flatMap(Quarter::parse)
                    .map(Quarter::toString)
                    .orElse(null);
            if (quarter == null) {
                problems.add(
                        new InvalidInputException.Problem("quarter", "workspace.campaigns.error.quarter-required"));
            }
        }
        if (form.expectedPeople() == null || form.expectedPeople() < 1 || form.expectedPeople() > MOST_PEOPLE) {
            problems.add(new InvalidInputException.Problem("people", "workspace.campaigns.error.people"));
        }
        if (form.opens() == null) {
            problems.add(new InvalidInputException.Problem("opens", "workspace.campaigns.error.opens-required"));
        }
        if (form.closes() == null) {
            problems.add(new InvalidInputException.Problem("closes", "workspace.campaigns.error.closes-required"));
        } else if (form.opens() != null && !form.closes().isAfter(form.opens())) {
            problems.add(new InvalidInputException.Problem("closes", "workspace.campaigns.error.closes-before-opens"));
        } else if (form.opens() != null
                && Duration.between(form.opens(), form.closes()).compareTo(LONGEST_WINDOW) > 0) {
            problems.add(new InvalidInputException.Problem("closes", "workspace.campaigns.error.window-too-long"));
        } else if (!form.closes().isAfter(clock.instant())) {
            problems.add(new InvalidInputException.Problem("closes", "workspace.campaigns.error.closes-in-past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Campaign campaign = campaigns.save(new Campaign(
                CampaignToken.newPublicId(),
                name,
                // each was checked above, a missing one is a problem, and problems were thrown
                Objects.requireNonNull(form.journey()),
                serviceId,
                quarter,
                Objects.requireNonNull(form.expectedPeople()),
                Objects.requireNonNull(form.opens()),
                Objects.requireNonNull(form.closes()),
                me.id(),
                clock.instant()));
        audit.record(
                "campaign.created",
                "campaign",
                campaign.getId(),
                name + "; " + form.journey()
                        + (serviceId == null ? "" : ", service " + serviceId)
                        + (quarter == null ? "" : ", quarter " + quarter)
                        + "; " + form.expectedPeople() + " people; " + form.opens() + " to " + form.closes());
        return summary(campaign, me);
    }

    /** Every campaign link, newest window first. */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<CampaignSummary> list() {
        StaffIdentity me = staff.requireCurrentStaff();
        return campaigns.findAllByOrderByOpensAtDescIdDesc().stream()
                .map(c -> summary(c, me))
                .toList();
    }

    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public Optional<CampaignSummary> find(long id) {
        StaffIdentity me = staff.requireCurrentStaff();
        return campaigns.findById(id).map(c -> summary(c, me));
    }

    /**
     * Journeys started and finished through the link, each through {@link SmallNumbers}. Finished ones are counted
     * with the evidence filter's own condition (by {@link VoiceTotals}, in the reporting module), so safeguarding concerns are never counted and
     * the figure agrees with the dashboard filtered by this campaign.
     */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public CampaignFigures figures(long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new IllegalArgumentException("No campaign " + id));
        RespondentGroup group =
                campaign.getJourney() == CampaignJourney.FRONTLINE ? RespondentGroup.FRONTLINE_WORKER : null;
        EvidenceFilter filter = new EvidenceFilter(null, null, null, group, (AgeBand) null, null, null, null, id);
        LocalDate from =
                campaign.getOpensAt().atZone(clock.getZone()).toLocalDate().minusDays(1);
        LocalDate until = LocalDate.now(clock).plusDays(2);
        long finished = voiceTotals.between(filter, from, until);
        return new CampaignFigures(SmallNumbers.count(campaign.getJourneysStarted()), SmallNumbers.count(finished));
    }

    /** Closes a leaked link at once: its allowance is taken back from every visitor who has it. */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional
    public CampaignSummary close(long id) {
        StaffIdentity me = staff.requireCurrentStaff();
        Campaign campaign = changeable(id, me);
        if (campaign.getClosedAt() == null) {
            campaign.close(clock.instant());
            audit.record("campaign.closed", "campaign", id, campaign.getName());
        }
        visitors.withdraw(id);
        return summary(campaign, me);
    }

    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional
    public CampaignSummary reopen(long id) {
        StaffIdentity me = staff.requireCurrentStaff();
        Campaign campaign = changeable(id, me);
        if (campaign.getClosedAt() != null) {
            campaign.reopen();
            audit.record("campaign.reopened", "campaign", id, campaign.getName());
        }
        return summary(campaign, me);
    }

    /**
     * A visitor follows a link. An open one counts a started journey (once per session: {@code alreadyHere} is the
     * campaign this session followed before, if any) and keeps the allowance in the visitor's session.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public CampaignArrival follow(String token) {
        Optional<Campaign> found = CampaignToken.verify(token, signingKey.key()).flatMap(campaigns::findByPublicId);
        if (found.isEmpty()) {
            return new CampaignArrival.Refused();
        }
        Campaign campaign = found.get();
        if (!campaign.openAt(clock.instant())) {
            return new CampaignArrival.NotOpen(campaign.getJourney(), campaign.getServiceId(), campaign.getQuarter());
        }
        boolean alreadyHere = CampaignAllowance.current()
                .map(a -> a.campaignId() == campaign.getId())
                .orElse(false);
        if (!alreadyHere) {
            campaigns.countStart(campaign.getId());
        }
        visitors.admit(new CampaignAllowance(
                campaign.getId(), campaign.getExpectedPeople(), campaign.getOpensAt(), campaign.getClosesAt()));
        return new CampaignArrival.Open(
                campaign.getId(),
                campaign.getJourney(),
                campaign.getServiceId(),
                campaign.getQuarter(),
                campaign.getExpectedPeople(),
                campaign.getOpensAt(),
                campaign.getClosesAt());
    }

    /**
     * Whether a campaign is still open (not closed by hand); read on each page a campaign visitor opens, so a link
     * closed on another instance stops its allowance there too.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public boolean closedByHand(long id) {
        return campaigns.findById(id).map(c -> c.getClosedAt() != null).orElse(true);
    }

    private Campaign changeable(long id, StaffIdentity me) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new IllegalArgumentException("No campaign " + id));
        if (!mayChange(campaign, me)) {
            throw new AccessDeniedException("Only the campaign's owner or an administrator may close or re-open it");
        }
        return campaign;
    }

    private static boolean mayChange(Campaign campaign, StaffIdentity me) {
        return campaign.getCreatedBy() == me.id() || me.hasRole(Roles.ADMIN);
    }

    private CampaignSummary summary(Campaign campaign, StaffIdentity me) {
        Instant now = clock.instant();
        CampaignSummary.Status status = campaign.getClosedAt() != null
                ? CampaignSummary.Status.CLOSED
                : now.isBefore(campaign.getOpensAt())
                        ? CampaignSummary.Status.NOT_YET_OPEN
                        : now.isBefore(campaign.getClosesAt())
                                ? CampaignSummary.Status.OPEN
                                : CampaignSummary.Status.ENDED;
        String service = campaign.getServiceId() == null
                ? null
                : services.findById(campaign.getServiceId())
                        .map(CommissionedService::getName)
                        .orElse(null);
        String owner = staff.displayNames(List.of(campaign.getCreatedBy())).getOrDefault(campaign.getCreatedBy(), "");
        return new CampaignSummary(
                campaign.getId(),
                campaign.getName(),
                campaign.getJourney(),
                service,
                campaign.getQuarter(),
                campaign.getExpectedPeople(),
                campaign.getOpensAt(),
                campaign.getClosesAt(),
                campaign.getClosedAt(),
                status,
                linkStart + CampaignToken.sign(campaign.getPublicId(), signingKey.key()),
                owner,
                mayChange(campaign, me));
    }
}
