package uk.coproduction.portal.base.security;

import java.util.List;

/** The staff roles. Residents never need an account; their pages are anonymous. */
public final class Roles {

    public static final String ADVOCATE = "ADVOCATE";
    public static final String COMMISSIONER = "COMMISSIONER";
    public static final String SAFEGUARDING_LEAD = "SAFEGUARDING_LEAD";
    public static final String ADMIN = "ADMIN";
    /** Provider staff: moderated feedback about their own organisation's services, and draft replies. */
    public static final String PROVIDER = "PROVIDER";
    /** Board members (Joint / Integrated Commissioning Board): read-only aggregates and evidence packs. */
    public static final String BOARD = "BOARD";

    /**
     * Not a staff role: all that someone holds after signing in with a password an administrator asked them to
     * replace, so every page and service but "choose a new password" refuses them until they do (decision 0028).
     */
    public static final String NEW_PASSWORD_NEEDED = "NEW_PASSWORD_NEEDED";

    public static final List<String> ALL = List.of(ADVOCATE, COMMISSIONER, SAFEGUARDING_LEAD, ADMIN, PROVIDER, BOARD);

    private Roles() {}
}
