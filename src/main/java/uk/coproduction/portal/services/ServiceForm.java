package uk.coproduction.portal.services;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an administrator enters for a service in the register. Organisations and areas by id; {@code providerId} may be
 * null (no provider recorded yet), as may the contract dates.
 */
public record ServiceForm(
        String name,
        String description,
        String searchTerms,
        Team team,
        ServiceCategory category,
        String clientGroup,
        Long commissionerId,
        Set<Long> partnerIds,
        boolean jointlyCommissioned,
        Long providerId,
        Set<Long> areaIds,
        CycleStage cycleStage,
        LocalDate contractStart,
        LocalDate contractEnd) {

    public ServiceForm {
        partnerIds = partnerIds == null ? Set.of() : Set.copyOf(partnerIds);
        areaIds = areaIds == null ? Set.of() : Set.copyOf(areaIds);
    }
}
