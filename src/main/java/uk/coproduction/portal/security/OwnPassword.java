package uk.coproduction.portal.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Access;

import java.util.ArrayList;
import java.util.List;

/** A member of staff chooses their own new password, e.g. after an administrator asked them to (decision 0028). */
@Service
public class OwnPassword {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final StaffSessions sessions;
    private final AuditLog audit;

    OwnPassword(
            StaffAccountRepository accounts, PasswordEncoder passwordEncoder, StaffSessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** True when the signed-in person must choose a new password before anything else. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean mustChoose(String username) {
        return accounts.findByUsername(username)
                .map(StaffAccount::mustChangePassword)
                .orElse(false);
    }

    /**
     * Replaces the signed-in person's password with one the password rules accept. Their other sessions end now and
     * the caller signs them out of this one, so they sign in again with the new password and their full rights.
     *
     * @throws InvalidInputException "currentPassword" when it is wrong, "password" when the rules refuse the new
     *                                  one or it is the same as before, "confirmPassword" when the two differ
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional
    public void change(String username, String currentPassword, String newPassword, String confirmPassword) {
        StaffAccount account = accounts.findByUsername(username)
                .filter(StaffAccount::isEnabled)
                .orElseThrow(() -> new IllegalStateException("No enabled staff account " + username));
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            problems.add(new InvalidInputException.Problem("currentPassword", "staff.password.error.current-wrong"));
        }
        PasswordRules.check(newPassword, account.getUsername(), account.getDisplayName(), problems);
        // Compared with the stored password, not what was typed as the current one: a reset must end in a new one.
        if (newPassword != null
                && !newPassword.isEmpty()
                && passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            problems.add(new InvalidInputException.Problem("password", "staff.password.error.same-as-before"));
        }
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            problems.add(new InvalidInputException.Problem("confirmPassword", "staff.password.error.confirm-differs"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.setPassword(passwordEncoder.encode(newPassword), false);
        audit.record(
                "staff-account.password-changed",
                "staff_account",
                account.getId(),
                account.getUsername() + " chose a new password");
        sessions.endSessionsOf(account.getUsername(), StaffSessions.currentSessionId());
    }
}
