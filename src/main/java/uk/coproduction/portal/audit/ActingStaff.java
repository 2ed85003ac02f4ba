package uk.coproduction.portal.audit;

import java.util.Optional;

/**
 * Who the audit log names as having acted: the signed-in member of staff's username, if anyone is signed in.
 * The security module provides it, so the audit log, which every module writes to, need not know staff accounts.
 */
public interface ActingStaff {

    Optional<String> username();
}
