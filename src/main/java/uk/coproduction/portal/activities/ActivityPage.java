package uk.coproduction.portal.activities;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.services.CycleStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the activity page shows. Safeguarding-flagged feedback is never among the answers.
 *
 * @param services     names of every service it concerns, the main one first
 * @param participants counts by group and age band
 * @param people       the people counted as taking part (or, when nobody was counted, whose answers were entered)
 * @param lundy        every answer null until the Lundy check is recorded
 * @param whatChanged  null until someone records what changed as a result
 */
public record ActivityPage(
        long id,
        String title,
        ActivityKind kind,
        LocalDate heldOn,
        String mainServiceCode,
        List<String> services,
        List<String> plans,
        List<String> actions,
        CycleStage stage,
        List<ParticipantCount> participants,
        long people,
        boolean accessibleVenue,
        boolean accessibleMaterials,
        boolean communicationSupport,
        String howRunNote,
        String recordedBy,
        Instant recordedAt,
        LundyCheck lundy,
        String lundyCheckedBy,
        Instant lundyCheckedAt,
        String whatChanged,
        LocalDate changedOn,
        String changeRecordedBy,
        List<EnteredAnswers> answers) {

    /** One person's answers entered from the activity, as a feedback item. */
    public record EnteredAnswers(
            long feedbackId,
            String referenceCode,
            RespondentGroup group,
            AgeBand ageBand,
            int questionsAnswered,
            boolean words) {}
}
