package uk.coproduction.portal.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A commissioner's reply to the person, shown on their "what happened to my feedback" page. */
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

    @Column(name = "sent_at")
    private Instant sentAt;

    protected FeedbackReply() {
    }

    FeedbackReply(Feedback feedback, String body, String easyReadBody, long authorId, Instant sentAt) {
        this.feedback = feedback;
        this.body = body;
        this.easyReadBody = easyReadBody;
        this.authorId = authorId;
        this.sentAt = sentAt;
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

    public Instant getSentAt() {
        return sentAt;
    }
}
