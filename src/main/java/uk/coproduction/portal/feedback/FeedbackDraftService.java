package uk.coproduction.portal.feedback;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.i18n.Languages;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Feedback journeys in progress. Every page saves here as the person goes, keyed by a short return code that
 * they can use to carry on later, on this or another device. Anyone may use it: the code is the key.
 */
@Service
public class FeedbackDraftService {

    private final FeedbackDraftRepository drafts;
    private final FeedbackSubmissionService submissions;
    private final CommissionedServiceRepository services;
    private final AreaRepository areas;
    private final CharterService charter;
    private final Clock clock;
    private final ArrivalLimits arrivals;

    FeedbackDraftService(
            FeedbackDraftRepository drafts,
            FeedbackSubmissionService submissions,
            CommissionedServiceRepository services,
            AreaRepository areas,
            CharterService charter,
            Clock clock,
            ArrivalLimits arrivals) {
        this.arrivals = arrivals;
        this.drafts = drafts;
        this.submissions = submissions;
        this.services = services;
        this.areas = areas;
        this.charter = charter;
        this.clock = clock;
    }

    /** Starts a journey and returns its return code. */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot start(String language) {
        return start(language, null, null);
    }

    /**
     * Starts a journey that came through a campaign link (decision 0027): the campaign is kept on the journey and
     * recorded on what it sends, and the link's service, if it names one, is chosen already (the person can change it).
     *
     * @param serviceId  the service the link was made for; null when it names none
     * @param campaignId the open campaign link this visitor followed; null when none
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot start(String language, Long serviceId, Long campaignId) {
        arrivals.require(Journey.RESIDENT_FEEDBACK);
        String code = ReferenceCode.randomReturnCode();
        for (int attempt = 0; drafts.existsByReturnCode(code); attempt++) {
            if (attempt > 20) {
                throw new IllegalStateException("Could not find a free return code");
            }
            code = ReferenceCode.randomReturnCode();
        }
        FeedbackDraft draft = new FeedbackDraft(code, UUID.randomUUID().toString(), language, clock.instant());
        draft.startedThrough(campaignId);
        if (serviceId != null) {
            services.findById(serviceId).filter(CommissionedService::isActive).ifPresent(draft::chooseService);
        }
        return snapshot(drafts.save(draft));
    }

    /**
     * A return code someone typed to carry on: counted against the look-up limits (decision 0026) like every
     * other code typed by someone without an account; {@link #find} is for codes the portal itself kept.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public Optional<DraftSnapshot> lookUp(String typedCode) {
        arrivals.require(Journey.CODE_LOOKUP);
        return find(typedCode);
    }

    /** The journey with this code, typed in any case, with or without the dash. */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public Optional<DraftSnapshot> find(String typedCode) {
        return ReferenceCode.normaliseReturnCode(typedCode)
                .flatMap(drafts::findByReturnCode)
                .map(this::snapshot);
    }

    /** @param serviceId null when the person is not sure which service it was */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot chooseService(String code, Long serviceId) {
        FeedbackDraft draft = open(code);
        CommissionedService service = null;
        if (serviceId != null) {
            service = services.findById(serviceId)
                    .filter(CommissionedService::isActive)
                    .orElseThrow(() -> InvalidInputException.of("service", "feedback.error.service-unknown"));
        }
        draft.chooseService(service);
        return snapshot(draft);
    }

