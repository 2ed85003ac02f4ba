package uk.coproduction.portal.feedback;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.limits.ArrivalLimitSettings;
import uk.coproduction.portal.base.limits.ArrivalLimits;
import uk.coproduction.portal.base.limits.Journey;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.services.Area;
import uk.coproduction.portal.services.AreaRepository;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The public side of feedback: anyone can send it, and anyone with the code can see what happened to it. */
@Service
public class FeedbackSubmissionService {

    private static final String TOO_LONG = "feedback.error.comment-too-long";
    /** How long after sending a repeat of the same send still shows a (new) private code. */
    static final Duration SECRET_SHOWN_AGAIN_WITHIN = Duration.ofMinutes(10);

    private final FeedbackRepository feedback;
    private final CommissionedServiceRepository services;
    private final AreaRepository areas;
    private final CharterService charter;
    private final Clock clock;
    private final FeedbackIntake intake;
    private final ArrivalLimitSettings limits;
    private final ArrivalLimits arrivals;

    FeedbackSubmissionService(
            FeedbackRepository feedback,
            CommissionedServiceRepository services,
            AreaRepository areas,
            CharterService charter,
            Clock clock,
            FeedbackIntake intake,
            ArrivalLimitSettings limits,
            ArrivalLimits arrivals) {
        this.intake = intake;
        this.arrivals = arrivals;
        this.limits = limits;
        this.feedback = feedback;
        this.services = services;
        this.areas = areas;
        this.charter = charter;
        this.clock = clock;
    }

    /**
     * Stores feedback and returns its reference code. Sending the same submission again (same submission key)
     * returns the first code and stores nothing new.
     *
     * @throws InvalidInputException with every problem found, each saying how to put it right
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public SubmissionReceipt submit(FeedbackSubmission submission) {
        return submit(submission, JourneySignals.NONE);
    }

    /**
     * The same, with what the page saw of how the journey was made: what looks sent by a program is kept, gets its
     * code, and is held for review out of every figure (decision 0026).
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public SubmissionReceipt submit(FeedbackSubmission submission, JourneySignals signals) {
        if (submission.submissionKey() != null) {
            Optional<SubmissionReceipt> earlier = earlierReceipt(submission.submissionKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String comment = TextInput.within(submission.comment(), "comment", TOO_LONG, problems);
        String changeWanted = TextInput.within(submission.changeWanted(), "changeWanted", TOO_LONG, problems);
        Map<Long, String> answerComments = new HashMap<>();
        submission.answerComments().forEach((question, words) -> {
            String cleaned = TextInput.within(words, "answerComments", TOO_LONG, problems);
            if (cleaned != null) {
                answerComments.put(question, cleaned);
            }
        });
        ContactRequest contact = ContactDetails.check(submission.contact(), problems);
        if (submission.respondentGroup() == null) {
            problems.add(new InvalidInputException.Problem("respondentGroup", "feedback.error.group-required"));
        }
        Set<Long> questionIds =
                charter.expectations().stream().map(Expectation::id).collect(Collectors.toSet());
        if (!questionIds.containsAll(submission.ratings().keySet())
                || !questionIds.containsAll(submission.answerComments().keySet())) {
            problems.add(new InvalidInputException.Problem("ratings", "feedback.error.question-unknown"));
        } else if (submission.ratings().isEmpty()
                && comment == null
                && changeWanted == null
                && answerComments.isEmpty()) {
            problems.add(new InvalidInputException.Problem("ratings", "feedback.error.nothing-answered"));
        }
        CommissionedService service = null;
        if (submission.serviceId() != null) {
            service = services.findById(submission.serviceId())
                    .filter(CommissionedService::isActive)
                    .orElse(null);
            if (service == null) {
                problems.add(new InvalidInputException.Problem("service", "feedback.error.service-unknown"));
            }
        }
        Area area = null;
        if (submission.areaId() != null) {
            area = areas.findById(submission.areaId()).orElse(null);
            if (area == null) {
                problems.add(new InvalidInputException.Problem("area", "feedback.error.area-unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FeedbackIntake.Taken taken = intake.take(new NewFeedback.Online(
                submission.submissionKey(),
                service,
                area,
                submission.respondentGroup(),
                submission.ageBand(),
                comment,
                submission.ratings(),
                new NewFeedback.Journey(
                        answerComments, changeWanted, submission.wording(), submission.language(), contact),
                new NewFeedback.Pace(signals, limits.fastestResidentJourney())));
        return new SubmissionReceipt(taken.referenceCode(), taken.proofSecret());
    }

    /** What has happened to the feedback with this code, as typed by the person (any case, dash optional). */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public Optional<FeedbackProgress> progress(String typedCode) {
        arrivals.require(Journey.CODE_LOOKUP);
        return ReferenceCode.normalise(typedCode)
                .flatMap(feedback::findByReferenceCode)
                .map(this::progressOf);
    }

