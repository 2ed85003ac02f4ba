package uk.coproduction.portal.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An audience a review asks, and the unguessable id its own link carries. */
@Embeddable
class ReviewLink {

    @Enumerated(EnumType.STRING)
    private ReviewAudience audience;

    @Column(name = "public_id")
    private String publicId;

    protected ReviewLink() {}

    ReviewLink(ReviewAudience audience, String publicId) {
        this.audience = audience;
        this.publicId = publicId;
    }

    ReviewAudience audience() {
        return audience;
    }

    String publicId() {
        return publicId;
    }
}
