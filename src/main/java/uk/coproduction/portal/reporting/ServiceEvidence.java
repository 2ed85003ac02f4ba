package uk.coproduction.portal.reporting;

import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.Team;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A service due for re-commissioning and how much evidence it has from the last 8 quarters.
 *
 * @param contractEndsSoon true when the contract ends within 18 months (or has ended)
 * @param feedback         pieces of feedback (suppressed when 1 to 4)
 * @param groupsHeard      the residents' groups heard from, by feedback or by taking part in an activity
 * @param activities       coproduction activities held about the service (suppressed when 1 to 4, as every count)
 * @param linkedActions    plan actions its feedback is linked to (likewise)
 * @param changes          changes recorded for the service (likewise)
 * @param shortfalls       why its evidence is too little; empty when it has enough
 */
public record ServiceEvidence(
        String code,
        String name,
        Team team,
        String clientGroup,
        CycleStage stage,
        @Nullable LocalDate contractEnd,
        boolean contractEndsSoon,
        SmallNumbers.Count feedback,
        Set<RespondentGroup> groupsHeard,
        SmallNumbers.Count activities,
        SmallNumbers.Count linkedActions,
        SmallNumbers.Count changes,
        List<Shortfall> shortfalls) {

    public boolean tooLittleEvidence() {
        return !shortfalls.isEmpty();
    }
}
