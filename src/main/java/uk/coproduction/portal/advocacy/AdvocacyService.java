package uk.coproduction.portal.advocacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackIntake;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.NewFeedback;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.security.StaffAccount;
import uk.coproduction.portal.security.StaffAccountRepository;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.Area;
import uk.coproduction.portal.services.AreaRepository;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;
import uk.coproduction.portal.services.Organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An advocate's work: sending a person's views on their behalf, with how consent was given, and following what
 * happened to them (their caseload and the replies to take back). An advocate sees only what they sent themselves,
 * never anything flagged for safeguarding.
 */
@Service
@PreAuthorize(Access.ADVOCATE)
public class AdvocacyService {

    private static final String TOO_LONG = "advocacy.error.text-too-long";
    private static final int NAME_LENGTH = 200;

    private final FeedbackItems feedback;
    private final FeedbackIntake intake;
    private final AdvocacyRecordRepository records;
    private final CommissionedServiceRepository services;
    private final AreaRepository areas;
    private final StaffAccountRepository accounts;
    private final CharterService charter;
    private final StaffDirectory staff;
    private final Clock clock;

    AdvocacyService(
            FeedbackItems feedback,
            FeedbackIntake intake,
            AdvocacyRecordRepository records,
            CommissionedServiceRepository services,
            AreaRepository areas,
            StaffAccountRepository accounts,
            CharterService charter,
            StaffDirectory staff,
            Clock clock) {
        this.feedback = feedback;
        this.intake = intake;
        this.records = records;
        this.services = services;
        this.areas = areas;
        this.accounts = accounts;
        this.charter = charter;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * Checks everything except the read-back answer and returns what will be sent, to read back to the person.
     * Nothing is stored.
     *
     * @throws InvalidInputException with every problem found, each naming its field
     */
    @Transactional(readOnly = true)
    public ReadBackSummary readBack(OnBehalfSubmission submission) {
        Checked checked = check(submission, false);
        return summary(submission, checked, advocate(staff.requireCurrentStaff()));
    }

    /**
     * Stores the feedback (channel "advocate") with how consent was given, and returns its reference code. Sending
     * the same submission again (same submission key) returns the first code and stores nothing new.
     *
     * @throws InvalidInputException with every problem found, each naming its field
     */
    @Transactional
    public SubmissionReceipt submit(OnBehalfSubmission submission) {
        StaffIdentity me = staff.requireCurrentStaff();
        if (submission.submissionKey() == null || !submission.submissionKey().matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("A submission key is a UUID");
        }
        Optional<Feedback> earlier = feedback.bySubmissionKey(submission.submissionKey());
        if (earlier.isPresent()) {
            boolean mine = records.findById(earlier.get().getId())
                    .filter(r -> r.getAdvocateId() == me.id())
                    .isPresent();
            if (!mine) {
                throw new IllegalArgumentException("That submission key belongs to someone else's feedback");
            }
            return new SubmissionReceipt(earlier.get().getReferenceCode());
        }
        Checked checked = check(submission, true);
        StaffAccount advocate = advocate(me);
        Organisation organisation = advocate.getOrganisation();
        // The reply comes back through the advocate, in the words the person was asked in.
        String passOnBy = organisation == null ? me.displayName() : me.displayName() + ", " + organisation.getName();
        Feedback saved = intake.take(new NewFeedback.OnBehalf(
                        submission.submissionKey(),
                        checked.service(),
                        checked.area(),
                        submission.respondentGroup(),
                        submission.ageBand(),
                        checked.comment(),
                        submission.ratings(),
                        me.username(),
                        new NewFeedback.Journey(
                                Map.of(),
                                checked.changeWanted(),
                                checked.wording(),
                                "en-GB",
                                new ContactRequest(ReplyMethod.ADVOCATE, null, null, shorten(passOnBy))),
                        new NewFeedback.Audited(
                                "advocacy.submitted", " on someone's behalf; consent " + submission.consent())))
                .item();
        AdvocacyRecord record = new AdvocacyRecord(
                saved.getId(),
                me.id(),
                organisation == null ? null : organisation.getId(),
                submission.consent(),
                checked.bestInterestsBy(),
                checked.comment() == null ? null : submission.commentSource(),
                checked.changeWanted() == null ? null : submission.changeSource(),
                submission.gathered(),
                submission.readBack(),
                clock.instant());
        // Only what the consent rests on is kept: a Gillick tick with a parent's consent means nothing.
        record.recordAgeAndCapacity(
                submission.personsAge(),
                submission.consent() == ConsentBasis.GILLICK_COMPETENT && submission.gillickConfirmed(),
                submission.consent() == ConsentBasis.BEST_INTERESTS && submission.lacksCapacityConfirmed());
        records.save(record);
        return new SubmissionReceipt(saved.getReferenceCode());
    }

    /** What the signed-in advocate sent, newest first, with its status and the replies sent to it. */
    @Transactional(readOnly = true)
    public List<CaseloadItem> caseload() {
        StaffIdentity me = staff.requireCurrentStaff();
        List<Long> ids = records.findByAdvocateId(me.id()).stream()
                .map(AdvocacyRecord::getFeedbackId)
                .toList();
        return feedback.byIds(ids).stream()
                .filter(f -> !f.isSafeguardingFlag())
                .sorted(Comparator.comparing(Feedback::getSubmittedAt)
                        .thenComparing(Feedback::getId)
                        .reversed())
                .map(AdvocacyService::item)
                .toList();
    }

    /** One thing the signed-in advocate sent; empty when it is not theirs, does not exist or is flagged. */
    @Transactional(readOnly = true)
    public Optional<CaseloadItem> caseItem(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        return records.findById(feedbackId)
                .filter(r -> r.getAdvocateId() == me.id())
                .flatMap(r -> feedback.byId(feedbackId))
                .filter(f -> !f.isSafeguardingFlag())
                .map(AdvocacyService::item);
    }

    private static CaseloadItem item(Feedback f) {
        return new CaseloadItem(
                f.getId(),
                f.getReferenceCode(),
                f.getService() == null ? null : f.getService().getName(),
                f.getSubmittedAt(),
                f.getStatus(),
                f.getSentReplies().stream()
                        .map(r -> new CaseloadItem.Reply(r.getBody(), r.getEasyReadBody(), r.getSentAt()))
                        .toList());
    }

    /** The submission, tidied, with its service and area. */
    private record Checked(
            CommissionedService service,
            Area area,
            Wording wording,
            String comment,
            String changeWanted,
            String bestInterestsBy) {}

    private Checked check(OnBehalfSubmission submission, boolean sending) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (submission.personsAge() == null) {
            problems.add(problem("personsAge", "advocacy.error.age-required"));
        }
        CommissionedService service = null;
        if (submission.serviceId() == null) {
            problems.add(problem("service", "advocacy.error.service-required"));
        } else {
            service = services.findById(submission.serviceId())
                    .filter(CommissionedService::isActive)
                    .orElse(null);
            if (service == null) {
                problems.add(problem("service", "advocacy.error.service-unknown"));
            }
        }
        Area area = null;
        if (submission.areaId() != null) {
            area = areas.findById(submission.areaId()).orElse(null);
            if (area == null) {
                problems.add(problem("area", "advocacy.error.area-unknown"));
            }
        }
        if (submission.respondentGroup() == null) {
            problems.add(problem("respondentGroup", "advocacy.error.group-required"));
        }
        if (submission.consent() == null) {
            problems.add(problem("consent", "advocacy.error.consent-required"));
        }
        ConsentByAge.check(
                submission.personsAge(),
                submission.consent(),
                submission.gillickConfirmed(),
                submission.lacksCapacityConfirmed(),
                problems);
        String bestInterestsBy = null;
        if (submission.consent() == ConsentBasis.BEST_INTERESTS) {
            bestInterestsBy = TextInput.clean(submission.bestInterestsBy());
            if (bestInterestsBy == null) {
                problems.add(problem("bestInterestsBy", "advocacy.error.best-interests-by-required"));
            } else if (bestInterestsBy.length() > NAME_LENGTH) {
                problems.add(problem("bestInterestsBy", "advocacy.error.best-interests-by-too-long"));
                bestInterestsBy = null;
            }
        }
        if (submission.gathered().isEmpty()) {
            problems.add(problem("gathered", "advocacy.error.gathered-required"));
        }
        List<Long> questionIds =
                charter.expectations().stream().map(Expectation::id).toList();
        if (!questionIds.containsAll(submission.ratings().keySet())
                || submission.ratings().values().stream().anyMatch(a -> a == null)) {
            problems.add(problem("ratings", "advocacy.error.question-unknown"));
        }
        String comment = TextInput.within(submission.comment(), "comment", TOO_LONG, problems);
        if (comment != null && submission.commentSource() == null) {
            problems.add(problem("commentSource", "advocacy.error.comment-source-required"));
        }
        String changeWanted = TextInput.within(submission.changeWanted(), "changeWanted", TOO_LONG, problems);
        if (changeWanted != null && submission.changeSource() == null) {
            problems.add(problem("changeSource", "advocacy.error.change-source-required"));
        }
        if (submission.ratings().isEmpty()
                && TextInput.clean(submission.comment()) == null
                && TextInput.clean(submission.changeWanted()) == null) {
            problems.add(problem("ratings", "advocacy.error.nothing-answered"));
        }
        if (sending && submission.readBack() == null) {
            problems.add(problem("readBack", "advocacy.error.read-back-required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Wording wording = submission.wording() == null ? Wording.EASY_READ : submission.wording();
        return new Checked(service, area, wording, comment, changeWanted, bestInterestsBy);
    }

    private ReadBackSummary summary(OnBehalfSubmission submission, Checked checked, StaffAccount advocate) {
        List<ReadBackSummary.Answer> answers = charter.expectations().stream()
                .filter(e -> submission.ratings().containsKey(e.id()))
                .map(e -> new ReadBackSummary.Answer(
                        e.position(), submission.ratings().get(e.id())))
                .toList();
        Organisation organisation = advocate.getOrganisation();
        return new ReadBackSummary(
                checked.service().getName(),
                checked.area() == null ? null : checked.area().getName(),
                submission.respondentGroup(),
                submission.ageBand(),
                answers,
                checked.comment(),
                checked.comment() == null ? null : submission.commentSource(),
                checked.changeWanted(),
                checked.changeWanted() == null ? null : submission.changeSource(),
                submission.consent(),
                checked.bestInterestsBy(),
                submission.gathered(),
                advocate.getDisplayName(),
                organisation == null ? null : organisation.getName());
    }

    private StaffAccount advocate(StaffIdentity me) {
        return accounts.findById(me.id()).orElseThrow(() -> new IllegalStateException("No account " + me.id()));
    }

    private static InvalidInputException.Problem problem(String field, String key) {
        return new InvalidInputException.Problem(field, key);
    }

    private static String shorten(String text) {
        return text.length() <= NAME_LENGTH ? text : text.substring(0, NAME_LENGTH);
    }
}
