package uk.coproduction.portal.feedback;

import jakarta.persistence.Column;
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

import java.time.Instant;

/**
 * A commissioner's reply to the person, shown on their "what happened to my feedback" page once it is
 * {@link ReplyState#SENT}. For a jointly commissioned service it is drafted first and a second commissioner
 * approves it.
 */
@Entity
@Table(name = "feedback_reply")
public class FeedbackReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "feedback_id")
    private Feedback feedback;

    private String body;

    @Column(name = "easy_read_body")
    private String easyReadBody;

    @Column(name = "author_id")
    private long authorId;

    @Enumerated(EnumType.STRING)
    private ReplyState state;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    /** Null until it is sent. */
    @Column(name = "sent_at")
    private Instant sentAt;

    /** The second commissioner who approved it, or null when it needed no approval. */
    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "return_note")
    private String returnNote;

    @Column(name = "returned_by")
    private Long returnedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    protected FeedbackReply() {}

    FeedbackReply(Feedback feedback, String body, String easyReadBody, long authorId, Instant at, ReplyState state) {
        this.feedback = feedback;
        this.body = body;
        this.easyReadBody = easyReadBody;
        this.authorId = authorId;
        this.draftedAt = at;
        this.state = state;
        this.sentAt = state == ReplyState.SENT ? at : null;
    }

    /** A second commissioner approves it, perhaps in their own words: the person sees it from now on. */
    void approve(String body, String easyReadBody, long approverId, Instant at) {
        this.body = body;
        this.easyReadBody = easyReadBody;
        this.approvedBy = approverId;
        this.state = ReplyState.SENT;
        this.sentAt = at;
    }

    /** Sent back to its author with a note saying what to change; it is never sent. */
    void returnToAuthor(String note, long returnerId, Instant at) {
        this.returnNote = note;
        this.returnedBy = returnerId;
        this.returnedAt = at;
        this.state = ReplyState.RETURNED;
    }

    public Long getId() {
        return id;
    }

    Feedback getFeedback() {
        return feedback;
    }

    public String getBody() {
        return body;
    }

    /** The Easy Read version, or null when there is none. */
    public String getEasyReadBody() {
        return easyReadBody;
    }

    public long getAuthorId() {
        return authorId;
    }

    public ReplyState getState() {
        return state;
    }

    public boolean isSent() {
        return state == ReplyState.SENT;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public Long getReturnedBy() {
        return returnedBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }
}
