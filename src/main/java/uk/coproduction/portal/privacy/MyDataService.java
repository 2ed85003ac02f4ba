package uk.coproduction.portal.privacy;

import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.limits.ArrivalLimits;
import uk.coproduction.portal.base.limits.Journey;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackItems;
import uk.coproduction.portal.feedback.ProofSecret;
import uk.coproduction.portal.feedback.ReferenceCode;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.mail.Outbox;
import uk.coproduction.portal.security.StaffDirectory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The person's rights over their feedback: see everything we hold, take a copy, and ask for it to be deleted. We do
 * not know who they are, and a reference code alone proves nothing more than "I have seen this code" (it is printed,
 * read aloud, saved in files): so the record opens only with a second proof (decision 0017) — a one-time code sent
 * to the e-mail address or phone number they gave, or the private code shown once when they sent it. Every look-up,
 * code sent, proof refused or accepted, view, download and request is audited, never with the code or secret typed.
 * Erasure takes two steps (decision 0040): a preview of what goes and what stays, then the person's confirmation with
 * the token the preview gave; admins see every request with its outcome, and carry out or refuse the few that wait
 * for a check. All of it is audited.
 */
@Service
public class MyDataService {

    static final String WAITING = "WAITING";
    static final String CARRIED_OUT = "CARRIED_OUT";
    static final String REFUSED = "REFUSED";

    /** How long a one-time code works, how many tries it allows, and how many may be sent per record. */
    static final Duration CODE_LIFE = Duration.ofMinutes(15);

    static final int TRIES_PER_CODE = 5;
    static final int CODES_PER_HOUR = 3;
    static final int CODES_PER_DAY = 6;
    /** How long an opened record stays open on the page without a new proof. */
    static final Duration ACCESS_LIFE = Duration.ofMinutes(30);
    /** How long the confirmation from an erasure preview works. */
    static final Duration CONFIRMATION_LIFE = Duration.ofMinutes(15);

    static final int REQUESTS_SHOWN = 500;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FEEDBACK = "feedback";

    private final FeedbackItems feedback;
    private final CharterService charter;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final Clock clock;
    private final Outbox outbox;
    private final PasswordEncoder encoder;
    private final I18NProvider translations;
    private final ArrivalLimits arrivals;

    MyDataService(
            FeedbackItems feedback,
            CharterService charter,
            JdbcTemplate jdbc,
            AuditLog audit,
            StaffDirectory staff,
            Clock clock,
            Outbox outbox,
            PasswordEncoder encoder,
            I18NProvider translations,
            ArrivalLimits arrivals) {
        this.arrivals = arrivals;
        this.staff = staff;
        this.feedback = feedback;
        this.charter = charter;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.outbox = outbox;
        this.encoder = encoder;
        this.translations = translations;
    }

