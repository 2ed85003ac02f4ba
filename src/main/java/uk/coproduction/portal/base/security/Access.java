package uk.coproduction.portal.base.security;

/**
 * Who may call an application service method: the {@code @PreAuthorize} expressions, each written once here from
 * the role names in {@link Roles}. Views say the same with {@code @RolesAllowed} of the same {@link Roles}
 * constants (Vaadin reads only that annotation); {@code ServiceAccessDeclaredTest} fails on a public service method
 * that declares neither one of these nor {@link #ANYONE} (decision 0044).
 */
public final class Access {

    private static final String ROLE = "hasRole('";
    private static final String ANY_OF = "hasAnyRole('";
    private static final String OR = "','";
    private static final String END = "')";

    /** Residents and anyone else, signed in or not: the resident-facing journeys, which need no account. */
    public static final String ANYONE = "permitAll()";
    /** Anyone signed in, whatever their role: their own settings and password. */
    public static final String SIGNED_IN = "isAuthenticated()";

    public static final String ADMIN = ROLE + Roles.ADMIN + END;
    public static final String ADVOCATE = ROLE + Roles.ADVOCATE + END;
    public static final String COMMISSIONER = ROLE + Roles.COMMISSIONER + END;
    public static final String PROVIDER = ROLE + Roles.PROVIDER + END;
    public static final String SAFEGUARDING_LEAD = ROLE + Roles.SAFEGUARDING_LEAD + END;
    public static final String COMMISSIONER_OR_ADMIN = ANY_OF + Roles.COMMISSIONER + OR + Roles.ADMIN + END;
    public static final String COMMISSIONER_OR_ADVOCATE = ANY_OF + Roles.COMMISSIONER + OR + Roles.ADVOCATE + END;
    /** Suppressed aggregates, never identifiable: the figures, packs and exports. */
    public static final String COMMISSIONER_BOARD_OR_ADMIN =
            ANY_OF + Roles.COMMISSIONER + OR + Roles.BOARD + OR + Roles.ADMIN + END;

    private Access() {}
}
