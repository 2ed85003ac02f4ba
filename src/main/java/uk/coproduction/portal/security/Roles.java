package uk.coproduction.portal.security;

import java.util.List;

/** The staff roles. Residents never need an account; their pages are anonymous. */
public final class Roles {

    public static final String ADVOCATE = "ADVOCATE";
    public static final String COMMISSIONER = "COMMISSIONER";
    public static final String SAFEGUARDING_LEAD = "SAFEGUARDING_LEAD";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(ADVOCATE, COMMISSIONER, SAFEGUARDING_LEAD, ADMIN);

    private Roles() {
    }
}