    /**
     * Step 1: which second proof the feedback with this code asks for (nothing about the feedback itself).
     * Empty when there is no feedback with that code.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public Optional<SecondProof> lookUp(@Nullable String typedCode) {
        arrivals.require(Journey.CODE_LOOKUP);
        Optional<Feedback> found = find(typedCode);
        if (found.isEmpty()) {
            audit.recordByResident("my-data.look-up-unknown", FEEDBACK, null, "no feedback with the code typed");
            return Optional.empty();
        }
        SecondProof proof = proofFor(found.get());
        audit.recordByResident(
                "my-data.looked-up", FEEDBACK, found.get().getId(), "second proof asked: " + proof.way());
        return Optional.of(proof);
    }

    /**
     * Step 2 (when they gave an e-mail address or phone number): sends a new one-time code there through the
     * outbox, and withdraws any earlier one. At most {@value #CODES_PER_HOUR} an hour and {@value #CODES_PER_DAY}
     * a day per record, so nobody can flood the person's inbox or keep guessing.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public CodeSending sendCode(@Nullable String typedCode, Locale language) {
        arrivals.require(Journey.CODE_LOOKUP);
        Optional<Feedback> found = find(typedCode);
        if (found.isEmpty()) {
            return new CodeSending(CodeSending.Outcome.NOT_FOUND, null);
        }
        Feedback item = found.get();
        SecondProof proof = proofFor(item);
        if (proof.way() != SecondProof.Way.EMAIL_CODE && proof.way() != SecondProof.Way.TEXT_CODE) {
            return new CodeSending(CodeSending.Outcome.NOT_BY_CODE, null);
        }
        lockCodes(item.getId());
        Instant now = clock.instant();
        if (codesSince(item.getId(), now.minus(Duration.ofHours(1))) >= CODES_PER_HOUR
                || codesSince(item.getId(), now.minus(Duration.ofDays(1))) >= CODES_PER_DAY) {
            audit.recordByResident("my-data.code-refused", FEEDBACK, item.getId(), "too many codes asked for");
            return new CodeSending(CodeSending.Outcome.TOO_MANY_CODES, null);
        }
        withdrawOpenCodes(item.getId(), now);
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        Locale locale = language == null ? Languages.ENGLISH : language;
        boolean byEmail = proof.way() == SecondProof.Way.EMAIL_CODE;
        String text = translations.getTranslation(
                byEmail ? "email.my-data.code.body" : "text.my-data.code.body", locale, code, CODE_LIFE.toMinutes());
        long message = outbox.queueOneTimeCode(
                item.getId(),
                byEmail ? Outbox.Channel.EMAIL : Outbox.Channel.TEXT,
                byEmail ? item.getContact().email() : item.getContact().phone(),
                translations.getTranslation("email.my-data.code.subject", locale),
                text);
        jdbc.update(
                "INSERT INTO my_data_code (feedback_id, code_hash, sent_by, created_at, expires_at, message_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                item.getId(),
                encoder.encode(code),
                byEmail ? "EMAIL" : "TEXT",
                Timestamp.from(now),
                Timestamp.from(now.plus(CODE_LIFE)),
                message);
        audit.recordByResident(
                "my-data.code-sent",
                FEEDBACK,
                item.getId(),
                (byEmail ? "one-time code queued by e-mail to " : "one-time code queued by text message to ")
                        + proof.sentTo()
                        + (proof.canArrive() ? "" : " (cannot be sent yet: no sender set up)"));
        return new CodeSending(CodeSending.Outcome.SENT, proof);
    }

    /**
     * Step 3: the second proof. A one-time code works once, for {@link #CODE_LIFE}, and allows
     * {@value #TRIES_PER_CODE} tries; the private code has 59 random bits, so it needs no lock-out (which anyone
     * with the reference code could use to keep the person out) beyond the per-address look-up limit.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public ProofResult prove(@Nullable String typedCode, @Nullable String typedProof) {
        arrivals.require(Journey.CODE_LOOKUP);
        Optional<Feedback> found = find(typedCode);
        if (found.isEmpty()) {
            return ProofResult.refused(ProofResult.Outcome.NOT_FOUND);
        }
        Feedback item = found.get();
        SecondProof.Way way = proofFor(item).way();
        ProofResult result = switch (way) {
            case EMAIL_CODE, TEXT_CODE -> checkOneTimeCode(item.getId(), typedProof);
            case PRIVATE_CODE ->
                ProofSecret.matches(typedProof, item.getProofSecretHash())
                        ? new ProofResult(ProofResult.Outcome.OPENED, null, 0)
                        : new ProofResult(ProofResult.Outcome.WRONG, null, -1);
            case NONE -> ProofResult.refused(ProofResult.Outcome.NO_PROOF_POSSIBLE);
        };
        if (!result.opened()) {
            audit.recordByResident(
                    "my-data.proof-refused",
                    FEEDBACK,
                    item.getId(),
                    way + ": " + result.outcome()
                            + (result.triesLeft() > 0 ? ", tries left " + result.triesLeft() : ""));
            return result;
        }
        String token = newToken();
        Instant now = clock.instant();
        jdbc.update("DELETE FROM my_data_access WHERE expires_at < ?", Timestamp.from(now));
        jdbc.update("DELETE FROM erasure_confirmation WHERE expires_at < ?", Timestamp.from(now));
        jdbc.update(
                "INSERT INTO my_data_access (token_hash, feedback_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                sha256(token),
                item.getId(),
                Timestamp.from(now),
                Timestamp.from(now.plus(ACCESS_LIFE)));
        audit.recordByResident("my-data.proof-accepted", FEEDBACK, item.getId(), way.name());
        return new ProofResult(ProofResult.Outcome.OPENED, token, 0);
    }

    /** Everything held about the feedback this access opens, contact details masked; empty once it has run out. */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public Optional<DataHeld> dataHeld(String accessToken) {
        Optional<Feedback> opened = opened(accessToken);
        opened.ifPresent(f -> audit.recordByResident(
                "my-data.viewed",
                FEEDBACK,
                f.getId(),
                "words, contact" + " details (masked), replies and history shown"));
        return opened.map(this::describe);
    }

