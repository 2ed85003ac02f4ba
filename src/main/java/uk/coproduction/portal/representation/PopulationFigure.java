package uk.coproduction.portal.representation;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.services.Team;

import java.util.List;

/**
 * A population an administrator entered, e.g. "Children with EHC plans — East Kent — 4,210", and the respondents it is
 * compared with: feedback from its area, from the group (and age bands) named, for its team or service when named.
 *
 * @param group    null: every residents' group
 * @param ageBands empty: every age band
 * @param team     null: both teams
 * @param service  a service code, or null for every service
 * @param characteristic when set, the population is compared with the people who gave this equality monitoring
 *                       answer instead of with feedback
 */
public record PopulationFigure(
        long id,
        String name,
        String areaCode,
        String areaName,
        Team team,
        String service,
        String serviceName,
        RespondentGroup group,
        List<AgeBand> ageBands,
        Characteristic characteristic,
        int people) {}
