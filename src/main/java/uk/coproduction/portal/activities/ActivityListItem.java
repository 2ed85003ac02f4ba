package uk.coproduction.portal.activities;

import uk.coproduction.portal.services.CycleStage;

import java.time.LocalDate;

/**
 * An activity in a list.
 *
 * @param people  the people counted as taking part; when nobody was counted, the people whose answers were entered
 * @param answers how many people's answers were entered (never counting safeguarding-flagged items)
 * @param lundy   the Lundy answers without their notes; every answer null until the check is recorded
 */
public record ActivityListItem(
        long id,
        String title,
        ActivityKind kind,
        LocalDate heldOn,
        String mainService,
        CycleStage stage,
        long people,
        long answers,
        LundyCheck lundy) {}
