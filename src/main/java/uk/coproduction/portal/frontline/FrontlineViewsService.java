package uk.coproduction.portal.frontline;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.limits.ArrivalLimitSettings;
import uk.coproduction.portal.base.limits.ArrivalLimits;
import uk.coproduction.portal.base.limits.Journey;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackIntake;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.FeedbackScope;
import uk.coproduction.portal.feedback.JourneySignals;
import uk.coproduction.portal.feedback.NewFeedback;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Frontline workforce views: staff in commissioned services say, without an account, how well their service meets
 * each charter expectation from where they stand and what gets in the way. Stored as feedback from
 * {@link RespondentGroup#FRONTLINE_WORKER} through {@link Channel#STAFF}, so commissioners can set staff views beside
 * residents' (the inbox's group filter), with the quarter it counts for.
 */
@Service
public class FrontlineViewsService {

    static final int ROLE_MAX_LENGTH = 200;

    private final FeedbackItems feedback;
    private final FeedbackIntake intake;
    private final FrontlineResponseRepository responses;
    private final CommissionedServiceRepository services;
    private final CharterService charter;
    private final Clock clock;
    private final FeedbackScope scope;
    private final StaffDirectory staff;
    private final ArrivalLimitSettings limits;
    private final ArrivalLimits arrivals;

    FrontlineViewsService(
            FeedbackItems feedback,
            FeedbackIntake intake,
            FrontlineResponseRepository responses,
            CommissionedServiceRepository services,
            CharterService charter,
            Clock clock,
            FeedbackScope scope,
            StaffDirectory staff,
            ArrivalLimitSettings limits,
            ArrivalLimits arrivals) {
        this.arrivals = arrivals;
        this.limits = limits;
        this.scope = scope;
        this.staff = staff;
        this.feedback = feedback;
        this.intake = intake;
        this.responses = responses;
        this.services = services;
        this.charter = charter;
        this.clock = clock;
    }

    /** The quarter it is now (UK date). */
    @PreAuthorize(Access.ANYONE)
    public Quarter currentQuarter() {
        return Quarter.of(LocalDate.now(clock.withZone(WorkingDays.UK)));
    }

    /**
     * Stores the view. Sending the same submission again (same key) stores nothing new.
     *
     * @throws InvalidInputException with every problem, each saying how to put it right
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public FrontlineReceipt submit(FrontlineSubmission submission) {
        return submit(submission, JourneySignals.NONE, null);
    }

    /**
     * The same, with what the page saw of how it was filled in (what looks sent by a program is kept, gets its code
     * and is held for review, out of every figure: decision 0026) and the campaign link the worker followed
     * (decision 0027; null when none), recorded on the view.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public FrontlineReceipt submit(FrontlineSubmission submission, JourneySignals signals, @Nullable Long campaignId) {
        arrivals.require(Journey.FRONTLINE);
        if (submission.submissionKey() == null || !submission.submissionKey().matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("A submission key is a UUID");
        }
        Quarter quarter = submission.quarter() == null ? currentQuarter() : submission.quarter();
        Optional<Feedback> earlier = feedback.bySubmissionKey(submission.submissionKey());
        if (earlier.isPresent()) {
            String earlierQuarter = responses
                    .findById(earlier.get().getId())
                    .map(FrontlineResponse::getQuarter)
                    .orElse(quarter.toString());
            return new FrontlineReceipt(
                    earlier.get().getReferenceCode(),
                    Quarter.parse(earlierQuarter).orElse(quarter));
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        CommissionedService service = null;
        if (submission.serviceId() == null) {
            problems.add(new InvalidInputException.Problem("service", "frontline.error.service-required"));
        } else {
            service = services.findById(submission.serviceId())
                    .filter(CommissionedService::isActive)
                    .orElse(null);
            if (service == null) {
                problems.add(new InvalidInputException.Problem("service", "frontline.error.service-unknown"));
            }
        }
        String role = TextInput.clean(submission.role());
        if (role != null && role.length() > ROLE_MAX_LENGTH) {
            problems.add(new InvalidInputException.Problem("role", "frontline.error.role-too-long"));
        }
        String blockers = TextInput.within(submission.blockers(), "blockers", "frontline.error.too-long", problems);
        Set<Long> questionIds =
                charter.expectations().stream().map(Expectation::id).collect(Collectors.toSet());
        if (!questionIds.containsAll(submission.ratings().keySet())) {
            throw new IllegalArgumentException(
                    "Not a charter question: " + submission.ratings().keySet());
        }
        if (submission.ratings().isEmpty() && blockers == null) {
            problems.add(new InvalidInputException.Problem("ratings", "frontline.error.nothing-answered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Feedback saved = intake.take(new NewFeedback.FrontlineView(
                        submission.submissionKey(),
                        service,
                        blockers,
                        submission.ratings(),
                        new NewFeedback.Pace(signals, limits.fastestFrontlineJourney()),
                        campaignId))
                .item();
        responses.save(new FrontlineResponse(saved.getId(), quarter.toString(), role));
        return new FrontlineReceipt(saved.getReferenceCode(), quarter);
    }

    /** The quarter and role of a frontline worker's feedback, for the staff who may read it. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public Optional<FrontlineDetail> detail(long feedbackId) {
        scope.require(feedbackId, staff.requireCurrentStaff());
        return responses.findById(feedbackId).map(r -> new FrontlineDetail(r.getQuarter(), r.getRole()));
    }
}
