package uk.coproduction.portal.security;

import org.springframework.stereotype.Component;
import uk.coproduction.portal.audit.ActingStaff;

import java.util.Optional;

/** Tells the audit log who is signed in (the audit log sits below security: decision 0043). */
@Component
class AuditedStaff implements ActingStaff {

    private final StaffDirectory staff;

    AuditedStaff(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public Optional<String> username() {
        return staff.currentStaff().map(StaffIdentity::username);
    }
}
