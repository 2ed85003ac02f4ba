package uk.coproduction.portal.workspace;

import uk.coproduction.portal.reporting.Figures;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.Team;

import java.time.LocalDate;

/** A service in the staff list of services, with its headline figures. */
public record ServiceListItem(
        long id,
        String code,
        String name,
        Team team,
        String provider,
        CycleStage cycleStage,
        LocalDate contractEnd,
        Figures figures) {}