    private FeedbackProgress progressOf(Feedback f) {
        boolean linked = !f.getLinkedActionIds().isEmpty();
        boolean changeMade = feedback.countRecordedChanges(f.getId()) > 0;
        boolean changePlanned = linked
                && (changeMade
                        || f.getStatusChanges().stream()
                                .anyMatch(c -> c.getToStatus() == FeedbackStatus.CHANGE_PLANNED));
        return new FeedbackProgress(
                f.getReferenceCode(),
                f.getSubmittedAt(),
                f.getService() == null ? null : f.getService().getName(),
                f.getStatus(),
                f.getSentReplies().stream()
                        .map(r -> new FeedbackProgress.PublicReply(r.getBody(), r.getEasyReadBody(), r.getSentAt()))
                        .toList(),
                f.getWording(),
                f.getReplyMadeSense(),
                f.getSomethingChanged(),
                linked,
                changePlanned,
                changeMade,
                f.getStatus() == FeedbackStatus.CLOSED,
                f.getCloseReason());
    }

    /**
     * The person's one tap after reading our reply: did it make sense, did anything change for them. Either may
     * be null (not answered yet). Only possible once there is a reply.
     *
     * @return false when there is no feedback with that code, or no reply yet
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public boolean respondToReply(String typedCode, PersonsAnswer madeSense, PersonsAnswer somethingChanged) {
        Optional<Feedback> found = ReferenceCode.normalise(typedCode)
                .flatMap(feedback::findByReferenceCode)
                .filter(f -> !f.getSentReplies().isEmpty());
        found.ifPresent(f -> f.recordResponseToReply(
                madeSense != null ? madeSense : f.getReplyMadeSense(),
                somethingChanged != null ? somethingChanged : f.getSomethingChanged(),
                clock.instant()));
        return found.isPresent();
    }

    /**
     * "I don't feel safe": the person asks us to tell someone. Stored flagged, so it goes only to the
     * safeguarding queue and never to the inbox, figures or public pages.
     *
     * @param words   what is happening, in their words (may be empty: asking is enough)
     * @param contact how to reach them, if they want us to
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public SubmissionReceipt tellSomeone(
            String submissionKey, String words, ContactRequest contact, RespondentGroup group, String language) {
        if (submissionKey == null) {
            throw new IllegalArgumentException("A submission key is a UUID");
        }
        Optional<SubmissionReceipt> earlier = earlierReceipt(submissionKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String cleaned = TextInput.within(words, "words", TOO_LONG, problems);
        ContactRequest checked = ContactDetails.check(contact, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RespondentGroup who = group == null ? RespondentGroup.SOMEONE_ELSE : group;
        FeedbackIntake.Taken taken = intake.take(new NewFeedback.TellSomeone(
                submissionKey,
                who,
                cleaned,
                new NewFeedback.Journey(
                        Map.of(), null, Wording.of(who, false), language == null ? "en-GB" : language, checked)));
        return new SubmissionReceipt(taken.referenceCode(), taken.proofSecret());
    }

    /**
     * The feedback sent with this submission key came through a campaign link (decision 0027). Set on the managed
     * entity, in the sender's transaction, and never moved from one campaign to another.
     */
    void recordCampaign(String submissionKey, long campaignId) {
        feedback.findBySubmissionKey(submissionKey)
                .filter(sent -> sent.getCampaignId() == null)
                .ifPresent(sent -> sent.cameThrough(campaignId));
    }

    /**
     * What was stored the first time this submission key was sent, if it was. When the same send comes again soon
     * after (the first answer never reached the person: that is why they sent again), a private code is issued
     * afresh and the old one stops working, so the person still leaves with one. Later repeats get none: a return
     * code kept on a device must not become a way to a new private code (decision 0017).
     */
    Optional<SubmissionReceipt> earlierReceipt(String submissionKey) {
        if (!submissionKey.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("A submission key is a UUID");
        }
        return feedback.findBySubmissionKey(submissionKey)
                .map(f -> new SubmissionReceipt(
                        f.getReferenceCode(),
                        f.getSubmittedAt().isAfter(clock.instant().minus(SECRET_SHOWN_AGAIN_WITHIN))
                                ? f.issueProofSecret()
                                : null));
    }
}