    /** The person saved a copy of what they saw. */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public boolean recordDownload(String accessToken) {
        Optional<Feedback> opened = opened(accessToken);
        opened.ifPresent(f -> audit.recordByResident("my-data.downloaded", FEEDBACK, f.getId(), "copy saved as text"));
        return opened.isPresent();
    }

    /**
     * Erasure, step 1: what deleting this feedback would remove and what would stay, from what is held for it now,
     * with a confirmation token for step 2. Nothing is changed. Empty when the access has run out, or when a
     * request is already carried out or waiting.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public Optional<ErasurePreview> previewErasure(String accessToken) {
        Optional<Feedback> found = opened(accessToken);
        if (found.isEmpty() || lastRequest(found.get().getId()).isPresent()) {
            return Optional.empty();
        }
        long feedbackId = found.get().getId();
        Held held = held(feedbackId, false);
        String confirmation = newToken();
        Instant now = clock.instant();
        jdbc.update("DELETE FROM erasure_confirmation WHERE expires_at < ?", Timestamp.from(now));
        jdbc.update(
                "INSERT INTO erasure_confirmation (token_hash, feedback_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                sha256(confirmation),
                feedbackId,
                Timestamp.from(now),
                Timestamp.from(now.plus(CONFIRMATION_LIFE)));
        audit.recordByResident(
                "my-data.erasure-previewed",
                FEEDBACK,
                feedbackId,
                "would remove: "
                        + held.removed().stream().map(i -> i.what().name()).toList());
        return Optional.of(new ErasurePreview(confirmation, held.removed(), held.kept()));
    }

    /**
     * Erasure, step 2: only with the confirmation token the preview gave for this same feedback, once, within
     * {@link #CONFIRMATION_LIFE}. Removes the person's words (comment, change wanted, "tell us more" words, quote),
     * contact details and any equality answers waiting with it, at once; ratings, service, area, group, age band,
     * dates and our replies stay, without their words, for the figures. Feedback under safeguarding is not erased
     * here: the request waits for an administrator, who carries it out or refuses it saying why.
     */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public ErasureOutcome confirmErasure(String accessToken, String confirmation) {
        Optional<Feedback> found = opened(accessToken);
        if (found.isEmpty()) {
            return ErasureOutcome.TIMED_OUT;
        }
        long feedbackId = found.get().getId();
        if (!takeConfirmation(feedbackId, confirmation)) {
            audit.recordByResident(
                    "my-data.erasure-not-confirmed",
                    FEEDBACK,
                    feedbackId,
                    "no valid confirmation from the preview: nothing removed");
            return ErasureOutcome.NOT_CONFIRMED;
        }
        if (lastRequest(feedbackId).isPresent()) {
            return ErasureOutcome.NOT_CONFIRMED;
        }
        Instant now = clock.instant();
        Held held = held(feedbackId, true);
        if (held.mustBeChecked()) {
            jdbc.update(
                    "INSERT INTO erasure_request (feedback_id, requested_at, status) VALUES (?, ?, ?)",
                    feedbackId,
                    Timestamp.from(now),
                    WAITING);
            audit.recordByResident(
                    "my-data.erasure-asked",
                    FEEDBACK,
                    feedbackId,
                    "the person confirmed deletion; kept for an administrator to check first");
            return ErasureOutcome.WAITING_FOR_CHECK;
        }
        erase(feedbackId);
        jdbc.update(
                "INSERT INTO erasure_request (feedback_id, requested_at, status, decided_by, decided_at, removed)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                feedbackId,
                Timestamp.from(now),
                CARRIED_OUT,
                AuditLog.RESIDENT,
                Timestamp.from(now),
                names(held.removed()));
        audit.recordByResident(
                "my-data.erased",
                FEEDBACK,
                feedbackId,
                "the person confirmed deletion; removed: " + names(held.removed()));
        return ErasureOutcome.ERASED;
    }

