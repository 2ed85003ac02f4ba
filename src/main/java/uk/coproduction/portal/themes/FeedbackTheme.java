package uk.coproduction.portal.themes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One theme on one piece of feedback, with who tagged it and when. */
@Entity
@Table(name = "feedback_theme")
public class FeedbackTheme {

    @EmbeddedId
    private Key id;

    @Column(name = "tagged_by")
    private String taggedBy;

    @Column(name = "tagged_at")
    private Instant taggedAt;

    protected FeedbackTheme() {}

    FeedbackTheme(long feedbackId, long themeId, String taggedBy, Instant taggedAt) {
        this.id = new Key(feedbackId, themeId);
        this.taggedBy = taggedBy;
        this.taggedAt = taggedAt;
    }

    public Key getId() {
        return id;
    }

    public String getTaggedBy() {
        return taggedBy;
    }

    public Instant getTaggedAt() {
        return taggedAt;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "feedback_id")
        private long feedbackId;

        @Column(name = "theme_id")
        private long themeId;

        protected Key() {}

        public Key(long feedbackId, long themeId) {
            this.feedbackId = feedbackId;
            this.themeId = themeId;
        }

        public long getFeedbackId() {
            return feedbackId;
        }

        public long getThemeId() {
            return themeId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.feedbackId == feedbackId && key.themeId == themeId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(feedbackId, themeId);
        }
    }
}
