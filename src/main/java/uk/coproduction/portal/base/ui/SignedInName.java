package uk.coproduction.portal.base.ui;

import java.util.Optional;

/**
 * The name the staff layout shows for whoever is signed in. Declared here and provided by security, so the layout
 * (in base, used by every feature) does not depend on security (decision 0043).
 */
public interface SignedInName {

    /** The signed-in member of staff's display name; empty when nobody with a staff account is signed in. */
    Optional<String> displayName();
}
