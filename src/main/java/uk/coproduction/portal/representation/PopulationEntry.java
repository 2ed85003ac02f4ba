package uk.coproduction.portal.representation;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.services.Team;

import java.util.Set;

/**
 * A population figure as an administrator types it; {@link PopulationFigures} checks every part.
 *
 * @param characteristic compare with the people who gave this equality answer (then no service or age bands)
 */
public record PopulationEntry(
        String name,
        String areaCode,
        Team team,
        String serviceCode,
        RespondentGroup group,
        Set<AgeBand> ageBands,
        Characteristic characteristic,
        Integer people) {

    /** A population compared with feedback. */
    public PopulationEntry(
            String name,
            String areaCode,
            Team team,
            String serviceCode,
            RespondentGroup group,
            Set<AgeBand> ageBands,
            Integer people) {
        this(name, areaCode, team, serviceCode, group, ageBands, null, people);
    }
}