    /** The person changed their mind: the confirmation stops working and nothing is removed. */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public boolean cancelErasure(String accessToken, String confirmation) {
        Optional<Feedback> found = opened(accessToken);
        found.ifPresent(f -> {
            if (confirmation != null) {
                jdbc.update(
                        "DELETE FROM erasure_confirmation WHERE token_hash = ? AND feedback_id = ?",
                        sha256(confirmation),
                        f.getId());
            }
            audit.recordByResident("my-data.erasure-cancelled", FEEDBACK, f.getId(), "nothing removed");
        });
        return found.isPresent();
    }

    /** Forgets one-time codes and accesses that are out of date (their hashes too), and their messages' text. */
    @PreAuthorize(Access.ANYONE)
    @Transactional
    public int forgetOldProofs() {
        Instant now = clock.instant();
        int codes = jdbc.update(
                "DELETE FROM my_data_code WHERE expires_at < ?", Timestamp.from(now.minus(Duration.ofDays(1))));
        int accesses = jdbc.update("DELETE FROM my_data_access WHERE expires_at < ?", Timestamp.from(now));
        jdbc.update("DELETE FROM erasure_confirmation WHERE expires_at < ?", Timestamp.from(now));
        outbox.forgetOneTimeCodesBefore(now.minus(CODE_LIFE));
        return codes + accesses;
    }

    /** Requests waiting for a decision, oldest first. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<ErasureRequestItem> waitingRequests() {
        return requests("WHERE r.status = ? ORDER BY r.requested_at, r.id", WAITING);
    }

    /** Every request with its outcome, newest first (the latest {@value #REQUESTS_SHOWN}). */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<ErasureRequestItem> erasureRequests() {
        return requests("ORDER BY r.requested_at DESC, r.id DESC LIMIT " + REQUESTS_SHOWN);
    }

    private List<ErasureRequestItem> requests(String where, Object... args) {
        return jdbc.query(
                "SELECT r.id, f.reference_code, r.requested_at, r.status, r.decided_at, r.decided_by,"
                        + " r.removed, r.refusal_reason FROM erasure_request r JOIN feedback f ON f.id = r.feedback_id "
                        + where,
                (rs, i) -> new ErasureRequestItem(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        parts(rs.getString(7)),
                        rs.getString(8)),
                args);
    }

