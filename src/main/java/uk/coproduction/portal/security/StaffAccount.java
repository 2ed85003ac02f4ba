package uk.coproduction.portal.security;

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
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.services.Organisation;
import uk.coproduction.portal.services.Team;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A member of staff who signs in: commissioner, advocate, safeguarding lead or administrator. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private @Nullable Organisation organisation;

    @Enumerated(EnumType.STRING)
    private @Nullable Team team;

    private boolean enabled;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "last_failed_sign_in_at")
    private @Nullable Instant lastFailedSignInAt;

    /** What the owner is shown after their latest sign-in: the wrong passwords before it, and the last one's time. */
    @Column(name = "failures_before_sign_in")
    private int failuresBeforeSignIn;

    @Column(name = "last_failure_before_sign_in")
    private @Nullable Instant lastFailureBeforeSignIn;

    @Column(name = "failure_alert_sent_at")
    private @Nullable Instant failureAlertSentAt;

    /** Where the owner is told of repeated wrong passwords; null when no address is known. */
    private @Nullable String email;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Set by an administrator: until they choose a new password, signing in with a password gives no role. */
    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "last_signed_in_at")
    private @Nullable Instant lastSignedInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected StaffAccount() {}

    public StaffAccount(
            String username,
            String displayName,
            String passwordHash,
            @Nullable Organisation organisation,
            @Nullable Team team,
            Set<String> roles,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.organisation = organisation;
        this.team = team;
        this.roles = new HashSet<>(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public @Nullable Team getTeam() {
        return team;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The organisation they work for, or null (some staff accounts have none). */
    public @Nullable Organisation getOrganisation() {
        return organisation;
    }

    /** They can no longer sign in; everything they did stays, under their name. */
    public void deactivate() {
        this.enabled = false;
    }

    public void reactivate() {
        this.enabled = true;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    /**
     * One more wrong password since the owner last signed in. Never locks the account: anyone can type a username,
     * so a lock would let anyone keep a member of staff out (decision 0018).
     */
    void recordFailedSignIn(Instant now) {
        failedSignIns++;
        lastFailedSignInAt = now;
    }

    /**
     * True when the owner should be e-mailed now: {@code tellAfter} or more wrong passwords since their last sign-in
     * and no such e-mail in the last {@code quietFor} (so a long attack is one e-mail an hour, not one per guess).
     */
    boolean shouldAlertOwner(Instant now, int tellAfter, Duration quietFor) {
        return email != null
                && failedSignIns >= tellAfter
                && (failureAlertSentAt == null || !now.isBefore(failureAlertSentAt.plus(quietFor)));
    }

    void ownerAlerted(Instant now) {
        failureAlertSentAt = now;
    }

    /** Signed in: what went wrong before is kept for the staff home's notice, and counting starts again. */
    void recordSuccessfulSignIn(Instant now) {
        lastSignedInAt = now;
        failuresBeforeSignIn = failedSignIns;
        lastFailureBeforeSignIn = failedSignIns == 0 ? null : lastFailedSignInAt;
        failedSignIns = 0;
        failureAlertSentAt = null;
    }

    int getFailuresBeforeSignIn() {
        return failuresBeforeSignIn;
    }

    @Nullable
    Instant getLastFailureBeforeSignIn() {
        return lastFailureBeforeSignIn;
    }

    int getFailedSignIns() {
        return failedSignIns;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * The roles signing in with a password gives now: none but {@link Roles#NEW_PASSWORD_NEEDED} while an
     * administrator's request for a new password is pending (decision 0028).
     */
    Set<String> rolesForPasswordSignIn() {
        return mustChangePassword ? Set.of(Roles.NEW_PASSWORD_NEEDED) : Set.copyOf(roles);
    }

    public @Nullable Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    void changeDetails(
            String displayName,
            @Nullable String email,
            @Nullable Organisation organisation,
            @Nullable Team team,
            Set<String> roles) {
        this.displayName = displayName;
        setEmail(email);
        this.organisation = organisation;
        this.team = team;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Roles from the identity provider's groups (decision 0028), replacing those held before. */
    void replaceRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** A new password hash; {@code mustChange} says whether the person must replace it at their next sign-in. */
    void setPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    StaffIdentity toIdentity() {
        return new StaffIdentity(
                id, username, displayName, team, Set.copyOf(roles), organisation == null ? null : organisation.getId());
    }
}
