package uk.coproduction.portal.reviews;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.coproduction.portal.services.CommissionedService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A review of one service (decision 0047). Changed only through {@link ReviewService}. */
@Entity
@Table(name = "review")
class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private CommissionedService service;

    @Enumerated(EnumType.STRING)
    private ReviewKind kind;

    private String title;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_audience", joinColumns = @JoinColumn(name = "review_id"))
    private List<ReviewLink> links = new ArrayList<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReviewQuestion> questions = new ArrayList<>();

    protected Review() {}

    Review(
            CommissionedService service,
            ReviewKind kind,
            String title,
            LocalDate opensOn,
            LocalDate closesOn,
            String createdBy,
            Instant createdAt) {
        this.service = service;
        this.kind = kind;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Open for answers on this UK day: not closed by hand, and within its period (both days included). */
    boolean openOn(LocalDate day) {
        return closedAt == null && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Over: closed by hand, or its last day has passed. */
    boolean overOn(LocalDate day) {
        return closedAt != null || day.isAfter(closesOn);
    }

    void describe(String title, LocalDate opensOn, LocalDate closesOn) {
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    void changeKind(ReviewKind kind) {
        this.kind = kind;
    }

    void close(String by, Instant at) {
        closedBy = by;
        closedAt = at;
    }

    void addLink(ReviewAudience audience, String publicId) {
        links.add(new ReviewLink(audience, publicId));
    }

    void removeLink(ReviewAudience audience) {
        links.removeIf(link -> link.audience() == audience);
    }

    Optional<ReviewLink> link(ReviewAudience audience) {
        return links.stream().filter(link -> link.audience() == audience).findFirst();
    }

    void clearQuestions() {
        questions.clear();
    }

    void addQuestions(List<ReviewQuestion> more) {
        questions.addAll(more);
    }

    Long getId() {
        return id;
    }

    CommissionedService getService() {
        return service;
    }

    ReviewKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getClosedBy() {
        return closedBy;
    }

    List<ReviewLink> getLinks() {
        return links;
    }

    List<ReviewQuestion> getQuestions() {
        return questions;
    }
}
