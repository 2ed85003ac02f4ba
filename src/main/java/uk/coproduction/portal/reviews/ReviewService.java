package uk.coproduction.portal.reviews;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.advocacy.ConsentByAge;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.campaigns.SignedLinks;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackIntake;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.NewFeedback;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;
import uk.coproduction.portal.services.Organisation;
import uk.coproduction.portal.services.OrganisationRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reviews of a service (issue 21, decision 0047): opened, changed before they open and closed by a commissioner who
 * covers the service (the service page's rule, {@link ServiceScope}); answered by anyone through an audience's own
 * link; answers gathered by advocates and partner organisations entered by them. Every answer is made into a
 * feedback item by the one intake, so safeguarding rules, reference code and audit run as for every channel.
 */
@Service
public class ReviewService {

    public static final String ENGLISH = "en-GB";
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int QUESTION_MAX_LENGTH = 300;
    public static final int MOST_QUESTIONS = 20;
    /** The longest period a review takes answers for: a year, as the annual survey is the longest. */
    public static final int LONGEST_PERIOD_DAYS = 366;
    /** The public route an audience's link opens; the token follows it. */
    public static final String ARRIVAL_ROUTE = "review";

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String TOO_LONG = "reviews.answer.error.too-long";

    private final ReviewRepository reviews;
    private final ReviewResponseRepository responses;
    private final CommissionedServiceRepository services;
    private final OrganisationRepository organisations;
    private final SignedLinks links;
    private final FeedbackIntake intake;
    private final FeedbackItems items;
    private final CharterService charter;
    private final StaffDirectory staff;
    private final ServiceScope scope;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String linkStart;

    ReviewService(
            ReviewRepository reviews,
            ReviewResponseRepository responses,
            CommissionedServiceRepository services,
            OrganisationRepository organisations,
            SignedLinks links,
            FeedbackIntake intake,
            FeedbackItems items,
            CharterService charter,
            StaffDirectory staff,
            ServiceScope scope,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock,
            @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.reviews = reviews;
        this.responses = responses;
        this.services = services;
        this.organisations = organisations;
        this.links = links;
        this.intake = intake;
        this.items = items;
        this.charter = charter;
        this.staff = staff;
        this.scope = scope;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.linkStart = publicUrl.replaceAll("/+$", "") + "/" + ARRIVAL_ROUTE + "/";
    }

    // ------------------------------------------------------------------ commissioners

    /** The question set of a "You're Welcome" review, in its themes' order, to pre-fill the form. */
    @PreAuthorize(Access.COMMISSIONER)
    public List<ReviewForm.QuestionDraft> youreWelcomeQuestions() {
        return YouAreWelcomeQuestions.drafts();
    }

    /** Opens a review of a service the commissioner covers. Every field is checked; each problem says how to fix it. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public ReviewSummary open(ReviewForm form) {
        StaffIdentity me = staff.requireCurrentStaff();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        CommissionedService service = null;
        if (form.serviceId() == null) {
            problems.add(problem("service", "workspace.reviews.error.service-required"));
        } else {
            service = services.findById(form.serviceId())
                    .filter(CommissionedService::isActive)
                    .orElse(null);
            if (service == null) {
                problems.add(problem("service", "workspace.reviews.error.service-unknown"));
            } else if (!ServiceScope.commissionerCovers(me, service)) {
                throw new AccessDeniedException("Not a service this commissioner covers");
            }
        }
        if (form.kind() == null) {
            problems.add(problem("kind", "workspace.reviews.error.kind-required"));
        }
        String title = checkedTitle(form.title(), problems);
        checkPeriod(form.opensOn(), form.closesOn(), true, problems);
        if (form.audiences().isEmpty()) {
            problems.add(problem("audiences", "workspace.reviews.error.audiences-required"));
        }
        List<ReviewForm.QuestionDraft> drafts = checkedQuestions(form.questions(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Review review = new Review(
                service, form.kind(), title, form.opensOn(), form.closesOn(), me.username(), clock.instant());
        for (ReviewAudience audience : sorted(form.audiences())) {
            review.addLink(audience, links.newPublicId());
        }
        review.addQuestions(questionsOf(review, drafts));
        Review saved = reviews.save(review);
        audit.record(
                "review.opened",
                "review",
                saved.getId(),
                form.kind() + "; service " + service.getId() + "; "
                        + title + "; " + form.opensOn() + " to " + form.closesOn() + "; " + sorted(form.audiences())
                        + "; "
                        + drafts.size() + " own questions");
        return summary(saved);
    }

    /**
     * Changes a review. Its title and last day can change until it is closed (a later last day keeps it open
     * longer); its kind, first day and questions only before it opens and while nobody has answered it; an audience
     * can be added at any time before it closes, and removed only while nobody in it has answered.
     */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public ReviewSummary change(long id, ReviewForm form) {
        Review review = covered(id);
        LocalDate today = today();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (review.overOn(today)) {
            throw InvalidInputException.of("review", "workspace.reviews.error.closed-no-change");
        }
        String title = checkedTitle(form.title(), problems);
        boolean answered = responses.existsByReviewId(review.getId());
        boolean started = !today.isBefore(review.getOpensOn());
        List<ReviewForm.QuestionDraft> drafts = checkedQuestions(form.questions(), problems);
        boolean questionsChanged = !drafts.equals(draftsOf(review));
        if (questionsChanged && answered) {
            problems.add(problem("questions", "workspace.reviews.error.questions-answered"));
        } else if (questionsChanged && started) {
            problems.add(problem("questions", "workspace.reviews.error.questions-open"));
        }
        if (form.kind() == null) {
            problems.add(problem("kind", "workspace.reviews.error.kind-required"));
        } else if (form.kind() != review.getKind() && (answered || started)) {
            problems.add(problem("kind", "workspace.reviews.error.kind-open"));
        }
        boolean opensChanged = !Objects.equals(form.opensOn(), review.getOpensOn());
        if (opensChanged && (answered || started)) {
            problems.add(problem("opens", "workspace.reviews.error.opens-open"));
        } else {
            checkPeriod(form.opensOn(), form.closesOn(), opensChanged, problems);
        }
        if (form.audiences().isEmpty()) {
            problems.add(problem("audiences", "workspace.reviews.error.audiences-required"));
        }
        Set<ReviewAudience> removed = review.getLinks().stream()
                .map(ReviewLink::audience)
                .filter(a -> !form.audiences().contains(a))
                .collect(Collectors.toSet());
        Set<ReviewAudience> answeredAudiences =
                responses.findByReviewIdOrderByAnsweredAtAscIdAsc(review.getId()).stream()
                        .map(ReviewResponse::getAudience)
                        .collect(Collectors.toSet());
        if (removed.stream().anyMatch(answeredAudiences::contains)) {
            problems.add(problem("audiences", "workspace.reviews.error.audience-answered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        review.describe(title, form.opensOn(), form.closesOn());
        if (form.kind() != review.getKind()) {
            review.changeKind(form.kind());
        }
        removed.forEach(review::removeLink);
        for (ReviewAudience audience : sorted(form.audiences())) {
            if (review.link(audience).isEmpty()) {
                review.addLink(audience, links.newPublicId());
            }
        }
        if (questionsChanged) {
            // The old questions go first: the new ones take the same positions, which are unique per review.
            review.clearQuestions();
            reviews.flush();
            review.addQuestions(questionsOf(review, drafts));
        }
        reviews.flush();
        audit.record(
                "review.changed",
                "review",
                id,
                title + "; " + form.opensOn() + " to " + form.closesOn() + "; " + sorted(form.audiences())
                        + (questionsChanged ? "; questions changed" : ""));
        return summary(review);
    }

    /**
     * Closes a review by hand. Refused while any of its answers is flagged for safeguarding and no lead has
     * acknowledged it: the review's answers are not finished with until the leads have read them. Every answer is
     * kept.
     */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public ReviewSummary close(long id) {
        Review review = covered(id);
        if (review.getClosedAt() != null) {
            return summary(review);
        }
        if (unreadSafeguardingAlerts(id) > 0) {
            throw InvalidInputException.of("review", "workspace.reviews.error.close-unread-safeguarding");
        }
        review.close(staff.requireCurrentStaff().username(), clock.instant());
        audit.record("review.closed", "review", id, review.getTitle());
        return summary(review);
    }

    /** The active services this commissioner covers, by name: the ones they may open a review of. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public List<ServiceChoice> servicesToReview() {
        StaffIdentity me = staff.requireCurrentStaff();
        return services.findAllById(scope.commissionedBy(me)).stream()
                .filter(CommissionedService::isActive)
                .map(s -> new ServiceChoice(s.getId(), s.getName()))
                .sorted(Comparator.comparing(ServiceChoice::name))
                .toList();
    }

    /** Every review of the services this commissioner covers, newest first. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public List<ReviewSummary> myReviews() {
        StaffIdentity me = staff.requireCurrentStaff();
        return reviews.findByServiceIdInOrderByOpensOnDescIdDesc(ServiceScope.forSql(scope.commissionedBy(me))).stream()
                .map(this::summary)
                .toList();
    }

    /** The reviews of a service the commissioner covers, newest first. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public List<ReviewSummary> reviewsOf(long serviceId) {
        StaffIdentity me = staff.requireCurrentStaff();
        CommissionedService service =
                services.findById(serviceId).orElseThrow(() -> new IllegalArgumentException("No service " + serviceId));
        if (!ServiceScope.commissionerCovers(me, service)) {
            throw new AccessDeniedException("Not a service this commissioner covers");
        }
        return reviews.findByServiceIdOrderByOpensOnDescIdDesc(serviceId).stream()
                .map(this::summary)
                .toList();
    }

    /** One review of a service the commissioner covers. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public ReviewSummary summary(long id) {
        return summary(covered(id));
    }

    /** Each audience's own link, in audience order. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public List<AudienceLink> links(long id) {
        Review review = covered(id);
        return review.getLinks().stream()
                .sorted((a, b) -> a.audience().compareTo(b.audience()))
                .map(link -> new AudienceLink(link.audience(), linkStart + links.token(link.publicId())))
                .toList();
    }

    /**
     * Everything answered to a review, per audience (for its report). Identifiable words, so for a commissioner who
     * covers the service only; each person's answers say whether safeguarding holds them.
     */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public ReviewAnswers answers(long id) {
        Review review = covered(id);
        List<ReviewResponse> all = responses.findByReviewIdOrderByAnsweredAtAscIdAsc(id);
        Map<Long, Feedback> feedback = items
                .byIds(all.stream().map(ReviewResponse::getFeedbackId).toList())
                .stream()
                .collect(Collectors.toMap(Feedback::getId, Function.identity()));
        Map<Long, String> organisationNames = organisations
                .findAllById(all.stream()
                        .map(ReviewResponse::getOrganisationId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        Map<ReviewAudience, List<ResponseAnswers>> byAudience = new EnumMap<>(ReviewAudience.class);
        review.getLinks().forEach(link -> byAudience.put(link.audience(), new ArrayList<>()));
        for (ReviewResponse response : all) {
            Feedback item = feedback.get(response.getFeedbackId());
            Map<Long, ResponseAnswers.QuestionAnswer> answers = new LinkedHashMap<>();
            response.getAnswers()
                    .forEach(a ->
                            answers.put(a.questionId(), new ResponseAnswers.QuestionAnswer(a.rating(), a.words())));
            byAudience
                    .computeIfAbsent(response.getAudience(), a -> new ArrayList<>())
                    .add(new ResponseAnswers(
                            response.getId(),
                            response.getFeedbackId(),
                            item.getReferenceCode(),
                            response.getAudience(),
                            response.getWording(),
                            response.getLanguage(),
                            response.getEnteredBy(),
                            response.getOrganisationId(),
                            organisationNames.get(response.getOrganisationId()),
                            response.getConsent(),
                            response.getPersonsAge(),
                            response.getAnsweredAt(),
                            item.isSafeguardingFlag(),
                            item.isHeldForReview(),
                            item.getRatings(),
                            item.getAnswerComments(),
                            item.getComment(),
                            answers));
        }
        return new ReviewAnswers(summary(review), byAudience);
    }

    // ------------------------------------------------------------------ the public journey

    /** What an audience's link finds: open, not yet open, closed, or not a link we made. Never an error. */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public ReviewArrival arrive(String token) {
        Optional<Review> found = links.publicId(token == null ? "" : token).flatMap(reviews::findByPublicId);
        if (found.isEmpty()) {
            return new ReviewArrival.Refused();
        }
        Review review = found.get();
        String publicId = links.publicId(token).orElseThrow();
        ReviewAudience audience = review.getLinks().stream()
                .filter(l -> l.publicId().equals(publicId))
                .map(ReviewLink::audience)
                .findFirst()
                .orElseThrow();
        CommissionedService service = review.getService();
        LocalDate today = today();
        if (review.overOn(today)) {
            return new ReviewArrival.Closed(
                    review.getTitle(), service.getId(), service.getName(), review.getClosesOn());
        }
        if (!review.openOn(today)) {
            return new ReviewArrival.NotYetOpen(
                    review.getTitle(), service.getId(), service.getName(), review.getOpensOn());
        }
        return new ReviewArrival.Open(
                review.getId(),
                review.getTitle(),
                service.getId(),
                service.getName(),
                review.getClosesOn(),
                audience,
                review.getQuestions().stream().map(ReviewService::summary).toList());
    }

    /**
     * A person's own answers through an audience's link. Sending the same answers again (same submission key)
     * returns the first reference code and stores nothing new.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public ReviewReceipt answer(String token, ReviewSubmission submission) {
        Optional<Review> found = links.publicId(token == null ? "" : token).flatMap(reviews::findByPublicId);
        if (found.isEmpty()) {
            throw InvalidInputException.of("review", "reviews.answer.error.link-unknown");
        }
        Review review = found.get();
        String publicId = links.publicId(token).orElseThrow();
        ReviewAudience audience = review.getLinks().stream()
                .filter(l -> l.publicId().equals(publicId))
                .map(ReviewLink::audience)
                .findFirst()
                .orElseThrow();
        Optional<ReviewReceipt> earlier = earlier(submission.submissionKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return take(review, audience, submission, null);
    }

    // ------------------------------------------------------------------ advocates and partners

    /** The reviews taking answers today that an advocate or partner may enter gathered answers for. */
    @PreAuthorize(Access.ADVOCATE)
    @Transactional(readOnly = true)
    public List<ReviewSummary> openReviews() {
        LocalDate today = today();
        return reviews.findAll().stream()
                .filter(r -> r.openOn(today))
                .map(this::summary)
                .toList();
    }

    /**
     * Answers an advocate or partner organisation gathered from someone, entered for them: marked with the
     * advocate's organisation and the consent route they recorded (as advocates' on-behalf entries are).
     */
    @PreAuthorize(Access.ADVOCATE)
    @Transactional
    public ReviewReceipt enterGathered(
            long reviewId, ReviewAudience audience, ReviewSubmission submission, GatheredConsent consent) {
        StaffIdentity me = staff.requireCurrentStaff();
        Review review =
                reviews.findById(reviewId).orElseThrow(() -> new IllegalArgumentException("No review " + reviewId));
        Optional<ReviewReceipt> earlier = earlier(submission.submissionKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (audience == null || review.link(audience).isEmpty()) {
            problems.add(problem("audience", "workspace.reviews.gathered.error.audience"));
        }
        if (consent == null || consent.personsAge() == null) {
            problems.add(problem("personsAge", "advocacy.error.age-required"));
        }
        if (consent == null || consent.consent() == null) {
            problems.add(problem("consent", "workspace.reviews.gathered.error.consent-required"));
        }
        if (consent != null) {
            // The same rule as an advocate's on-behalf feedback (decision 0039): a child's own word is not enough.
            problems.addAll(ConsentByAge.problems(
                    consent.personsAge(),
                    consent.consent(),
                    consent.gillickConfirmed(),
                    consent.lacksCapacityConfirmed()));
        }
        if (me.organisationId() == null) {
            problems.add(problem("organisation", "workspace.reviews.gathered.error.no-organisation"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return take(
                review,
                audience,
                submission,
                new ReviewResponse.EnteredFor(me.username(), me.organisationId(), consent));
    }

    // ------------------------------------------------------------------ safeguarding

    /** How many of the review's answers are flagged for safeguarding with no lead's acknowledgement yet. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public long unreadSafeguardingAlerts(long id) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM review_response r JOIN feedback f ON f.id = r.feedback_id
                        WHERE r.review_id = :review AND f.safeguarding_flag = TRUE
                          AND NOT EXISTS (SELECT 1 FROM safeguarding_action a
                                          WHERE a.feedback_id = f.id AND a.kind = 'ACKNOWLEDGED')""").param("review", id).query(Long.class).single();
    }

    // ------------------------------------------------------------------ inside

    private ReviewReceipt take(
            Review review, ReviewAudience audience, ReviewSubmission submission, ReviewResponse.EnteredFor enteredFor) {
        if (!review.openOn(today())) {
            throw InvalidInputException.of("review", "reviews.answer.error.closed");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (submission.wording() == null) {
            problems.add(problem("wording", "reviews.answer.error.wording"));
        }
        String language = submission.language() == null ? ENGLISH : submission.language();
        if (Languages.fromTag(language).isEmpty()) {
            problems.add(problem("language", "reviews.answer.error.language"));
        }
        Set<Long> charterIds =
                charter.expectations().stream().map(Expectation::id).collect(Collectors.toSet());
        if (!charterIds.containsAll(submission.charterRatings().keySet())
                || !charterIds.containsAll(submission.charterWords().keySet())) {
            problems.add(problem("ratings", "reviews.answer.error.question-unknown"));
        }
        Map<Long, String> charterWords = new HashMap<>();
        submission.charterWords().forEach((question, words) -> {
            String cleaned = TextInput.within(words, "charterWords", TOO_LONG, problems);
            if (cleaned != null) {
                charterWords.put(question, cleaned);
            }
        });
        String comment = TextInput.within(submission.comment(), "comment", TOO_LONG, problems);
        Map<Long, ReviewQuestion> questions =
                review.getQuestions().stream().collect(Collectors.toMap(ReviewQuestion::getId, Function.identity()));
        List<ReviewAnswer> answers = new ArrayList<>();
        List<String> answerWords = new ArrayList<>();
        submission.answers().forEach((questionId, answer) -> {
            ReviewQuestion question = questions.get(questionId);
            if (question == null) {
                problems.add(problem("answers", "reviews.answer.error.question-unknown"));
                return;
            }
            if (answer.rating() != null && question.getKind() != QuestionKind.SCALE) {
                problems.add(problem("answers", "reviews.answer.error.no-scale"));
                return;
            }
            String words = TextInput.within(answer.words(), "answers", TOO_LONG, problems);
            if (answer.rating() != null || words != null) {
                answers.add(new ReviewAnswer(questionId, answer.rating(), words));
                if (words != null) {
                    answerWords.add(words);
                }
            }
        });
        if (problems.isEmpty()
                && submission.charterRatings().isEmpty()
                && charterWords.isEmpty()
                && comment == null
                && answers.isEmpty()) {
            problems.add(problem("ratings", "reviews.answer.error.nothing-answered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        answers.sort((a, b) -> Integer.compare(
                questions.get(a.questionId()).getPosition(),
                questions.get(b.questionId()).getPosition()));
        boolean own = enteredFor == null;
        FeedbackIntake.Taken taken = intake.take(new NewFeedback.InReview(
                submission.submissionKey(),
                review.getService(),
                audience.respondentGroup(),
                own ? Channel.ONLINE : Channel.ADVOCATE,
                comment,
                submission.charterRatings(),
                own ? NewFeedback.RESIDENT : enteredFor.enteredBy(),
                new NewFeedback.Journey(charterWords, null, submission.wording(), language, ContactRequest.NONE),
                answerWords,
                own,
                own
                        ? null
                        : new NewFeedback.Audited(
                                "review.answers-entered",
                                "; review " + review.getId() + ", "
                                        + audience + ", consent "
                                        + enteredFor.consent().consent() + ", age "
                                        + enteredFor.consent().personsAge())));
        responses.save(new ReviewResponse(
                review.getId(),
                audience,
                taken.id(),
                submission.wording(),
                language,
                enteredFor,
                clock.instant(),
                answers));
        return new ReviewReceipt(taken.referenceCode(), taken.proofSecret());
    }

    private Optional<ReviewReceipt> earlier(String submissionKey) {
        if (submissionKey == null) {
            return Optional.empty();
        }
        if (!submissionKey.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("A submission key is a UUID");
        }
        return items.bySubmissionKey(submissionKey).map(f -> new ReviewReceipt(f.getReferenceCode(), null));
    }

    private Review covered(long id) {
        Review review = reviews.findById(id).orElseThrow(() -> new IllegalArgumentException("No review " + id));
        if (!ServiceScope.commissionerCovers(staff.requireCurrentStaff(), review.getService())) {
            throw new AccessDeniedException("Not a service this commissioner covers");
        }
        return review;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private String checkedTitle(String title, List<InvalidInputException.Problem> problems) {
        String cleaned = TextInput.clean(title);
        if (cleaned == null) {
            problems.add(problem("title", "workspace.reviews.error.title-required"));
        } else if (cleaned.length() > TITLE_MAX_LENGTH) {
            problems.add(problem("title", "workspace.reviews.error.title-too-long"));
        }
        return cleaned;
    }

    private void checkPeriod(
            LocalDate opens, LocalDate closes, boolean opensMustBeAhead, List<InvalidInputException.Problem> problems) {
        LocalDate today = today();
        if (opens == null) {
            problems.add(problem("opens", "workspace.reviews.error.opens-required"));
        } else if (opensMustBeAhead && opens.isBefore(today)) {
            problems.add(problem("opens", "workspace.reviews.error.opens-in-past"));
        }
        if (closes == null) {
            problems.add(problem("closes", "workspace.reviews.error.closes-required"));
        } else if (opens != null && closes.isBefore(opens)) {
            problems.add(problem("closes", "workspace.reviews.error.closes-before-opens"));
        } else if (opens != null && ChronoUnit.DAYS.between(opens, closes) >= LONGEST_PERIOD_DAYS) {
            problems.add(problem("closes", "workspace.reviews.error.period-too-long"));
        } else if (closes.isBefore(today)) {
            problems.add(problem("closes", "workspace.reviews.error.closes-in-past"));
        }
    }

    private List<ReviewForm.QuestionDraft> checkedQuestions(
            List<ReviewForm.QuestionDraft> questions, List<InvalidInputException.Problem> problems) {
        if (questions.size() > MOST_QUESTIONS) {
            problems.add(problem("questions", "workspace.reviews.error.too-many-questions"));
            return List.of();
        }
        List<ReviewForm.QuestionDraft> checked = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            ReviewForm.QuestionDraft draft = questions.get(i);
            String field = "question." + i;
            if (draft == null || draft.kind() == null) {
                problems.add(problem(field, "workspace.reviews.error.question-kind-required"));
                continue;
            }
            if (draft.messageKey() != null) {
                if (!YouAreWelcomeQuestions.keys().contains(draft.messageKey())) {
                    problems.add(problem(field, "workspace.reviews.error.question-unknown"));
                }
                checked.add(ReviewForm.QuestionDraft.shipped(draft.kind(), draft.messageKey()));
                continue;
            }
            String[] words = {
                TextInput.clean(draft.youngPerson()),
                TextInput.clean(draft.parentCarer()),
                TextInput.clean(draft.easyRead())
            };
            if (Arrays.stream(words).anyMatch(Objects::isNull)) {
                problems.add(problem(field, "workspace.reviews.error.question-voices-required"));
            } else if (Arrays.stream(words).anyMatch(w -> w.length() > QUESTION_MAX_LENGTH)) {
                problems.add(problem(field, "workspace.reviews.error.question-too-long"));
            }
            checked.add(ReviewForm.QuestionDraft.own(draft.kind(), words[0], words[1], words[2]));
        }
        return checked;
    }

    private static List<ReviewQuestion> questionsOf(Review review, List<ReviewForm.QuestionDraft> drafts) {
        List<ReviewQuestion> questions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ReviewForm.QuestionDraft draft = drafts.get(i);
            List<QuestionText> texts = draft.messageKey() != null
                    ? List.of()
                    : List.of(
                            new QuestionText(ENGLISH, Wording.YOUNG_PERSON, draft.youngPerson()),
                            new QuestionText(ENGLISH, Wording.PARENT_CARER, draft.parentCarer()),
                            new QuestionText(ENGLISH, Wording.EASY_READ, draft.easyRead()));
            questions.add(new ReviewQuestion(review, i + 1, draft.kind(), draft.messageKey(), texts));
        }
        return questions;
    }

    private static List<ReviewForm.QuestionDraft> draftsOf(Review review) {
        return review.getQuestions().stream()
                .map(q -> q.getMessageKey() != null
                        ? ReviewForm.QuestionDraft.shipped(q.getKind(), q.getMessageKey())
                        : ReviewForm.QuestionDraft.own(
                                q.getKind(),
                                englishText(q, Wording.YOUNG_PERSON),
                                englishText(q, Wording.PARENT_CARER),
                                englishText(q, Wording.EASY_READ)))
                .toList();
    }

    private static String englishText(ReviewQuestion question, Wording wording) {
        return question.getTexts().stream()
                .filter(t -> ENGLISH.equals(t.language()) && t.wording() == wording)
                .map(QuestionText::text)
                .findFirst()
                .orElse(null);
    }

    private ReviewSummary summary(Review review) {
        LocalDate today = today();
        ReviewState state = review.overOn(today)
                ? ReviewState.CLOSED
                : review.openOn(today) ? ReviewState.OPEN : ReviewState.NOT_YET_OPEN;
        CommissionedService service = review.getService();
        return new ReviewSummary(
                review.getId(),
                service.getId(),
                service.getName(),
                review.getKind(),
                review.getTitle(),
                review.getOpensOn(),
                review.getClosesOn(),
                review.getClosedAt(),
                review.getClosedBy(),
                state,
                review.getLinks().stream().map(ReviewLink::audience).sorted().toList(),
                review.getQuestions().stream().map(ReviewService::summary).toList(),
                review.getId() == null ? 0 : responses.countByReviewId(review.getId()),
                review.getCreatedBy(),
                review.getCreatedAt());
    }

    private static ReviewQuestionSummary summary(ReviewQuestion question) {
        Map<String, Map<Wording, String>> texts = new HashMap<>();
        question.getTexts()
                .forEach(t -> texts.computeIfAbsent(t.language(), l -> new EnumMap<>(Wording.class))
                        .put(t.wording(), t.text()));
        return new ReviewQuestionSummary(
                question.getId(), question.getPosition(), question.getKind(), question.getMessageKey(), texts);
    }

    private static List<ReviewAudience> sorted(Set<ReviewAudience> audiences) {
        return audiences.stream().sorted().toList();
    }

    private static InvalidInputException.Problem problem(String field, String key) {
        return new InvalidInputException.Problem(field, key);
    }
}