    /** @param areaId null when the person would rather not say */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot chooseArea(String code, Long areaId) {
        FeedbackDraft draft = open(code);
        Area area = null;
        if (areaId != null) {
            area = areas.findById(areaId)
                    .orElseThrow(() -> InvalidInputException.of("area", "feedback.error.area-unknown"));
        }
        draft.chooseArea(area);
        return snapshot(draft);
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot chooseGroup(String code, RespondentGroup group) {
        if (group == null) {
            throw InvalidInputException.of("respondentGroup", "feedback.error.group-required");
        }
        FeedbackDraft draft = open(code);
        draft.chooseGroup(group);
        return snapshot(draft);
    }

    /** @param ageBand null when the person would rather not say */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot chooseAgeBand(String code, AgeBand ageBand) {
        FeedbackDraft draft = open(code);
        draft.chooseAgeBand(ageBand);
        return snapshot(draft);
    }

    /**
     * Saves one question's answer.
     *
     * @param rating  null to skip the question
     * @param comment the person's "tell us more" words, may be empty
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot answer(String code, long expectationId, RatingAnswer rating, String comment) {
        if (charter.expectations().stream().noneMatch(e -> e.id() == expectationId)) {
            throw InvalidInputException.of("rating", "feedback.error.question-unknown");
        }
        String words = checkedWords(comment, "comment");
        FeedbackDraft draft = open(code);
        draft.answer(expectationId, rating, words);
        return snapshot(draft);
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot wantChange(String code, String words) {
        String checked = checkedWords(words, "changeWanted");
        FeedbackDraft draft = open(code);
        draft.wantChange(checked);
        return snapshot(draft);
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot askForReply(String code, ContactRequest contact) {
        if (contact == null || contact.method() == null) {
            throw InvalidInputException.of("replyMethod", "journey.reply.error.choose");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        ContactRequest checked = ContactDetails.check(contact, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FeedbackDraft draft = open(code);
        draft.askForReply(checked);
        return snapshot(draft);
    }

    /**
     * Sends the feedback. Sending again (double click, a retry after a network blip, Back then Send) returns the
     * first reference code and stores nothing new. Once sent, the draft keeps only its reference code: the
     * person's words live in the feedback alone.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public SubmissionReceipt send(String code) {
        return send(code, false);
    }

    /**
     * The same, saying whether the journey's hidden honeypot field was filled in. The time the journey took is
     * known here (from starting to sending): both decide whether the feedback is held for review (decision 0026).
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public SubmissionReceipt send(String code, boolean honeypotFilled) {
        FeedbackDraft draft = drafts.findByReturnCode(normalised(code)).orElseThrow(NoSuchDraftException::new);
        if (draft.getReferenceCode() != null) {
            // Sent already, but the answer may not have reached the person: the same receipt, with a private code
            // again when the send was just now.
            return submissions
                    .earlierReceipt(draft.getSubmissionKey())
                    .orElse(new SubmissionReceipt(draft.getReferenceCode()));
        }
        Map<Long, RatingAnswer> ratings = new LinkedHashMap<>();
        Map<Long, String> comments = new HashMap<>();
        draft.getAnswers().forEach((question, answer) -> {
            if (answer.getAnswer() != null) {
                ratings.put(question, answer.getAnswer());
            }
            if (answer.getComment() != null) {
                comments.put(question, answer.getComment());
            }
        });
        RespondentGroup group = draft.getRespondentGroup();
        Wording wording = Wording.of(group, Languages.isEasyRead(draft.getLanguage()));
        ContactRequest contact = draft.getContact() == null ? ContactRequest.NONE : draft.getContact();
        SubmissionReceipt receipt = submissions.submit(
                new FeedbackSubmission(
                        draft.getSubmissionKey(),
                        draft.getService() == null ? null : draft.getService().getId(),
                        draft.getArea() == null ? null : draft.getArea().getId(),
                        group,
                        draft.getAgeBand(),
                        ratings,
                        null,
                        comments,
                        draft.getChangeWanted(),
                        wording,
                        draft.getLanguage(),
                        contact),
                new JourneySignals(
                        honeypotFilled,
                        draft.getCreatedAt() == null ? null : Duration.between(draft.getCreatedAt(), clock.instant())));
        if (draft.getCampaignId() != null) {
            submissions.recordCampaign(draft.getSubmissionKey(), draft.getCampaignId());
        }
        draft.sent(receipt.referenceCode());
        draft.forgetAnswers();
        draft.touch(clock.instant(), null);
        return receipt;
    }

    /**
     * Brings back a journey from the copy kept in the person's own browser, when the server no longer has it (it
     * was never saved, or was lost). Everything is checked again as if typed now; a part that no longer fits (a
     * service that has closed, say) is left out. Keeps the person's return code when it is still free.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public DraftSnapshot restore(DraftSnapshot copy) {
        Optional<String> code = ReferenceCode.normaliseReturnCode(copy.returnCode());
        if (code.isPresent()) {
            Optional<FeedbackDraft> existing = drafts.findByReturnCode(code.get());
            if (existing.isPresent()) {
                return snapshot(existing.get());
            }
        }
        String language =
                Languages.fromTag(copy.language()).map(Locale::toLanguageTag).orElse("en-GB");
        FeedbackDraft draft = drafts.save(new FeedbackDraft(
                code.orElseGet(ReferenceCode::randomReturnCode),
                UUID.randomUUID().toString(),
                language,
                clock.instant()));
        String restored = draft.getReturnCode();
        leniently(() -> {
            if (copy.serviceAnswered()) {
                chooseService(restored, copy.serviceId());
            }
        });
        leniently(() -> {
            if (copy.areaAnswered()) {
                chooseArea(restored, copy.areaId());
            }
        });
        leniently(() -> {
            if (copy.respondentGroup() != null) {
                chooseGroup(restored, copy.respondentGroup());
            }
        });
        leniently(() -> {
            if (copy.ageAnswered()) {
                chooseAgeBand(restored, copy.ageBand());
            }
        });
        if (copy.answers() != null) {
            copy.answers()
                    .forEach((question, answer) ->
                            leniently(() -> answer(restored, question, answer.rating(), answer.comment())));
        }
        leniently(() -> {
            if (copy.changeAnswered()) {
                wantChange(restored, copy.changeWanted());
            }
        });
        leniently(() -> {
            if (copy.contact() != null) {
                askForReply(restored, copy.contact());
            }
        });
        return snapshot(draft);
    }

    private static void leniently(Runnable part) {
        try {
            part.run();
        } catch (InvalidInputException | IllegalArgumentException | NullPointerException leftOut) {
            // That part no longer fits; the person sees it unanswered and can answer it again.
        }
    }

    private FeedbackDraft open(String code) {
        FeedbackDraft draft = drafts.findByReturnCode(normalised(code)).orElseThrow(NoSuchDraftException::new);
        if (draft.getReferenceCode() != null) {
            throw new DraftAlreadySentException(draft.getReferenceCode());
        }
        draft.touch(clock.instant(), null);
        return draft;
    }

    private static String normalised(String code) {
        return ReferenceCode.normaliseReturnCode(code).orElseThrow(NoSuchDraftException::new);
    }

    private static String checkedWords(String words, String field) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String cleaned = TextInput.within(words, field, "feedback.error.comment-too-long", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cleaned;
    }

    private DraftSnapshot snapshot(FeedbackDraft draft) {
        Map<Long, DraftSnapshot.Answer> answers = new HashMap<>();
        draft.getAnswers()
                .forEach((question, answer) ->
                        answers.put(question, new DraftSnapshot.Answer(answer.getAnswer(), answer.getComment())));
        CommissionedService service = draft.getService();
        Area area = draft.getArea();
        return new DraftSnapshot(
                draft.getReturnCode(),
                draft.getLanguage(),
                draft.isServiceAnswered(),
                service == null ? null : service.getId(),
                service == null ? null : service.getName(),
                draft.isAreaAnswered(),
                area == null ? null : area.getId(),
                area == null ? null : area.getName(),
                draft.getRespondentGroup(),
                draft.isAgeAnswered(),
                draft.getAgeBand(),
                Map.copyOf(answers),
                draft.isChangeAnswered(),
                draft.getChangeWanted(),
                draft.getContact(),
                draft.getReferenceCode());
    }

    /** The charter questions in order, for journeys to walk through. */
    @PreAuthorize(Access.ANYONE)
    public List<Expectation> questions() {
        return charter.expectations();
    }
}
