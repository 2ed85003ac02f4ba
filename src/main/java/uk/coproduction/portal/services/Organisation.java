package uk.coproduction.portal.services;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commissioner, provider, voice partner or advocacy organisation. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private String kind;

    /** A retired organisation is no longer offered for new choices; what already names it keeps it. */
    private boolean active = true;

    protected Organisation() {}

    Organisation(String code, String name, OrganisationKind kind) {
        this.code = code;
        change(name, kind, true);
    }

    void change(String name, OrganisationKind kind, boolean active) {
        this.name = name;
        this.kind = kind.name();
        this.active = active;
    }

    public boolean isActive() {
        return active;
    }

    public OrganisationKind kindOf() {
        return OrganisationKind.valueOf(kind);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }
}
