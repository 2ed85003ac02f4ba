package uk.coproduction.portal.activities;

import uk.coproduction.portal.services.CycleStage;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An activity as the person recording it typed it.
 *
 * @param mainServiceId   the service the answers given at the activity are about
 * @param otherServiceIds further services it concerns (the main one may be repeated; it is ignored there)
 * @param participants    who took part, as counts; zero counts are ignored
 */
public record NewActivity(
        String title,
        ActivityKind kind,
        LocalDate heldOn,
        Long mainServiceId,
        Set<Long> otherServiceIds,
        Set<Long> planIds,
        Set<Long> actionIds,
        CycleStage stage,
        List<ParticipantCount> participants,
        boolean accessibleVenue,
        boolean accessibleMaterials,
        boolean communicationSupport,
        String howRunNote) {}
