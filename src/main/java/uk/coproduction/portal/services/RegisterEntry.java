package uk.coproduction.portal.services;

import java.time.LocalDate;
import java.util.List;

/** A service as the register lists it, retired ones included. {@code provider} is null while none is recorded. */
public record RegisterEntry(
        String code,
        String name,
        Team team,
        String commissioner,
        List<String> partners,
        String provider,
        CycleStage cycleStage,
        LocalDate contractStart,
        LocalDate contractEnd,
        boolean active) {}
