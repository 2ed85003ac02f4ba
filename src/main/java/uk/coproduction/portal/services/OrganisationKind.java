package uk.coproduction.portal.services;

/** What part an organisation plays: only councils and the NHS commission services. */
public enum OrganisationKind {
    COUNCIL,
    NHS,
    PROVIDER,
    VOICE_PARTNER,
    ADVOCACY,
    SCHOOL;

    public boolean commissions() {
        return this == COUNCIL || this == NHS;
    }
}
