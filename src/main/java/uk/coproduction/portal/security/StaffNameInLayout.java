package uk.coproduction.portal.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.ui.SignedInName;

import java.util.Optional;

/** The staff layout's "Signed in as …": the name on the signed-in person's own account. */
@Component
class StaffNameInLayout implements SignedInName {

    private final StaffDirectory directory;

    StaffNameInLayout(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> displayName() {
        return directory.currentStaff().map(StaffIdentity::displayName);
    }
}