    /**
     * Carries out a request that waited for a check: the person's words (comment, change wanted, "tell us more"
     * words, quote), contact details and equality answers waiting with it are removed for good. Ratings, service,
     * area, group, age band and dates stay, anonymous, for the figures.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void carryOut(long requestId) {
        long feedbackId = waitingFeedbackId(requestId);
        List<ErasurePreview.Item<ErasurePreview.Part>> removed =
                held(feedbackId, true).removed();
        erase(feedbackId);
        decide(requestId, CARRIED_OUT, null);
        jdbc.update("UPDATE erasure_request SET removed = ? WHERE id = ?", names(removed), requestId);
        audit.record(
                "erasure.carried-out", "feedback", feedbackId, "request " + requestId + ": removed " + names(removed));
    }

    /** What is held for one item now, in the words of the preview; with {@code lock}, the row is held still. */
    private Held held(long feedbackId, boolean lock) {
        return jdbc.queryForObject(
                "SELECT f.comment, f.change_wanted, f.quote_text, f.contact_email, f.contact_phone,"
                        + " f.contact_advocate, f.held_equality_answers, f.safeguarding_flag,"
                        + " (SELECT COUNT(*) FROM feedback_answer_comment a WHERE a.feedback_id = f.id),"
                        + " (SELECT COUNT(*) FROM feedback_rating r WHERE r.feedback_id = f.id),"
                        + " (SELECT COUNT(*) FROM feedback_reply p WHERE p.feedback_id = f.id AND p.state = 'SENT')"
                        + " FROM feedback f WHERE f.id = ?" + (lock ? " FOR UPDATE" : ""),
                (rs, i) -> {
                    List<ErasurePreview.Item<ErasurePreview.Part>> removed = new ArrayList<>();
                    addIf(removed, ErasurePreview.Part.COMMENT, rs.getString(1) != null ? 1 : 0);
                    addIf(removed, ErasurePreview.Part.CHANGE_WANTED, rs.getString(2) != null ? 1 : 0);
                    addIf(removed, ErasurePreview.Part.MORE_WORDS, rs.getInt(9));
                    addIf(removed, ErasurePreview.Part.QUOTE, rs.getString(3) != null ? 1 : 0);
                    addIf(removed, ErasurePreview.Part.EMAIL, rs.getString(4) != null ? 1 : 0);
                    addIf(removed, ErasurePreview.Part.PHONE, rs.getString(5) != null ? 1 : 0);
                    addIf(removed, ErasurePreview.Part.ADVOCATE, rs.getString(6) != null ? 1 : 0);
                    addIf(removed, ErasurePreview.Part.EQUALITY_ANSWERS, rs.getString(7) != null ? 1 : 0);
                    List<ErasurePreview.Item<ErasurePreview.Kept>> kept = new ArrayList<>();
                    addIf(kept, ErasurePreview.Kept.RATINGS, rs.getInt(10));
                    kept.add(new ErasurePreview.Item<>(ErasurePreview.Kept.FACTS, 1));
                    addIf(kept, ErasurePreview.Kept.REPLIES, rs.getInt(11));
                    if (rs.getString(7) == null) {
                        kept.add(new ErasurePreview.Item<>(ErasurePreview.Kept.EQUALITY_NOT_LINKED, 0));
                    }
                    return new Held(List.copyOf(removed), List.copyOf(kept), rs.getBoolean(8));
                },
                feedbackId);
    }

    private record Held(
            List<ErasurePreview.Item<ErasurePreview.Part>> removed,
            List<ErasurePreview.Item<ErasurePreview.Kept>> kept,
            boolean mustBeChecked) {}

    private static <T extends Enum<T>> void addIf(List<ErasurePreview.Item<T>> items, T what, int count) {
        if (count > 0) {
            items.add(new ErasurePreview.Item<>(what, count));
        }
    }

    private void erase(long feedbackId) {
        jdbc.update("DELETE FROM feedback_answer_comment WHERE feedback_id = ?", feedbackId);
        jdbc.update(
                "UPDATE feedback SET comment = NULL, change_wanted = NULL, quote_text = NULL,"
                        + " quote_approved_by = NULL, quote_approved_at = NULL, quote_proposed_by = NULL, quote_proposed_at = NULL,"
                        + " quote_words = NULL, contact_email = NULL, contact_phone = NULL,"
                        + " contact_advocate = NULL, reply_method = 'NONE', safeguarding_matched = NULL,"
                        + " held_equality_answers = NULL WHERE id = ?",
                feedbackId);
    }

    /** Single use: the confirmation is deleted as it is checked, whether or not it was right for this feedback. */
    private boolean takeConfirmation(long feedbackId, String confirmation) {
        if (confirmation == null || confirmation.length() != 43) {
            return false;
        }
        String hash = sha256(confirmation);
        List<Long> ids = jdbc.queryForList(
                "SELECT feedback_id FROM erasure_confirmation WHERE token_hash = ?" + " AND expires_at > ? FOR UPDATE",
                Long.class,
                hash,
                Timestamp.from(clock.instant()));
        jdbc.update("DELETE FROM erasure_confirmation WHERE token_hash = ?", hash);
        return !ids.isEmpty() && ids.getFirst() == feedbackId;
    }

    private static String names(List<ErasurePreview.Item<ErasurePreview.Part>> removed) {
        return String.join(",", removed.stream().map(i -> i.what().name()).toList());
    }

    private static List<ErasurePreview.Part> parts(String names) {
        return names == null || names.isBlank()
                ? List.of()
                : Arrays.stream(names.split(","))
                        .map(ErasurePreview.Part::valueOf)
                        .toList();
    }

