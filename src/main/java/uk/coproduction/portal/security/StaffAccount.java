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
import uk.coproduction.portal.services.Organisation;
import uk.coproduction.portal.services.Team;

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
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private Team team;

    private boolean enabled;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected StaffAccount() {
    }

    public StaffAccount(String username, String displayName, String passwordHash, Organisation organisation, Team team,
                        Set<String> roles, Instant createdAt) {
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

    public Team getTeam() {
        return team;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The organisation they work for, or null (some staff accounts have none). */
    public Organisation getOrganisation() {
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

    /** Too many wrong passwords in a row: no one can sign in as them until the lock runs out. */
    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** One more wrong password; the {@code maxFailures}-th in a row locks the account for {@code lockFor}. */
    void recordFailedSignIn(Instant now, int maxFailures, java.time.Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedSignIns = 0;
        }
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
        }
    }

    void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    int getFailedSignIns() {
        return failedSignIns;
    }

    StaffIdentity toIdentity() {
        return new StaffIdentity(id, username, displayName, team, Set.copyOf(roles),
                organisation == null ? null : organisation.getId());
    }
}
