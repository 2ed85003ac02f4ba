package uk.coproduction.portal.activities;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackIntake;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.GivenDay;
import uk.coproduction.portal.feedback.NewFeedback;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Quick entry of many people's charter answers at one event: each row becomes a feedback item with channel EVENT,
 * about the activity's main service, tied to the activity. All rows are saved or none; each row has its own key,
 * so saving the same rows twice stores them once.
 */
@Service
@PreAuthorize(Access.COMMISSIONER_OR_ADVOCATE)
public class EventAnswersService {

    static final int ROWS_MAX = 500;
    private static final Pattern ROW_KEY =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ActivityScope scope;
    private final FeedbackItems feedback;
    private final FeedbackIntake intake;
    private final CharterService charter;
    private final StaffDirectory staff;
    private final Clock clock;
    private final AuditLog audit;

    EventAnswersService(
            ActivityScope scope,
            FeedbackItems feedback,
            FeedbackIntake intake,
            CharterService charter,
            StaffDirectory staff,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.scope = scope;
        this.feedback = feedback;
        this.intake = intake;
        this.charter = charter;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * Saves the rows as feedback tied to the activity. Blank rows (nothing answered, nothing said) are left out.
     *
     * @param rows in the order shown: row numbers in problems count from 1 in this order
     * @throws AnswerRowsRejected when any row cannot be saved; then nothing is saved
     */
    @Transactional
    public AnswersSaved save(long activityId, List<PersonsAnswers> rows) {
        StaffIdentity me = staff.requireCurrentStaff();
        Activity activity = scope.require(activityId, me);
        if (rows.size() > ROWS_MAX) {
            throw new IllegalArgumentException("At most " + ROWS_MAX + " rows at once");
        }
        Set<Long> questions =
                charter.expectations().stream().map(Expectation::id).collect(Collectors.toSet());
        List<AnswerRowsRejected.RowProblem> problems = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PersonsAnswers row = rows.get(i);
            int number = i + 1;
            if (row.rowKey() == null || !ROW_KEY.matcher(row.rowKey()).matches()) {
                throw new IllegalArgumentException("Row " + number + " has no UUID row key");
            }
            String cleaned = TextInput.clean(row.words());
            words.add(cleaned);
            if (row.isBlank()) {
                continue;
            }
            if (row.group() == null) {
                problems.add(new AnswerRowsRejected.RowProblem(number, "group", "activity.quick.error.group-needed"));
            }
            if (row.answers() != null
                    && (!questions.containsAll(row.answers().keySet())
                            || row.answers().containsValue(null))) {
                problems.add(
                        new AnswerRowsRejected.RowProblem(number, "answers", "activity.quick.error.question-unknown"));
            }
            if (cleaned != null && cleaned.length() > TextInput.MAX_LENGTH) {
                problems.add(new AnswerRowsRejected.RowProblem(number, "words", "activity.quick.error.words-too-long"));
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswerRowsRejected(problems);
        }
        int saved = 0;
        int already = 0;
        int blank = 0;
        Instant now = clock.instant();
        // The answers were given at the event, whenever they are typed: they count in the event's quarter. An event
        // recorded with a later date than today is dated today, never in a quarter that has not happened.
        Instant given = GivenDay.of(activity.getHeldOn(), now);
        for (int i = 0; i < rows.size(); i++) {
            PersonsAnswers row = rows.get(i);
            if (row.isBlank()) {
                blank++;
                continue;
            }
            Optional<Feedback> earlier = feedback.bySubmissionKey(row.rowKey());
            if (earlier.isPresent()) {
                if (!activity.getFeedbackIds().contains(earlier.get().getId())) {
                    throw new IllegalArgumentException("Row " + (i + 1) + " was saved for something else");
                }
                already++;
                continue;
            }
            activity.addFeedback(intake.take(new NewFeedback.AtEvent(
                            row.rowKey(),
                            activity.getService(),
                            row.group(),
                            row.ageBand(),
                            words.get(i),
                            row.answers() == null ? Map.of() : row.answers(),
                            given,
                            me.username()))
                    .id());
            saved++;
        }
        audit.record(
                "activity.answers-saved",
                "activity",
                activityId,
                saved + " people's answers saved, " + already + " already saved, " + blank + " blank rows");
        return new AnswersSaved(saved, already, blank);
    }
}
