package uk.coproduction.portal.frontline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** What a frontline worker's feedback adds: the quarter it counts for and the role they gave. */
@Entity
@Table(name = "frontline_response")
class FrontlineResponse {

    @Id
    @Column(name = "feedback_id")
    private Long feedbackId;

    private String quarter;

    private @Nullable String role;

    protected FrontlineResponse() {}

    FrontlineResponse(long feedbackId, String quarter, @Nullable String role) {
        this.feedbackId = feedbackId;
        this.quarter = quarter;
        this.role = role;
    }

    String getQuarter() {
        return quarter;
    }

    @Nullable
    String getRole() {
        return role;
    }
}
