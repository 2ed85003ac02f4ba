package uk.coproduction.portal.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A campaign or event link (decision 0027). Changed only through {@link CampaignService}. */
@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id")
    private String publicId;

    private String name;

    @Enumerated(EnumType.STRING)
    private CampaignJourney journey;

    @Column(name = "service_id")
    private @Nullable Long serviceId;

    private @Nullable String quarter;

    @Column(name = "expected_people")
    private int expectedPeople;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "journeys_started")
    private long journeysStarted;

    protected Campaign() {}

    Campaign(
            String publicId,
            String name,
            CampaignJourney journey,
            @Nullable Long serviceId,
            @Nullable String quarter,
            int expectedPeople,
            Instant opensAt,
            Instant closesAt,
            long createdBy,
            Instant createdAt) {
        this.publicId = publicId;
        this.name = name;
        this.journey = journey;
        this.serviceId = serviceId;
        this.quarter = quarter;
        this.expectedPeople = expectedPeople;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Open: not closed by hand, and within its window. */
    boolean openAt(Instant at) {
        return closedAt == null && !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    void close(Instant at) {
        closedAt = at;
    }

    void reopen() {
        closedAt = null;
    }

    Long getId() {
        return id;
    }

    String getPublicId() {
        return publicId;
    }

    String getName() {
        return name;
    }

    CampaignJourney getJourney() {
        return journey;
    }

    @Nullable
    Long getServiceId() {
        return serviceId;
    }

    @Nullable
    String getQuarter() {
        return quarter;
    }

    int getExpectedPeople() {
        return expectedPeople;
    }

    Instant getOpensAt() {
        return opensAt;
    }

    Instant getClosesAt() {
        return closesAt;
    }

    @Nullable
    Instant getClosedAt() {
        return closedAt;
    }

    long getCreatedBy() {
        return createdBy;
    }

    long getJourneysStarted() {
        return journeysStarted;
    }
}
