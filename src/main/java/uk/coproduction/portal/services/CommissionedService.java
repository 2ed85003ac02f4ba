package uk.coproduction.portal.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A service the council or the NHS buys, and that residents give feedback on. */
@Entity
@Table(name = "commissioned_service")
public class CommissionedService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private String description;

    @Column(name = "search_terms")
    private String searchTerms;

    @Enumerated(EnumType.STRING)
    private Team team;

    @Column(name = "client_group")
    private String clientGroup;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commissioner_id")
    private Organisation commissioner;

    /** Null while no provider is recorded (decision 0029). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private Organisation provider;

    /** Organisations that commission the service together with the lead commissioner. */
    @ManyToMany
    @JoinTable(
            name = "service_partner_commissioner",
            joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> partners = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "cycle_stage")
    private CycleStage cycleStage;

    @Column(name = "contract_start")
    private LocalDate contractStart;

    @Column(name = "contract_end")
    private LocalDate contractEnd;

    @Column(name = "joint_pilot")
    private boolean jointPilot;

    private boolean active;

    /** Replies about a jointly commissioned service are approved by a second commissioner before they are sent. */
    @Column(name = "jointly_commissioned")
    private boolean jointlyCommissioned;

    @Enumerated(EnumType.STRING)
    private ServiceCategory category;

    @Column(name = "reply_within_days")
    private int replyWithinDays;

    @ManyToMany
    @JoinTable(
            name = "service_area",
            joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    private Set<Area> areas = new HashSet<>();

    protected CommissionedService() {}

    /** A new service in the register; {@link ServiceRegister} has checked every value. */
    CommissionedService(String code, ServiceDetails details) {
        this.code = code;
        this.active = true;
        this.replyWithinDays = DEFAULT_REPLY_WITHIN_DAYS;
        change(details);
    }

    static final int DEFAULT_REPLY_WITHIN_DAYS = 20;

    /** An administrator's edit of the register entry; reply settings are changed on the service's page. */
    void change(ServiceDetails details) {
        this.name = details.name();
        this.description = details.description();
        this.searchTerms = details.searchTerms() == null ? "" : details.searchTerms();
        this.team = details.team();
        this.category = details.category();
        this.clientGroup = details.clientGroup();
        this.commissioner = details.commissioner();
        this.partners.clear();
        this.partners.addAll(details.partners());
        this.jointlyCommissioned = details.jointlyCommissioned();
        this.provider = details.provider();
        this.areas.clear();
        this.areas.addAll(details.areas());
        this.cycleStage = details.cycleStage();
        this.contractStart = details.contractStart();
        this.contractEnd = details.contractEnd();
    }

    /** Retired: no longer offered to anyone giving feedback; its feedback, figures and changes stay. */
    void retire() {
        this.active = false;
    }

    void reinstate() {
        this.active = true;
    }

    /** The checked values of a register entry, with the organisations and areas already looked up. */
    record ServiceDetails(
            String name,
            String description,
            String searchTerms,
            Team team,
            ServiceCategory category,
            String clientGroup,
            Organisation commissioner,
            Set<Organisation> partners,
            boolean jointlyCommissioned,
            Organisation provider,
            Set<Area> areas,
            CycleStage cycleStage,
            LocalDate contractStart,
            LocalDate contractEnd) {}

    public String getDescription() {
        return description;
    }

    public String getSearchTerms() {
        return searchTerms;
    }

    public String getClientGroup() {
        return clientGroup;
    }

    public ServiceCategory getCategory() {
        return category;
    }

    public CycleStage getCycleStage() {
        return cycleStage;
    }

    public LocalDate getContractStart() {
        return contractStart;
    }

    public LocalDate getContractEnd() {
        return contractEnd;
    }

    public Set<Organisation> getPartners() {
        return partners;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Team getTeam() {
        return team;
    }

    public boolean isActive() {
        return active;
    }

    /** How many working days commissioners have to reply to feedback about this service. */
    public int getReplyWithinDays() {
        return replyWithinDays;
    }

    /** The (lead) commissioning organisation: the council or the NHS. */
    public Organisation getCommissioner() {
        return commissioner;
    }

    /** The organisation that runs the service, or null while none is recorded. */
    public Organisation getProvider() {
        return provider;
    }

    public boolean isJointlyCommissioned() {
        return jointlyCommissioned;
    }

    /** How replies work for this service: working days to reply in, and whether a second commissioner approves. */
    void changeReplySettings(int replyWithinDays, boolean jointlyCommissioned) {
        this.replyWithinDays = replyWithinDays;
        this.jointlyCommissioned = jointlyCommissioned;
    }

    public Set<Area> getAreas() {
        return areas;
    }

    ServiceSummary toSummary() {
        return new ServiceSummary(id, name, description, searchTerms, team, category);
    }
}
