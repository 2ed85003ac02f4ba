package uk.coproduction.portal.privacy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmission;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person sees, and can ask to delete, everything held about their feedback — with their reference code AND a
 * second proof (decision 0017): a one-time code sent to the contact details they gave, or the private code shown
 * once when they sent it. The reference code alone opens nothing.
 */
@PortalTest
class MyDataServiceTest {

    static final String ADMIN = "test.privacy.admin";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    MyDataService myData;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    CharterService charter;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Pat Privacy", null, Set.of(Roles.ADMIN));
    }

    @Test
    void aReferenceCodeAloneOpensNobodysWordsOrContactDetailsAndCannotAskForDeletion() {
        String code = send("My social worker never calls back", email("alone")).referenceCode();

        assertThat(myData.lookUp("ZZZ-999")).isEmpty();
        SecondProof proof = myData.lookUp(code).orElseThrow();
        assertThat(proof.way()).isEqualTo(SecondProof.Way.EMAIL_CODE);
        assertThat(proof.toString()).doesNotContain("alone@example.org").doesNotContain("never calls back");
        // The code typed in every place that once took it alone: as the access, as the proof, or as both.
        assertThat(myData.dataHeld(code)).isEmpty();
        assertThat(myData.dataHeld(code.toLowerCase())).isEmpty();
        assertThat(myData.previewErasure(code)).isEmpty();
        assertThat(myData.confirmErasure(code, code)).isEqualTo(ErasureOutcome.TIMED_OUT);
        assertThat(myData.recordDownload(code)).isFalse();
        assertThat(myData.prove(code, code).opened()).isFalse();
        assertThat(myData.prove(code, "").opened()).isFalse();
        assertThat(myData.prove(code, null).opened()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from erasure_request r join feedback f on f.id = r.feedback_id"
                                + " where f.reference_code = ?",
                        Integer.class,
                        code))
                .isZero();
    }

    @Test
    void withTheOneTimeCodeFromTheirEmailThePersonSeesEverythingWithContactDetailsMasked() {
        String code = send("My social worker never calls back", "jane.doe@example.com")
                .referenceCode();

        CodeSending sent = myData.sendCode(code, Locale.UK);
        assertThat(sent.outcome()).isEqualTo(CodeSending.Outcome.SENT);
        assertThat(sent.proof().sentTo()).isEqualTo("j•••@e•••.com");
        ProofResult result = myData.prove(code, oneTimeCodeSentFor(code));
        assertThat(result.opened()).isTrue();

        DataHeld held = myData.dataHeld(result.accessToken()).orElseThrow();
        assertThat(held.referenceCode()).isEqualTo(code);
        assertThat(held.serviceName()).isNotBlank();
        assertThat(held.group()).isEqualTo(RespondentGroup.YOUNG_PERSON);
        assertThat(held.answers())
                .hasSize(charter.expectations().size())
                .allSatisfy(a -> assertThat(a.rating()).isEqualTo(RatingAnswer.OK));
        assertThat(held.comment()).isEqualTo("My social worker never calls back");
        assertThat(held.changeWanted()).isEqualTo("Call me back");
        assertThat(held.moreWords()).extracting(DataHeld.Answer::words).containsExactly("More about it");
        assertThat(held.email()).isEqualTo("j•••@e•••.com");
        assertThat(held.history()).extracting(DataHeld.Step::status).containsExactly(FeedbackStatus.NEW);
        assertThat(held.erasureAskedAt()).isNull();
        assertThat(myData.recordDownload(result.accessToken())).isTrue();
    }

    @Test
    void aPhoneNumberGetsItsCodeQueuedAsATextMessageAndShownMasked() {
        String code = submissions
                .submit(submission("Text me", new ContactRequest(ReplyMethod.PHONE, null, "07700 900789", null)))
                .referenceCode();

        SecondProof proof = myData.lookUp(code).orElseThrow();
        assertThat(proof.way()).isEqualTo(SecondProof.Way.TEXT_CODE);
        assertThat(proof.sentTo()).isEqualTo("••••••789");
        assertThat(proof.canArrive())
                .as("no text sender is set up: the page must say so")
                .isFalse();
        assertThat(myData.sendCode(code, Locale.UK).outcome()).isEqualTo(CodeSending.Outcome.SENT);
        assertThat(jdbc.queryForObject(
                        "select e.channel from outgoing_email e join my_data_code c on c.message_id = e.id"
                                + " join feedback f on f.id = c.feedback_id where f.reference_code = ?",
                        String.class,
                        code))
                .isEqualTo("TEXT");

        ProofResult result = myData.prove(code, oneTimeCodeSentFor(code));
        assertThat(myData.dataHeld(result.accessToken()).orElseThrow().phone()).isEqualTo("••••••789");
    }

    @Test
    void aWrongOneTimeCodeIsRefusedWithTriesLeftAndTheFifthWrongTryEndsThatCode() {
        String code = send("Guess me", email("guess")).referenceCode();
        myData.sendCode(code, Locale.UK);
        String right = oneTimeCodeSentFor(code);
        String wrong = right.equals("000000") ? "111111" : "000000";

        assertThat(myData.prove(code, wrong)).isEqualTo(new ProofResult(ProofResult.Outcome.WRONG, null, 4));
        assertThat(myData.prove(code, "12345")).isEqualTo(new ProofResult(ProofResult.Outcome.WRONG, null, 3));
        assertThat(myData.prove(code, wrong).triesLeft()).isEqualTo(2);
        assertThat(myData.prove(code, wrong).triesLeft()).isEqualTo(1);
        assertThat(myData.prove(code, wrong).outcome()).isEqualTo(ProofResult.Outcome.TOO_MANY_TRIES);
        assertThat(myData.prove(code, right).outcome())
                .as("even the right code, once tried too often")
                .isEqualTo(ProofResult.Outcome.TOO_MANY_TRIES);

        myData.sendCode(code, Locale.UK);
        assertThat(myData.prove(code, right).opened())
                .as("the old code was withdrawn when a new one was sent")
                .isFalse();
        assertThat(myData.prove(code, oneTimeCodeSentFor(code)).opened()).isTrue();
    }

    @Test
    void oneRecordsProofNeverOpensAnotherRecord() {
        String mine = send("Mine", email("mine")).referenceCode();
        String theirs = send("Theirs", email("theirs")).referenceCode();
        SubmissionReceipt mySecret = send("My secret one", null);
        SubmissionReceipt theirSecret = send("Their secret one", null);
        myData.sendCode(mine, Locale.UK);
        String myCode = oneTimeCodeSentFor(mine);

        assertThat(myData.prove(theirs, myCode).opened())
                .as("no code was sent for theirs")
                .isFalse();
        myData.sendCode(theirs, Locale.UK);
        if (!myCode.equals(oneTimeCodeSentFor(theirs))) {
            assertThat(myData.prove(theirs, myCode).opened()).isFalse();
        }
        assertThat(myData.prove(theirSecret.referenceCode(), mySecret.secret()).opened())
                .isFalse();
        String myAccess =
                myData.prove(mySecret.referenceCode(), mySecret.secret()).accessToken();
        assertThat(myData.dataHeld(myAccess).orElseThrow().referenceCode()).isEqualTo(mySecret.referenceCode());
    }

    @Test
    void aOneTimeCodeWorksOnceAndNotAfterItHasRunOut() {
        String code = send("Once only", email("once")).referenceCode();
        myData.sendCode(code, Locale.UK);
        String oneTime = oneTimeCodeSentFor(code);
        assertThat(myData.prove(code, oneTime).opened()).isTrue();
        assertThat(myData.prove(code, oneTime).outcome()).isEqualTo(ProofResult.Outcome.ALREADY_USED);

        myData.sendCode(code, Locale.UK);
        String later = oneTimeCodeSentFor(code);
        jdbc.update(
                "update my_data_code set expires_at = date_sub(expires_at, interval 16 minute)"
                        + " where feedback_id = (select id from feedback where reference_code = ?)",
                code);
        assertThat(myData.prove(code, later).outcome()).isEqualTo(ProofResult.Outcome.EXPIRED);
    }

    @Test
    void noCodeSentYetAndTooManyCodesAreRefusedSoNobodyFloodsThePersonsInbox() {
        String code = send("Do not spam me", email("flood")).referenceCode();
        assertThat(myData.prove(code, "123456").outcome()).isEqualTo(ProofResult.Outcome.NO_CODE_SENT);
        for (int i = 0; i < MyDataService.CODES_PER_HOUR; i++) {
            assertThat(myData.sendCode(code, Locale.UK).outcome()).isEqualTo(CodeSending.Outcome.SENT);
        }
        assertThat(myData.sendCode(code, Locale.UK).outcome()).isEqualTo(CodeSending.Outcome.TOO_MANY_CODES);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outgoing_email e join feedback f on f.id = e.feedback_id"
                                + " where f.reference_code = ? and e.to_address is not null",
                        Integer.class,
                        code))
                .as("only the newest code is still waiting to go out")
                .isOne();
    }

    @Test
    void withoutContactDetailsThePrivateCodeShownOnceOpensTheRecordAndOnlyItsHashIsKept() {
        SubmissionReceipt receipt = send("No contact details", null);
        assertThat(receipt.secret()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        String code = receipt.referenceCode();

        assertThat(myData.lookUp(code).orElseThrow().way()).isEqualTo(SecondProof.Way.PRIVATE_CODE);
        assertThat(myData.prove(code, "ABCD-EFGH-JKMN"))
                .isEqualTo(new ProofResult(ProofResult.Outcome.WRONG, null, -1));
        ProofResult result = myData.prove(code, receipt.secret().toLowerCase().replace("-", " "));
        assertThat(result.opened()).isTrue();
        assertThat(myData.dataHeld(result.accessToken()).orElseThrow().comment())
                .isEqualTo("No contact details");
        String stored = jdbc.queryForObject(
                "select proof_secret_hash from feedback where reference_code = ?", String.class, code);
        assertThat(stored)
                .isNotBlank()
                .doesNotContain(receipt.secret())
                .doesNotContain(receipt.secret().replace("-", ""));
    }

    @Test
    void feedbackWithNoWayToProveItIsYoursStaysClosed() {
        String code = submissions
                .submit(submission(
                        "Via my advocate", new ContactRequest(ReplyMethod.ADVOCATE, null, null, "Kent self-advocacy")))
                .referenceCode();
        // as for feedback sent before private codes existed, or typed in from a paper form
        jdbc.update("update feedback set proof_secret_hash = null where reference_code = ?", code);

        assertThat(myData.lookUp(code).orElseThrow().way()).isEqualTo(SecondProof.Way.NONE);
        assertThat(myData.sendCode(code, Locale.UK).outcome()).isEqualTo(CodeSending.Outcome.NOT_BY_CODE);
        assertThat(myData.prove(code, "anything").outcome()).isEqualTo(ProofResult.Outcome.NO_PROOF_POSSIBLE);
    }

    @Test
    void everyStepIsAuditedWithoutTheOneTimeCodeOrTheSecret() {
        SubmissionReceipt secretOne = send("Audit my secret", null);
        String withEmail = send("Audit my code", email("audit")).referenceCode();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        myData.lookUp("ZZZ-999");
        myData.lookUp(withEmail);
        myData.sendCode(withEmail, Locale.UK);
        String oneTime = oneTimeCodeSentFor(withEmail);
        myData.prove(withEmail, "999999".equals(oneTime) ? "000000" : "999999");
        String access = myData.prove(withEmail, oneTime).accessToken();
        myData.dataHeld(access);
        myData.recordDownload(access);
        myData.confirmErasure(
                access, myData.previewErasure(access).orElseThrow().confirmation());
        myData.prove(secretOne.referenceCode(), "WRON-GWRO-NGXX");
        myData.prove(secretOne.referenceCode(), secretOne.secret());

        List<Map<String, Object>> lines = jdbc.queryForList(
                "select actor, action, object_id, details from audit_event" + " where id > ? order by id", before);
        assertThat(lines)
                .extracting(l -> l.get("action"))
                .containsSubsequence(
                        "my-data.look-up-unknown",
                        "my-data.looked-up",
                        "my-data.code-sent",
                        "my-data.proof-refused",
                        "my-data.proof-accepted",
                        "my-data.viewed",
                        "my-data.downloaded",
                        "my-data.erasure-previewed",
                        "my-data.erased",
                        "my-data.proof-refused",
                        "my-data.proof-accepted");
        assertThat(lines).allSatisfy(l -> assertThat(l.get("actor")).isEqualTo("resident"));
        assertThat(lines)
                .extracting(l -> String.valueOf(l.get("details")))
                .noneMatch(d -> d.contains(oneTime))
                .noneMatch(d -> d.contains(secretOne.secret()))
                .noneMatch(d -> d.contains(access))
                .noneMatch(d -> d.contains("@example.org"));
        assertThat(jdbc.queryForList("select code_hash from my_data_code", String.class))
                .noneMatch(h -> h.contains(oneTime));
    }

    @Test
    void aOneTimeCodesTextIsForgottenOnceItIsUsed() {
        String code = send("Forget the code", email("forget.code")).referenceCode();
        myData.sendCode(code, Locale.UK);
        String oneTime = oneTimeCodeSentFor(code);
        myData.prove(code, oneTime);

        assertThat(jdbc.queryForList(
                        "select e.body from outgoing_email e join feedback f on f.id = e.feedback_id"
                                + " where f.reference_code = ?",
                        String.class,
                        code))
                .isNotEmpty()
                .noneMatch(b -> b.contains(oneTime));
        assertThat(jdbc.queryForObject(
                        "select count(*) from outgoing_email e join feedback f on f.id = e.feedback_id"
                                + " where f.reference_code = ? and e.to_address is not null",
                        Integer.class,
                        code))
                .isZero();
    }

    @Test
    void erasureAsksForConfirmationAndRemovesNothingBeforeIt() {
        SubmissionReceipt receipt = send("Please forget what I said", null);
        SubmissionReceipt other = send("Someone else's words", null);
        String access = myData.prove(receipt.referenceCode(), receipt.secret()).accessToken();
        String otherAccess = myData.prove(other.referenceCode(), other.secret()).accessToken();

        ErasurePreview preview = myData.previewErasure(access).orElseThrow();

        assertThat(preview.removed())
                .containsExactly(
                        item(ErasurePreview.Part.COMMENT, 1),
                        item(ErasurePreview.Part.CHANGE_WANTED, 1),
                        item(ErasurePreview.Part.MORE_WORDS, 1));
        assertThat(preview.kept())
                .containsExactly(
                        item(ErasurePreview.Kept.RATINGS, charter.expectations().size()),
                        item(ErasurePreview.Kept.FACTS, 1),
                        item(ErasurePreview.Kept.EQUALITY_NOT_LINKED, 0));
        assertThat(preview.confirmation()).hasSize(43).isNotEqualTo(access);
        assertThat(myData.dataHeld(access).orElseThrow().comment()).isEqualTo("Please forget what I said");
        assertThat(requests(receipt.referenceCode())).isZero();

        // Only the confirmation the preview gave, for this same feedback, carries it out.
        String otherConfirmation =
                myData.previewErasure(otherAccess).orElseThrow().confirmation();
        assertThat(myData.confirmErasure(access, null)).isEqualTo(ErasureOutcome.NOT_CONFIRMED);
        assertThat(myData.confirmErasure(access, access)).isEqualTo(ErasureOutcome.NOT_CONFIRMED);
        assertThat(myData.confirmErasure(access, otherConfirmation)).isEqualTo(ErasureOutcome.NOT_CONFIRMED);
        assertThat(myData.confirmErasure(otherAccess, otherConfirmation))
                .as("tried on another record: used up")
                .isEqualTo(ErasureOutcome.NOT_CONFIRMED);
        assertThat(myData.dataHeld(access).orElseThrow().comment()).isEqualTo("Please forget what I said");
        assertThat(myData.dataHeld(otherAccess).orElseThrow().comment()).isEqualTo("Someone else's words");
        assertThat(requests(receipt.referenceCode()) + requests(other.referenceCode()))
                .isZero();
    }

    @Test
    void afterConfirmingTheWordsAndContactDetailsAreGoneAndTheCountsStay() {
        String address = email("erase");
        SubmissionReceipt receipt = send("Please forget what I said", address);
        String code = receipt.referenceCode();
        myData.sendCode(code, Locale.UK);
        String access = myData.prove(code, oneTimeCodeSentFor(code)).accessToken();
        int ratingsBefore = ratings(code);
        String summaryBefore = summaryFor(code);
        ErasurePreview preview = myData.previewErasure(access).orElseThrow();
        assertThat(preview.removed())
                .extracting(ErasurePreview.Item::what)
                .containsExactly(
                        ErasurePreview.Part.COMMENT,
                        ErasurePreview.Part.CHANGE_WANTED,
                        ErasurePreview.Part.MORE_WORDS,
                        ErasurePreview.Part.EMAIL);

        assertThat(myData.confirmErasure(access, preview.confirmation())).isEqualTo(ErasureOutcome.ERASED);

        DataHeld after = myData.dataHeld(access).orElseThrow();
        assertThat(after.comment()).isNull();
        assertThat(after.changeWanted()).isNull();
        assertThat(after.moreWords()).isEmpty();
        assertThat(after.email()).isNull();
        assertThat(after.erasedAt()).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where reference_code = ? and (comment is not null"
                                + " or change_wanted is not null or contact_email is not null or contact_phone is not null)",
                        Integer.class,
                        code))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback f where reference_code = ? and exists (select 1"
                                + " from feedback_answer_comment a where a.feedback_id = f.id)",
                        Integer.class,
                        code))
                .isZero();
        // the counts stay: the same ratings, in the same summary the figures read
        assertThat(after.answers()).hasSize(charter.expectations().size());
        assertThat(ratings(code)).isEqualTo(ratingsBefore);
        assertThat(summaryFor(code)).isEqualTo(summaryBefore);
        assertThat(jdbc.queryForMap(
                        "select r.status, r.decided_by, r.removed from erasure_request r join feedback f"
                                + " on f.id = r.feedback_id where f.reference_code = ?",
                        code))
                .containsEntry("status", "CARRIED_OUT")
                .containsEntry("decided_by", "resident")
                .containsEntry("removed", "COMMENT,CHANGE_WANTED,MORE_WORDS,EMAIL");
        assertThat(myData.confirmErasure(access, preview.confirmation()))
                .as("works once")
                .isEqualTo(ErasureOutcome.NOT_CONFIRMED);
        assertThat(myData.previewErasure(access)).as("nothing left to ask for").isEmpty();
        assertThat(jdbc.queryForList("select details from audit_event where action = 'my-data.erased'", String.class))
                .noneMatch(d -> d.contains(address) || d.contains("forget what I said"));
    }

    @Test
    void cancellingKeepsEverythingAndTheConfirmationStopsWorking() {
        SubmissionReceipt receipt = send("Keep my words after all", null);
        String access = myData.prove(receipt.referenceCode(), receipt.secret()).accessToken();
        ErasurePreview preview = myData.previewErasure(access).orElseThrow();

        assertThat(myData.cancelErasure(access, preview.confirmation())).isTrue();

        assertThat(myData.confirmErasure(access, preview.confirmation())).isEqualTo(ErasureOutcome.NOT_CONFIRMED);
        DataHeld held = myData.dataHeld(access).orElseThrow();
        assertThat(held.comment()).isEqualTo("Keep my words after all");
        assertThat(held.changeWanted()).isEqualTo("Call me back");
        assertThat(held.moreWords()).hasSize(1);
        assertThat(held.erasureAskedAt()).isNull();
        assertThat(requests(receipt.referenceCode())).isZero();
        assertThat(myData.previewErasure(access)).as("they can look again").isPresent();
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void aSafeguardingRecordWaitsForAnAdminAndCarryingItOutRemovesTheWordsAndContactDetails() {
        SubmissionReceipt receipt = send("He hits me when nobody is looking", null);
        String code = receipt.referenceCode();
        String access = myData.prove(code, receipt.secret()).accessToken();
        assertThat(myData.confirmErasure(
                        access, myData.previewErasure(access).orElseThrow().confirmation()))
                .isEqualTo(ErasureOutcome.WAITING_FOR_CHECK);
        assertThat(myData.dataHeld(access).orElseThrow().comment()).isEqualTo("He hits me when nobody is looking");
        assertThat(myData.dataHeld(access).orElseThrow().erasureAskedAt()).isNotNull();
        assertThat(myData.previewErasure(access)).isEmpty();

        ErasureRequestItem request = myData.waitingRequests().stream()
                .filter(r -> r.referenceCode().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(myData.waitingRequests())
                .filteredOn(r -> r.referenceCode().equals(code))
                .hasSize(1);
        myData.carryOut(request.id());

        DataHeld after = myData.dataHeld(access).orElseThrow();
        assertThat(after.comment()).isNull();
        assertThat(after.changeWanted()).isNull();
        assertThat(after.moreWords()).isEmpty();
        assertThat(after.erasedAt()).isNotNull();
        assertThat(after.answers()).hasSize(charter.expectations().size());
        assertThat(myData.waitingRequests()).noneMatch(r -> r.referenceCode().equals(code));
        assertThat(myData.erasureRequests())
                .filteredOn(r -> r.referenceCode().equals(code))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo("CARRIED_OUT");
                    assertThat(r.decidedBy()).isEqualTo(ADMIN);
                    assertThat(r.removed())
                            .containsExactly(
                                    ErasurePreview.Part.COMMENT,
                                    ErasurePreview.Part.CHANGE_WANTED,
                                    ErasurePreview.Part.MORE_WORDS);
                });
        String feedbackId = String.valueOf(
                jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'erasure.carried-out'"
                                + " and actor = ? and object_id = ?",
                        Integer.class,
                        ADMIN,
                        feedbackId))
                .isOne();
        assertThatThrownBy(() -> myData.carryOut(request.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void refusingNeedsAReasonKeepsTheFeedbackAndIsAudited() {
        SubmissionReceipt receipt = send("Something serious happened: he hits me", null);
        String code = receipt.referenceCode();
        String access = myData.prove(code, receipt.secret()).accessToken();
        myData.confirmErasure(
                access, myData.previewErasure(access).orElseThrow().confirmation());
        long id = myData.waitingRequests().stream()
                .filter(r -> r.referenceCode().equals(code))
                .findFirst()
                .orElseThrow()
                .id();

        assertThatThrownBy(() -> myData.refuse(id, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("audit.erasure.reason-required"));
        myData.refuse(id, "A safeguarding concern that must be kept");

        assertThat(myData.dataHeld(access).orElseThrow().comment()).isEqualTo("Something serious happened: he hits me");
        assertThat(myData.erasureRequests())
                .filteredOn(r -> r.referenceCode().equals(code))
                .singleElement()
                .satisfies(r -> assertThat(r.refusedWhy()).isEqualTo("A safeguarding concern that must be kept"));
        assertThat(myData.waitingRequests()).noneMatch(r -> r.referenceCode().equals(code));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'erasure.refused'"
                                + " and actor = ? and details like '%safeguarding concern%'",
                        Integer.class, ADMIN))
                .isPositive();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerCannotSeeOrCarryOutRequestsNorOpenARecordWithItsCode() {
        SubmissionReceipt receipt = send("Delete me, he hits me", null);
        String code = receipt.referenceCode();
        String access = myData.prove(code, receipt.secret()).accessToken();
        myData.confirmErasure(
                access, myData.previewErasure(access).orElseThrow().confirmation());
        long id = jdbc.queryForObject(
                "select r.id from erasure_request r join feedback f on f.id = r.feedback_id"
                        + " where f.reference_code = ?",
                Long.class,
                code);

        assertThatThrownBy(() -> myData.waitingRequests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myData.erasureRequests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myData.carryOut(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myData.refuse(id, "No")).isInstanceOf(AccessDeniedException.class);
        assertThat(myData.dataHeld(code)).isEmpty();
    }

    @Test
    void theContactMaskShowsTooLittleToUse() {
        assertThat(ContactMask.email("jane.doe@example.com")).isEqualTo("j•••@e•••.com");
        assertThat(ContactMask.email("a@b")).isEqualTo("a•••@b•••");
        assertThat(ContactMask.phone("+44 7700 900789")).isEqualTo("••••••789");
        assertThat(ContactMask.phone(null)).isNull();
    }

    /** What the person finds in their inbox: the six digits in the message the outbox holds for them. */
    private String oneTimeCodeSentFor(String referenceCode) {
        String body = jdbc.queryForObject(
                "select e.body from my_data_code c join outgoing_email e on e.id = c.message_id"
                        + " join feedback f on f.id = c.feedback_id where f.reference_code = ? order by c.id desc limit 1",
                String.class,
                referenceCode);
        Matcher digits = SIX_DIGITS.matcher(body);
        assertThat(digits.find()).as("the message carries the code: %s", body).isTrue();
        return digits.group(1);
    }

    private static <T extends Enum<T>> ErasurePreview.Item<T> item(T what, int count) {
        return new ErasurePreview.Item<>(what, count);
    }

    private int requests(String code) {
        return jdbc.queryForObject(
                "select count(*) from erasure_request r join feedback f on f.id = r.feedback_id"
                        + " where f.reference_code = ?",
                Integer.class,
                code);
    }

    private int ratings(String code) {
        return jdbc.queryForObject(
                "select count(*) from feedback_rating r join feedback f on f.id = r.feedback_id"
                        + " where f.reference_code = ?",
                Integer.class,
                code);
    }

    /** The rating summary rows the figures read, for this item's service, quarter and group. */
    private String summaryFor(String code) {
        return String.valueOf(jdbc.queryForList(
                "select s.expectation_id, s.very_good, s.good, s.ok, s.bad,"
                        + " s.very_bad, s.not_sure from rating_summary s join feedback f on f.service_id = s.service_id"
                        + " and s.respondent_group = f.respondent_group where f.reference_code = ? order by s.quarter_start,"
                        + " s.area_id, s.age_band, s.channel, s.expectation_id",
                code));
    }

    private static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private SubmissionReceipt send(String words, String email) {
        return submissions.submit(submission(
                words, email == null ? ContactRequest.NONE : new ContactRequest(ReplyMethod.EMAIL, email, null, null)));
    }

    private FeedbackSubmission submission(String words, ContactRequest contact) {
        long question = charter.expectations().getFirst().id();
        return new FeedbackSubmission(
                UUID.randomUUID().toString(),
                fixtures.serviceOf(Team.CHILDRENS).id(),
                null,
                RespondentGroup.YOUNG_PERSON,
                null,
                fixtures.allAnswered(RatingAnswer.OK),
                words,
                Map.of(question, "More about it"),
                "Call me back",
                Wording.YOUNG_PERSON,
                "en-GB",
                contact);
    }
}
