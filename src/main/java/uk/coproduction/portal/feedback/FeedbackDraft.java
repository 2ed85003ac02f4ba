package uk.coproduction.portal.feedback;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.services.Area;
import uk.coproduction.portal.services.CommissionedService;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A feedback journey in progress, saved on every page. Found again by its return code, so closing the tab,
 * a lost session or a server restart loses nothing. Once sent it remembers its reference code, so sending
 * again returns the same one.
 */
@Entity
@Table(name = "feedback_draft")
class FeedbackDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "return_code")
    private String returnCode;

    @Column(name = "submission_key")
    private String submissionKey;

    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private CommissionedService service;

    @Column(name = "service_answered")
    private boolean serviceAnswered;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    @Column(name = "area_answered")
    private boolean areaAnswered;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_group")
    private RespondentGroup respondentGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    @Column(name = "age_answered")
    private boolean ageAnswered;

    @Column(name = "change_wanted")
    private String changeWanted;

    @Column(name = "change_answered")
    private boolean changeAnswered;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_method")
    private ReplyMethod replyMethod;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_advocate")
    private String contactAdvocate;

    @Column(name = "reference_code")
    private String referenceCode;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "feedback_draft_answer", joinColumns = @JoinColumn(name = "draft_id"))
    @MapKeyColumn(name = "expectation_id")
    private Map<Long, DraftAnswer> answers = new HashMap<>();

    /** The campaign link the journey was started through (decision 0027); copied onto the feedback when sent. */
    @Column(name = "campaign_id")
    private Long campaignId;

    protected FeedbackDraft() {}

    FeedbackDraft(String returnCode, String submissionKey, String language, Instant now) {
        this.returnCode = returnCode;
        this.submissionKey = submissionKey;
        this.language = language;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void touch(Instant now, String language) {
        this.updatedAt = now;
        if (language != null) {
            this.language = language;
        }
    }

    void chooseService(CommissionedService service) {
        this.service = service;
        this.serviceAnswered = true;
    }

    void chooseArea(Area area) {
        this.area = area;
        this.areaAnswered = true;
    }

    void chooseGroup(RespondentGroup group) {
        this.respondentGroup = group;
        if (group != RespondentGroup.YOUNG_PERSON) {
            this.ageBand = null;
            this.ageAnswered = false;
        }
    }

    void chooseAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
        this.ageAnswered = true;
    }

    void answer(long expectationId, RatingAnswer answer, String comment) {
        answers.put(expectationId, new DraftAnswer(answer, comment));
    }

    void wantChange(String words) {
        this.changeWanted = words;
        this.changeAnswered = true;
    }

    void askForReply(ContactRequest contact) {
        this.replyMethod = contact.method();
        this.contactEmail = contact.email();
        this.contactPhone = contact.phone();
        this.contactAdvocate = contact.advocate();
    }

    void sent(String referenceCode) {
        this.referenceCode = referenceCode;
    }

    /** After sending, the words live only in the feedback: the draft keeps nothing personal. */
    void forgetAnswers() {
        answers.clear();
        changeWanted = null;
        contactEmail = null;
        contactPhone = null;
        contactAdvocate = null;
    }

    String getReturnCode() {
        return returnCode;
    }

    String getSubmissionKey() {
        return submissionKey;
    }

    String getLanguage() {
        return language;
    }

    CommissionedService getService() {
        return service;
    }

    boolean isServiceAnswered() {
        return serviceAnswered;
    }

    Area getArea() {
        return area;
    }

    boolean isAreaAnswered() {
        return areaAnswered;
    }

    RespondentGroup getRespondentGroup() {
        return respondentGroup;
    }

    AgeBand getAgeBand() {
        return ageBand;
    }

    boolean isAgeAnswered() {
        return ageAnswered;
    }

    String getChangeWanted() {
        return changeWanted;
    }

    boolean isChangeAnswered() {
        return changeAnswered;
    }

    ContactRequest getContact() {
        return replyMethod == null
                ? null
                : new ContactRequest(replyMethod, contactEmail, contactPhone, contactAdvocate);
    }

    String getReferenceCode() {
        return referenceCode;
    }

    Map<Long, DraftAnswer> getAnswers() {
        return answers;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void startedThrough(Long campaign) {
        this.campaignId = campaign;
    }

    Long getCampaignId() {
        return campaignId;
    }
}
