package uk.coproduction.portal.feedback;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.services.Area;
import uk.coproduction.portal.services.CommissionedService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one person (or someone on their behalf) told us about a service. */
@Entity
@Table(name = "feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference_code")
    private String referenceCode;

    @Column(name = "submission_key")
    private String submissionKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private CommissionedService service;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_group")
    private RespondentGroup respondentGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String comment;

    @Enumerated(EnumType.STRING)
    private FeedbackStatus status;

    /**
     * When the voice was given: the event's day, the paper form's date, or when an online journey was sent. Every
     * figure and quarter counts from it (decision 0039).
     */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** When the entry reached the portal (typed up, imported or sent); the reply-by date counts from it. */
    @Column(name = "received_at")
    private Instant receivedAt;

    /** The reply window had already run out, counted from the given date, when it reached the portal. */
    @Column(name = "received_late")
    private boolean receivedLate;

    @Version
    private int version;

    private String language = "en-GB";

    @Enumerated(EnumType.STRING)
    private Wording wording = Wording.YOUNG_PERSON;

    @Column(name = "change_wanted")
    private String changeWanted;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_method")
    private ReplyMethod replyMethod = ReplyMethod.NONE;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_advocate")
    private String contactAdvocate;

    /** The hash of the private code shown once to someone who gave no e-mail or phone ({@link ProofSecret}). */
    @Column(name = "proof_secret_hash")
    private String proofSecretHash;

    @Column(name = "safeguarding_flag")
    private boolean safeguardingFlag;

    /** Looks sent by a program: kept, out of every figure until a person clears it (decision 0026). */
    @Column(name = "held_for_review")
    private boolean heldForReview;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_reason")
    private HeldReason heldReason;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "held_cleared_by")
    private String heldClearedBy;

    @Column(name = "held_cleared_at")
    private Instant heldClearedAt;

    /** SHA-256 of the person's words, trimmed and in lower case, to see the same words sent many times. */
    @Column(name = "words_fingerprint")
    private String wordsFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "safeguarding_source")
    private SafeguardingSource safeguardingSource;

    @Column(name = "safeguarding_matched")
    private String safeguardingMatched;

    @Column(name = "safeguarding_flagged_by")
    private String safeguardingFlaggedBy;

    @Column(name = "safeguarding_reason")
    private String safeguardingReason;

    @Column(name = "safeguarding_flagged_at")
    private Instant safeguardingFlaggedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_made_sense")
    private PersonsAnswer replyMadeSense;

    @Enumerated(EnumType.STRING)
    @Column(name = "something_changed")
    private PersonsAnswer somethingChanged;

    @Column(name = "response_at")
    private Instant responseAt;

    /** The campaign or event link the journey was started through (decision 0027); null for most feedback. */
    @Column(name = "campaign_id")
    private Long campaignId;

    /** Charter expectation id to the person's "tell us more" words under that question. */
    @ElementCollection
    @CollectionTable(name = "feedback_answer_comment", joinColumns = @JoinColumn(name = "feedback_id"))
    @MapKeyColumn(name = "expectation_id")
    @Column(name = "comment")
    private Map<Long, String> answerComments = new HashMap<>();

    /** Charter expectation id to answer. */
    @ElementCollection
    @CollectionTable(name = "feedback_rating", joinColumns = @JoinColumn(name = "feedback_id"))
    @MapKeyColumn(name = "expectation_id")
    @Column(name = "answer")
    @Enumerated(EnumType.STRING)
    private Map<Long, RatingAnswer> ratings = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "feedback_plan_action", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "action_id")
    private Set<Long> linkedActionIds = new HashSet<>();

    /** Further services the feedback is about, besides the main one in {@code service}. */
    @ElementCollection
    @CollectionTable(name = "feedback_service", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "service_id")
    private Set<Long> otherServiceIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "feedback_objective", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "objective_id")
    private Set<Long> linkedObjectiveIds = new HashSet<>();

    /** The words as they may be quoted outside the workspace; null until a commissioner moderates them. */
    @Column(name = "quote_text")
    private String quoteText;

    @Column(name = "quote_approved_by")
    private String quoteApprovedBy;

    @Column(name = "quote_approved_at")
    private Instant quoteApprovedAt;

    @Column(name = "quote_proposed_by")
    private String quoteProposedBy;

    @Column(name = "quote_proposed_at")
    private Instant quoteProposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_words")
    private QuoteWords quoteWords;

    /** Why it was closed with no reply sent, no plan link and no change recorded; null otherwise. */
    @Column(name = "close_reason")
    private String closeReason;

    @Column(name = "reply_by")
    private LocalDate replyBy;

    /** Username of the commissioner who looks after this item. */
    private String owner;

    @OneToMany(mappedBy = "feedback", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<FeedbackReply> replies = new ArrayList<>();

    @OneToMany(mappedBy = "feedback", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    private List<FeedbackStatusChange> statusChanges = new ArrayList<>();

    protected Feedback() {}

    Feedback(
            String referenceCode,
            String submissionKey,
            CommissionedService service,
            Area area,
            RespondentGroup respondentGroup,
            AgeBand ageBand,
            Channel channel,
            String comment,
            Map<Long, RatingAnswer> ratings,
            Instant submittedAt,
            String submittedBy) {
        this(
                referenceCode,
                submissionKey,
                service,
                area,
                respondentGroup,
                ageBand,
                channel,
                comment,
                ratings,
                submittedAt,
                submittedAt,
                submittedBy);
    }

    /**
     * Feedback given at one moment and entered later: answers typed up after an event, a paper form imported
     * months on. Figures count it when it was given; its reply-by date counts from when it was received.
     */
    Feedback(
            String referenceCode,
            String submissionKey,
            CommissionedService service,
            Area area,
            RespondentGroup respondentGroup,
            AgeBand ageBand,
            Channel channel,
            String comment,
            Map<Long, RatingAnswer> ratings,
            Instant givenAt,
            Instant receivedAt,
            String submittedBy) {
        if (givenAt.isAfter(receivedAt)) {
            throw new IllegalArgumentException("A voice cannot be given after it was received");
        }
        this.referenceCode = referenceCode;
        this.submissionKey = submissionKey;
        this.service = service;
        this.area = area;
        this.respondentGroup = respondentGroup;
        this.ageBand = ageBand;
        this.channel = channel;
        this.comment = comment;
        this.ratings = new HashMap<>(ratings);
        this.submittedAt = givenAt;
        this.receivedAt = receivedAt;
        this.status = FeedbackStatus.NEW;
        statusChanges.add(new FeedbackStatusChange(this, null, FeedbackStatus.NEW, submittedBy, receivedAt));
    }

    /** What the person said after the journey's questions, in the words they were asked in. */
    public void describeJourney(
            Map<Long, String> answerComments,
            String changeWanted,
            Wording wording,
            String language,
            ContactRequest contact) {
        this.answerComments = new HashMap<>(answerComments);
        this.changeWanted = changeWanted;
        this.wording = wording;
        this.language = language;
        this.replyMethod = contact.method();
        this.contactEmail = contact.method() == ReplyMethod.EMAIL ? contact.email() : null;
        this.contactPhone = contact.method() == ReplyMethod.PHONE ? contact.phone() : null;
        this.contactAdvocate = contact.method() == ReplyMethod.ADVOCATE ? contact.advocate() : null;
    }

    /** Set when the item has just been flagged, so saving it tells the safeguarding leads (once). */
    @Transient
    private boolean concernToAnnounce;

    @DomainEvents
    Collection<Object> domainEvents() {
        return concernToAnnounce && id != null ? List.of(new SafeguardingConcernRaised(id)) : List.of();
    }

    @AfterDomainEventPublication
    void domainEventsPublished() {
        if (id != null) {
            concernToAnnounce = false;
        }
    }

    /** Takes the item out of every ordinary view: only the safeguarding queue shows it. */
    public void flagForSafeguarding(SafeguardingSource source) {
        this.safeguardingFlag = true;
        this.safeguardingSource = source;
        this.concernToAnnounce = true;
    }

    /**
     * Flagged because the words matched the safeguarding rule set: a disclosure, or a possible concern for a lead
     * to review. The rule is kept, so the lead sees why.
     */
    public void flagForDisclosure(DisclosureFinding finding, Instant at) {
        flagForSafeguarding(
                finding.tier() == DisclosureTier.DISCLOSURE
                        ? SafeguardingSource.KEYWORD
                        : SafeguardingSource.POSSIBLE_CONCERN);
        String words = finding.matched();
        this.safeguardingMatched = words.length() > 200 ? words.substring(0, 199) + "\u2026" : words;
        this.safeguardingFlaggedAt = at;
    }

    /** Flagged because the person's words matched a safeguarding phrase (kept, so the lead sees why). */
    public void flagForSafeguardingKeyword(String matchedPhrase, Instant at) {
        flagForSafeguarding(SafeguardingSource.KEYWORD);
        this.safeguardingMatched = matchedPhrase;
        this.safeguardingFlaggedAt = at;
    }

    /** A member of staff reading the item flagged it, saying why. */
    public void flagForSafeguardingByStaff(String by, String reason, Instant at) {
        flagForSafeguarding(SafeguardingSource.STAFF);
        this.safeguardingFlaggedBy = by;
        this.safeguardingReason = reason;
        this.safeguardingFlaggedAt = at;
    }

    /** Kept but held for a person to review, out of every figure meanwhile; once cleared it is never held again. */
    void holdForReview(HeldReason reason, Instant at) {
        if (heldClearedAt == null && !heldForReview) {
            this.heldForReview = true;
            this.heldReason = reason;
            this.heldAt = at;
        }
    }

    /** A person read it and it counts like any other feedback from now on. */
    void clearHold(String by, Instant at) {
        this.heldForReview = false;
        this.heldClearedBy = by;
        this.heldClearedAt = at;
    }

    void fingerprintWords(String fingerprint) {
        this.wordsFingerprint = fingerprint;
    }

    public boolean isHeldForReview() {
        return heldForReview;
    }

    public HeldReason getHeldReason() {
        return heldReason;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    /** A safeguarding lead decided it is not a safeguarding concern: back to ordinary triage. */
    public void returnFromSafeguarding() {
        this.safeguardingFlag = false;
    }

    /** The person's one-tap answers about our reply. */
    public void recordResponseToReply(PersonsAnswer madeSense, PersonsAnswer changed, Instant at) {
        this.replyMadeSense = madeSense;
        this.somethingChanged = changed;
        this.responseAt = at;
    }

    /** Moves the status forward (never back) and records who did it and when. */
    /**
     * Moves on to a later status. The statuses that make a claim to the person need their fact (decision 0021):
     * "replied" a sent reply, "linked" and "change planned" a linked plan action; "closed" goes through
     * {@link #close}, which keeps the reason.
     */
    public void advanceTo(FeedbackStatus target, String by, Instant at) {
        if (target == FeedbackStatus.REPLIED && getSentReplies().isEmpty()
                || (target == FeedbackStatus.LINKED || target == FeedbackStatus.CHANGE_PLANNED)
                        && linkedActionIds.isEmpty()) {
            throw new IllegalStateException("No " + target + " without the fact behind it");
        }
        if (status.isBefore(target)) {
            statusChanges.add(new FeedbackStatusChange(this, status, target, by, at));
            status = target;
        }
    }

    public void assignService(CommissionedService service) {
        this.service = service;
    }

    /**
     * Sets the reply-by date: the service's number of working days (20 when no service is known) after it reached
     * the portal. When that many working days after it was given had already passed on arrival, it is marked
     * received late: the clock starts at receipt, and the time before it reached us is never counted as overdue.
     */
    public void scheduleReply(WorkingDays workingDays) {
        int days = service == null ? WorkingDays.DEFAULT_REPLY_WITHIN : service.getReplyWithinDays();
        LocalDate received = receivedAt.atZone(WorkingDays.UK).toLocalDate();
        this.replyBy = workingDays.after(received, days);
        this.receivedLate = workingDays
                .after(submittedAt.atZone(WorkingDays.UK).toLocalDate(), days)
                .isBefore(received);
    }

    /** The first commissioner to open an item looks after it. */
    public void claimIfUnowned(String username) {
        if (owner == null) {
            owner = username;
        }
    }

    public void takeOwnership(String username) {
        owner = username;
    }

    /**
     * Redacted words proposed as a quote, not published until a second commissioner approves them; replaces any
     * earlier quote, published or not. The original stays as it was.
     */
    void proposeQuote(String redacted, QuoteWords words, String by, Instant at) {
        this.quoteText = redacted;
        this.quoteWords = words;
        this.quoteProposedBy = by;
        this.quoteProposedAt = at;
        this.quoteApprovedBy = null;
        this.quoteApprovedAt = null;
    }

    /** The proposed words are published: only by someone other than who proposed them (V0050 checks it too). */
    void publishQuote(String redacted, String by, Instant at) {
        if (quoteText == null || quoteProposedBy == null || quoteProposedBy.equals(by)) {
            throw new IllegalStateException("A quote is published by a second commissioner after it was proposed");
        }
        this.quoteText = redacted;
        this.quoteApprovedBy = by;
        this.quoteApprovedAt = at;
    }

    public void withdrawQuote() {
        this.quoteText = null;
        this.quoteWords = null;
        this.quoteProposedBy = null;
        this.quoteProposedAt = null;
        this.quoteApprovedBy = null;
        this.quoteApprovedAt = null;
    }

    void close(String reason, String by, Instant at) {
        this.closeReason = reason;
        advanceTo(FeedbackStatus.CLOSED, by, at);
    }

    /** Everything the person wrote: their comment, the change they want, then their "tell us more" words. */
    public List<String> personsWords() {
        List<String> words = new ArrayList<>();
        if (comment != null) {
            words.add(comment);
        }
        if (changeWanted != null) {
            words.add(changeWanted);
        }
        answerComments.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .forEach(words::add);
        return words;
    }

    /**
     * True when the reply-by date has passed and nobody has sent a reply. Closing does not change it: a reply that
     * was promised and not sent stays late (decision 0021).
     */
    public boolean isOverdue(LocalDate today) {
        return replyBy != null && replyBy.isBefore(today) && replies.stream().noneMatch(r -> r.getSentAt() != null);
    }

    public void linkActions(Set<Long> actionIds) {
        linkedActionIds.clear();
        linkedActionIds.addAll(actionIds);
    }

    /** The main service, and any others the feedback is also about (the main one is never repeated among them). */
    public void linkServices(CommissionedService main, Set<Long> others) {
        this.service = main;
        otherServiceIds.clear();
        others.stream().filter(id -> !id.equals(main.getId())).forEach(otherServiceIds::add);
    }

    public void linkObjectives(Set<Long> objectiveIds) {
        linkedObjectiveIds.clear();
        linkedObjectiveIds.addAll(objectiveIds);
    }

    /** A reply the person sees at once. */
    public FeedbackReply addReply(String body, String easyReadBody, long authorId, Instant at) {
        FeedbackReply reply = new FeedbackReply(this, body, easyReadBody, authorId, at, ReplyState.SENT);
        replies.add(reply);
        return reply;
    }

    /** A reply that waits for a second commissioner's approval; the person does not see it yet. */
    FeedbackReply draftReply(String body, String easyReadBody, long authorId, Instant at) {
        FeedbackReply reply = new FeedbackReply(this, body, easyReadBody, authorId, at, ReplyState.AWAITING_APPROVAL);
        replies.add(reply);
        return reply;
    }

    public Long getId() {
        return id;
    }

    public String getReferenceCode() {
        return referenceCode;
    }

    public CommissionedService getService() {
        return service;
    }

    public Area getArea() {
        return area;
    }

    public RespondentGroup getRespondentGroup() {
        return respondentGroup;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getComment() {
        return comment;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    /** When the voice was given: what every figure and quarter counts by. */
    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** When it reached the portal. */
    public Instant getReceivedAt() {
        return receivedAt;
    }

    public boolean isReceivedLate() {
        return receivedLate;
    }

    public Map<Long, RatingAnswer> getRatings() {
        return Map.copyOf(ratings);
    }

    public Set<Long> getLinkedActionIds() {
        return Set.copyOf(linkedActionIds);
    }

    public Set<Long> getOtherServiceIds() {
        return Set.copyOf(otherServiceIds);
    }

    public Set<Long> getLinkedObjectiveIds() {
        return Set.copyOf(linkedObjectiveIds);
    }

    /** Every reply, drafts awaiting approval and returned ones included: for the commissioner's eyes only. */
    public List<FeedbackReply> getReplies() {
        return List.copyOf(replies);
    }

    /** The replies the person has been sent: the only ones they, the public or any figure may see. */
    public List<FeedbackReply> getSentReplies() {
        return replies.stream()
                .filter(FeedbackReply::isSent)
                .sorted(Comparator.comparing(FeedbackReply::getSentAt))
                .toList();
    }

    public String getLanguage() {
        return language;
    }

    public Wording getWording() {
        return wording;
    }

    public String getChangeWanted() {
        return changeWanted;
    }

    public Map<Long, String> getAnswerComments() {
        return Map.copyOf(answerComments);
    }

    /**
     * Gives the person a new private code when they left no e-mail address or phone number to send a one-time code
     * to (decision 0017); the old one, if any, stops working.
     *
     * @return the private code to show once, or null when they can be sent a one-time code instead
     */
    String issueProofSecret() {
        if (contactEmail != null || contactPhone != null) {
            return null;
        }
        String secret = ProofSecret.random();
        this.proofSecretHash = ProofSecret.hash(secret);
        return secret;
    }

    public String getProofSecretHash() {
        return proofSecretHash;
    }

    public ContactRequest getContact() {
        return new ContactRequest(replyMethod, contactEmail, contactPhone, contactAdvocate);
    }

    public boolean isSafeguardingFlag() {
        return safeguardingFlag;
    }

    public SafeguardingSource getSafeguardingSource() {
        return safeguardingSource;
    }

    public String getSafeguardingMatched() {
        return safeguardingMatched;
    }

    public String getSafeguardingFlaggedBy() {
        return safeguardingFlaggedBy;
    }

    public String getSafeguardingReason() {
        return safeguardingReason;
    }

    /** When it was flagged: for the person's own request and older rows, when it came in. */
    public Instant getSafeguardingFlaggedAt() {
        return safeguardingFlaggedAt != null ? safeguardingFlaggedAt : submittedAt;
    }

    public PersonsAnswer getReplyMadeSense() {
        return replyMadeSense;
    }

    public PersonsAnswer getSomethingChanged() {
        return somethingChanged;
    }

    public List<FeedbackStatusChange> getStatusChanges() {
        return List.copyOf(statusChanges);
    }

    public String getQuoteText() {
        return quoteText;
    }

    public String getQuoteApprovedBy() {
        return quoteApprovedBy;
    }

    public Instant getQuoteApprovedAt() {
        return quoteApprovedAt;
    }

    public String getQuoteProposedBy() {
        return quoteProposedBy;
    }

    public Instant getQuoteProposedAt() {
        return quoteProposedAt;
    }

    public QuoteWords getQuoteWords() {
        return quoteWords;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public String getOwner() {
        return owner;
    }

    /** Records the campaign link this feedback came through; set once, when it is stored. */
    public void cameThrough(Long campaign) {
        this.campaignId = campaign;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    // For FeedbackBatchInsert, which writes a batch of new items as this entity would be written.
    String getSubmissionKey() {
        return submissionKey;
    }

    String getWordsFingerprint() {
        return wordsFingerprint;
    }
}