    /** The newest request for the item: status and when it was asked and decided. */
    private Optional<Request> lastRequest(long feedbackId) {
        return jdbc
                .query(
                        "SELECT status, requested_at, decided_at FROM erasure_request WHERE feedback_id = ?"
                                + " AND status <> ? ORDER BY requested_at DESC, id DESC LIMIT 1",
                        (rs, i) -> new Request(
                                rs.getString(1),
                                rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3) == null
                                        ? null
                                        : rs.getTimestamp(3).toInstant()),
                        feedbackId,
                        REFUSED)
                .stream()
                .findFirst();
    }

    private record Request(
            String status, Instant requestedAt, @Nullable Instant decidedAt) {}

    /** Refuses the request, saying why (for example a safeguarding concern that must be kept). */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void refuse(long requestId, String reason) {
        String why = TextInput.clean(reason);
        if (why == null) {
            throw InvalidInputException.of("reason", "audit.erasure.reason-required");
        }
        if (why.length() > 1000) {
            throw InvalidInputException.of("reason", "audit.erasure.reason-too-long");
        }
        long feedbackId = waitingFeedbackId(requestId);
        decide(requestId, REFUSED, why);
        audit.record("erasure.refused", "feedback", feedbackId, "request " + requestId + ": " + why);
    }

    private long waitingFeedbackId(long requestId) {
        List<Long> ids = jdbc.queryForList(
                "SELECT feedback_id FROM erasure_request WHERE id = ? AND status = ?", Long.class, requestId, WAITING);
        if (ids.isEmpty()) {
            throw InvalidInputException.of("request", "audit.erasure.already-decided");
        }
        return ids.getFirst();
    }

    private void decide(long requestId, String status, @Nullable String reason) {
        String by = staff.requireCurrentStaff().username();
        jdbc.update(
                "UPDATE erasure_request SET status = ?, decided_by = ?, decided_at = ?, refusal_reason = ?"
                        + " WHERE id = ?",
                status,
                by,
                Timestamp.from(clock.instant()),
                reason,
                requestId);
    }

    private Optional<Feedback> find(@Nullable String typedCode) {
        return ReferenceCode.normalise(typedCode).flatMap(feedback::byReferenceCode);
    }

    private SecondProof proofFor(Feedback item) {
        ContactRequest contact = item.getContact();
        if (contact.method() == ReplyMethod.EMAIL && contact.email() != null) {
            return new SecondProof(SecondProof.Way.EMAIL_CODE, ContactMask.email(contact.email()), outbox.canSend());
        }
        if (contact.method() == ReplyMethod.PHONE && contact.phone() != null) {
            return new SecondProof(
                    SecondProof.Way.TEXT_CODE, ContactMask.phone(contact.phone()), outbox.canSendTexts());
        }
        if (item.getProofSecretHash() != null) {
            return new SecondProof(SecondProof.Way.PRIVATE_CODE, null, true);
        }
        return new SecondProof(SecondProof.Way.NONE, null, false);
    }

    private ProofResult checkOneTimeCode(long feedbackId, @Nullable String typed) {
        lockCodes(feedbackId);
        record Code(
                long id,
                String hash,
                Instant expires,
                int attempts,
                @Nullable Instant used,
                @Nullable Long message) {}
        List<Code> latest = jdbc.query(
                "SELECT id, code_hash, expires_at, attempts, used_at, message_id FROM my_data_code"
                        + " WHERE feedback_id = ? AND withdrawn_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 1",
                (rs, i) -> new Code(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getInt(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getObject(6) == null ? null : rs.getLong(6)),
                feedbackId);
        if (latest.isEmpty()) {
            return ProofResult.refused(ProofResult.Outcome.NO_CODE_SENT);
        }
        Code code = latest.getFirst();
        Instant now = clock.instant();
        if (code.used() != null) {
            return ProofResult.refused(ProofResult.Outcome.ALREADY_USED);
        }
        if (!now.isBefore(code.expires())) {
            return ProofResult.refused(ProofResult.Outcome.EXPIRED);
        }
        if (code.attempts() >= TRIES_PER_CODE) {
            return ProofResult.refused(ProofResult.Outcome.TOO_MANY_TRIES);
        }
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}") || !encoder.matches(digits, code.hash())) {
            int attempts = code.attempts() + 1;
            jdbc.update("UPDATE my_data_code SET attempts = ? WHERE id = ?", attempts, code.id());
            return attempts >= TRIES_PER_CODE
                    ? ProofResult.refused(ProofResult.Outcome.TOO_MANY_TRIES)
                    : new ProofResult(ProofResult.Outcome.WRONG, null, TRIES_PER_CODE - attempts);
        }
        jdbc.update(
                "UPDATE my_data_code SET used_at = ?, attempts = attempts + 1 WHERE id = ?",
                Timestamp.from(now),
                code.id());
        if (code.message() != null) {
            outbox.withdrawOneTimeCode(code.message());
        }
        return new ProofResult(ProofResult.Outcome.OPENED, null, 0);
    }

    /** Serialises sends and tries for one record, so parallel requests cannot get extra tries. */
    private void lockCodes(long feedbackId) {
        jdbc.queryForList("SELECT id FROM feedback WHERE id = ? FOR UPDATE", Long.class, feedbackId);
    }

    private int codesSince(long feedbackId, Instant since) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM my_data_code WHERE feedback_id = ? AND created_at > ?",
                Integer.class,
                feedbackId,
                Timestamp.from(since));
        return count == null ? 0 : count;
    }

    private void withdrawOpenCodes(long feedbackId, Instant now) {
        for (Long message : jdbc.queryForList(
                "SELECT message_id FROM my_data_code WHERE feedback_id = ?"
                        + " AND withdrawn_at IS NULL AND used_at IS NULL AND message_id IS NOT NULL",
                Long.class,
                feedbackId)) {
            outbox.withdrawOneTimeCode(message);
        }
        jdbc.update(
                "UPDATE my_data_code SET withdrawn_at = ? WHERE feedback_id = ? AND withdrawn_at IS NULL",
                Timestamp.from(now),
                feedbackId);
    }

    private Optional<Feedback> opened(String accessToken) {
        if (accessToken == null || accessToken.length() != 43) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.queryForList(
                "SELECT feedback_id FROM my_data_access WHERE token_hash = ?" + " AND expires_at > ?",
                Long.class,
                sha256(accessToken),
                Timestamp.from(clock.instant()));
        return ids.isEmpty() ? Optional.empty() : feedback.byId(ids.getFirst());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private DataHeld describe(Feedback f) {
        Optional<Request> request = lastRequest(f.getId());
        List<DataHeld.Answer> answers = new ArrayList<>();
        List<DataHeld.Answer> moreWords = new ArrayList<>();
        for (Expectation question : charter.expectations()) {
            if (f.getRatings().containsKey(question.id())) {
                answers.add(new DataHeld.Answer(question.title(), f.getRatings().get(question.id()), null));
            }
            String words = f.getAnswerComments().get(question.id());
            if (words != null) {
                moreWords.add(new DataHeld.Answer(question.title(), null, words));
            }
        }
        var contact = f.getContact();
        return new DataHeld(
                f.getReferenceCode(),
                f.getSubmittedAt(),
                f.getService() == null ? null : f.getService().getName(),
                f.getArea() == null ? null : f.getArea().getName(),
                f.getRespondentGroup(),
                f.getAgeBand(),
                f.getChannel(),
                answers,
                f.getComment(),
                f.getChangeWanted(),
                moreWords,
                contact.method(),
                ContactMask.email(contact.email()),
                ContactMask.phone(contact.phone()),
                contact.advocate(),
                f.getSentReplies().stream()
                        .map(r -> new DataHeld.Reply(r.getSentAt(), r.getBody()))
                        .toList(),
                f.getStatusChanges().stream()
                        .sorted(Comparator.comparing(c -> c.getChangedAt()))
                        .map(c -> new DataHeld.Step(c.getToStatus(), c.getChangedAt()))
                        .toList(),
                request.map(Request::requestedAt).orElse(null),
                request.filter(r -> CARRIED_OUT.equals(r.status()))
                        .map(Request::decidedAt)
                        .orElse(null));
    }
}
