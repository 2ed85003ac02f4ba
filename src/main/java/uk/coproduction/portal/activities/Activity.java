package uk.coproduction.portal.activities;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.coproduction.portal.base.LundyAnswer;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CycleStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A workshop, board meeting, session, survey or co-design day where people's views were heard. */
@Entity
@Table(name = "activity")
class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    @Column(name = "held_on")
    private LocalDate heldOn;

    /** The main service: the answers people gave at the activity are about it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private CommissionedService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "cycle_stage")
    private CycleStage stage;

    @Column(name = "accessible_venue")
    private boolean accessibleVenue;

    @Column(name = "accessible_materials")
    private boolean accessibleMaterials;

    @Column(name = "communication_support")
    private boolean communicationSupport;

    @Column(name = "how_run_note")
    private String howRunNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "lundy_space")
    private LundyAnswer lundySpace;

    @Column(name = "lundy_space_note")
    private String lundySpaceNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "lundy_voice")
    private LundyAnswer lundyVoice;

    @Column(name = "lundy_voice_note")
    private String lundyVoiceNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "lundy_audience")
    private LundyAnswer lundyAudience;

    @Column(name = "lundy_audience_note")
    private String lundyAudienceNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "lundy_influence")
    private LundyAnswer lundyInfluence;

    @Column(name = "lundy_influence_note")
    private String lundyInfluenceNote;

    @Column(name = "lundy_checked_by")
    private String lundyCheckedBy;

    @Column(name = "lundy_checked_at")
    private Instant lundyCheckedAt;

    @Column(name = "what_changed")
    private String whatChanged;

    @Column(name = "changed_on")
    private LocalDate changedOn;

    @Column(name = "change_recorded_by")
    private String changeRecordedBy;

    @Column(name = "change_recorded_at")
    private Instant changeRecordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private int version;

    /** Every service it concerns, the main one included. */
    @ElementCollection
    @CollectionTable(name = "activity_service", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "activity_plan", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "plan_id")
    private Set<Long> planIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "activity_plan_action", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "action_id")
    private Set<Long> actionIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "activity_participants", joinColumns = @JoinColumn(name = "activity_id"))
    private List<ParticipantCount> participants = new ArrayList<>();

    /** The feedback entered from the answers people gave at the activity. */
    @ElementCollection
    @CollectionTable(name = "activity_feedback", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "feedback_id")
    private Set<Long> feedbackIds = new HashSet<>();

    protected Activity() {}

    /** The service has checked every value. */
    Activity(
            String title,
            ActivityKind kind,
            LocalDate heldOn,
            CommissionedService service,
            Set<Long> serviceIds,
            Set<Long> planIds,
            Set<Long> actionIds,
            CycleStage stage,
            List<ParticipantCount> participants,
            boolean accessibleVenue,
            boolean accessibleMaterials,
            boolean communicationSupport,
            String howRunNote,
            String recordedBy,
            Instant recordedAt) {
        this.title = title;
        this.kind = kind;
        this.heldOn = heldOn;
        this.service = service;
        this.serviceIds = new HashSet<>(serviceIds);
        this.serviceIds.add(service.getId());
        this.planIds = new HashSet<>(planIds);
        this.actionIds = new HashSet<>(actionIds);
        this.stage = stage;
        this.participants = new ArrayList<>(participants);
        this.accessibleVenue = accessibleVenue;
        this.accessibleMaterials = accessibleMaterials;
        this.communicationSupport = communicationSupport;
        this.howRunNote = howRunNote;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void recordLundyCheck(LundyCheck check, String by, Instant at) {
        lundySpace = check.space();
        lundySpaceNote = check.spaceNote();
        lundyVoice = check.voice();
        lundyVoiceNote = check.voiceNote();
        lundyAudience = check.audience();
        lundyAudienceNote = check.audienceNote();
        lundyInfluence = check.influence();
        lundyInfluenceNote = check.influenceNote();
        lundyCheckedBy = by;
        lundyCheckedAt = at;
    }

    void recordWhatChanged(String words, LocalDate on, String by, Instant at) {
        whatChanged = words;
        changedOn = on;
        changeRecordedBy = by;
        changeRecordedAt = at;
    }

    void addFeedback(long feedbackId) {
        feedbackIds.add(feedbackId);
    }

    LundyCheck lundyCheck() {
        return new LundyCheck(
                lundySpace,
                lundySpaceNote,
                lundyVoice,
                lundyVoiceNote,
                lundyAudience,
                lundyAudienceNote,
                lundyInfluence,
                lundyInfluenceNote);
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    ActivityKind getKind() {
        return kind;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    CommissionedService getService() {
        return service;
    }

    CycleStage getStage() {
        return stage;
    }

    boolean isAccessibleVenue() {
        return accessibleVenue;
    }

    boolean isAccessibleMaterials() {
        return accessibleMaterials;
    }

    boolean isCommunicationSupport() {
        return communicationSupport;
    }

    String getHowRunNote() {
        return howRunNote;
    }

    String getLundyCheckedBy() {
        return lundyCheckedBy;
    }

    Instant getLundyCheckedAt() {
        return lundyCheckedAt;
    }

    String getWhatChanged() {
        return whatChanged;
    }

    LocalDate getChangedOn() {
        return changedOn;
    }

    String getChangeRecordedBy() {
        return changeRecordedBy;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    Set<Long> getServiceIds() {
        return Set.copyOf(serviceIds);
    }

    Set<Long> getPlanIds() {
        return Set.copyOf(planIds);
    }

    Set<Long> getActionIds() {
        return Set.copyOf(actionIds);
    }

    List<ParticipantCount> getParticipants() {
        return List.copyOf(participants);
    }

    Set<Long> getFeedbackIds() {
        return Set.copyOf(feedbackIds);
    }
}
