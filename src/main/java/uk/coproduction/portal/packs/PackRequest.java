package uk.coproduction.portal.packs;

import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.services.Team;

import java.util.Objects;

/**
 * What an evidence pack is about: one service (by code), one plan (by code), or one quarter (all services, or one
 * team's). A service or plan pack covers the 8 quarters up to {@code quarter}; a quarter pack reports that quarter,
 * with the 8-quarter trend up to it.
 *
 * @param kind    service, plan or quarter
 * @param code    the service's or plan's code; null for a quarter pack
 * @param quarter the last quarter reported
 * @param team    a quarter pack's team (null: all services); ignored for the other kinds
 */
public record PackRequest(Kind kind, String code, Quarter quarter, Team team) {

    public enum Kind {
        SERVICE,
        PLAN,
        QUARTER
    }

    public PackRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quarter, "quarter");
        if (kind != Kind.QUARTER && (code == null || code.isBlank())) {
            throw new IllegalArgumentException("A service or plan pack needs a code");
        }
        code = kind == Kind.QUARTER ? null : code.strip();
        team = kind == Kind.QUARTER ? team : null;
    }

    public static PackRequest forService(String serviceCode, Quarter lastQuarter) {
        return new PackRequest(Kind.SERVICE, serviceCode, lastQuarter, null);
    }

    public static PackRequest forPlan(String planCode, Quarter lastQuarter) {
        return new PackRequest(Kind.PLAN, planCode, lastQuarter, null);
    }

    public static PackRequest forQuarter(Quarter quarter, Team team) {
        return new PackRequest(Kind.QUARTER, null, quarter, team);
    }
}
