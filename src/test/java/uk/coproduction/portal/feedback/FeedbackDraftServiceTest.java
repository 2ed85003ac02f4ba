package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A journey saved page by page, found again by its return code, sent once however often Send is pressed. */
@PortalTest
class FeedbackDraftServiceTest {

    @Autowired
    FeedbackDraftService drafts;

    @Autowired
    FeedbackDraftRepository draftRepository;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    CharterService charter;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private List<Expectation> questions;

    @BeforeEach
    void setUp() {
        questions = charter.expectations();
        accounts.ensureStandardAccounts();
    }

    @Test
    void everyAnswerIsSavedAsThePersonGoesAndComesBackWithTheReturnCode() {
        String code = drafts.start("en-GB").returnCode();
        long service = fixtures.serviceOf(Team.CHILDRENS).id();
        drafts.chooseService(code, service);
        drafts.chooseArea(code, null);
        drafts.chooseGroup(code, RespondentGroup.YOUNG_PERSON);
        drafts.chooseAgeBand(code, AgeBand.UNDER_11);
        drafts.answer(code, questions.get(0).id(), RatingAnswer.VERY_GOOD, "She smiled at me");
        drafts.answer(code, questions.get(1).id(), null, null);

        DraftSnapshot restored =
                drafts.find(code.toLowerCase().replace("-", " ")).orElseThrow();
        assertThat(restored.serviceId()).isEqualTo(service);
        assertThat(restored.areaAnswered()).isTrue();
        assertThat(restored.areaId()).isNull();
        assertThat(restored.ageBand()).isEqualTo(AgeBand.UNDER_11);
        assertThat(restored.answers().get(questions.get(0).id()))
                .isEqualTo(new DraftSnapshot.Answer(RatingAnswer.VERY_GOOD, "She smiled at me"));
        assertThat(restored.answers().get(questions.get(1).id()).skipped()).isTrue();
        assertThat(restored.answers()).doesNotContainKey(questions.get(2).id());
    }

    @Test
    void changingFromYoungPersonToParentForgetsTheAgeBand() {
        String code = drafts.start("en-GB").returnCode();
        drafts.chooseGroup(code, RespondentGroup.YOUNG_PERSON);
        drafts.chooseAgeBand(code, AgeBand.AGE_16_18);
        DraftSnapshot parent = drafts.chooseGroup(code, RespondentGroup.PARENT_CARER);
        assertThat(parent.ageBand()).isNull();
        assertThat(parent.ageAnswered()).isFalse();
    }

    @Test
    void sendingTwiceStoresOneEntryAndTheDraftKeepsNothingPersonalAfterwards() {
        String code = drafts.start("en-GB-easyread").returnCode();
        drafts.chooseService(code, null);
        drafts.chooseGroup(code, RespondentGroup.LDA_ADULT);
        drafts.answer(code, questions.get(0).id(), RatingAnswer.GOOD, "Kind staff");
        drafts.wantChange(code, "Letters in Easy Read");
        drafts.askForReply(code, new ContactRequest(ReplyMethod.PHONE, null, "07700 900123", null));

        SubmissionReceipt first = drafts.send(code);
        SubmissionReceipt again = drafts.send(code);

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where reference_code = ?", Integer.class, first.referenceCode()))
                .isEqualTo(1);
        assertThat(jdbc.queryForMap(
                        "select wording, change_wanted, reply_method, contact_phone, language"
                                + " from feedback where reference_code = ?",
                        first.referenceCode()))
                .containsEntry("wording", "EASY_READ")
                .containsEntry("change_wanted", "Letters in Easy Read")
                .containsEntry("reply_method", "PHONE")
                .containsEntry("contact_phone", "07700 900123")
                .containsEntry("language", "en-GB-easyread");
        DraftSnapshot afterwards = drafts.find(code).orElseThrow();
        assertThat(afterwards.sent()).isTrue();
        assertThat(afterwards.answers()).isEmpty();
        assertThat(afterwards.changeWanted()).isNull();
        assertThatThrownBy(() -> drafts.wantChange(code, "more")).isInstanceOf(DraftAlreadySentException.class);
    }

    @Test
    void sendingWithNothingSaidOrNoGroupIsRefusedWithAClearMessage() {
        String code = drafts.start("en-GB").returnCode();
        assertThatThrownBy(() -> drafts.send(code))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .contains("feedback.error.group-required", "feedback.error.nothing-answered"));
        assertThat(drafts.find(code).orElseThrow().sent()).isFalse();
    }

    @Test
    void hostileTextIsKeptAsPlainTextOrRefusedWithAMessage() {
        String code = drafts.start("en-GB").returnCode();
        String markup =
                "<script>alert('x')</script><b>bold</b> \u202Eevil\u202C \u0007 \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD";
        DraftSnapshot saved = drafts.answer(code, questions.get(0).id(), RatingAnswer.BAD, markup);
        assertThat(saved.answers().get(questions.get(0).id()).comment())
                .isEqualTo("<script>alert('x')</script><b>bold</b> evil  \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD");
        assertThatThrownBy(() -> drafts.wantChange(code, "a".repeat(5001)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "changeWanted", "feedback.error.comment-too-long")));
        assertThat(drafts.wantChange(code, "a".repeat(5000)).changeWanted()).hasSize(5000);
    }

    @Test
    void aReplyNeedsTheDetailForTheChosenWayAndKeepsNoOther() {
        String code = drafts.start("en-GB").returnCode();
        assertThatThrownBy(() ->
                        drafts.askForReply(code, new ContactRequest(ReplyMethod.EMAIL, "not an email", null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("feedback.error.email-invalid"));
        assertThatThrownBy(() -> drafts.askForReply(code, new ContactRequest(ReplyMethod.PHONE, null, "12", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("feedback.error.phone-invalid"));
        assertThatThrownBy(() -> drafts.askForReply(code, new ContactRequest(ReplyMethod.ADVOCATE, null, null, " ")))
                .isInstanceOf(InvalidInputException.class);
        ContactRequest kept = drafts.askForReply(
                        code, new ContactRequest(ReplyMethod.EMAIL, " sam@example.com ", "07700 900123", "Jo"))
                .contact();
        assertThat(kept).isEqualTo(new ContactRequest(ReplyMethod.EMAIL, "sam@example.com", null, null));
    }

    @Test
    void aMistypedOrUnknownReturnCodeFindsNothing() {
        assertThat(drafts.find("NOPE")).isEmpty();
        assertThat(drafts.find("ABCD-EFGH")).isEmpty();
        assertThat(drafts.find("<script>")).isEmpty();
        assertThatThrownBy(() -> drafts.chooseGroup("ABCD-EFGH", RespondentGroup.PARENT_CARER))
                .isInstanceOf(NoSuchDraftException.class);
    }

    @Test
    void draftsNotTouchedFor30DaysAreDeletedAndNewerOnesKept() {
        String old = drafts.start("en-GB").returnCode();
        drafts.answer(old, questions.get(0).id(), RatingAnswer.OK, "old words");
        String recent = drafts.start("en-GB").returnCode();
        Instant now = Instant.now();
        jdbc.update(
                "update feedback_draft set updated_at = ? where return_code = ?",
                Timestamp.from(now.minus(Duration.ofDays(31))),
                old);
        jdbc.update(
                "update feedback_draft set updated_at = ? where return_code = ?",
                Timestamp.from(now.minus(Duration.ofDays(29))),
                recent);

        DraftCleanup cleanup = new DraftCleanup(draftRepository, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(30));
        int deleted = cleanup.deleteAbandonedDrafts();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(drafts.find(old)).isEmpty();
        assertThat(drafts.find(recent)).isPresent();
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_draft_answer a left join feedback_draft d"
                                + " on d.id = a.draft_id where d.id is null",
                        Integer.class))
                .isZero();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void someoneWhoDoesNotFeelSafeIsHeardButTheirWordsNeverReachTheInbox() {
        SubmissionReceipt receipt = submissions.tellSomeone(
                UUID.randomUUID().toString(),
                "I am scared to go home",
                new ContactRequest(ReplyMethod.PHONE, null, "07700 900123", null),
                RespondentGroup.YOUNG_PERSON,
                "en-GB");

        assertThat(jdbc.queryForMap(
                        "select safeguarding_flag, safeguarding_source, comment from feedback"
                                + " where reference_code = ?",
                        receipt.referenceCode()))
                .containsEntry("safeguarding_flag", true)
                .containsEntry("safeguarding_source", "PERSON")
                .containsEntry("comment", "I am scared to go home");
        long id = jdbc.queryForObject(
                "select id from feedback where reference_code = ?", Long.class, receipt.referenceCode());
        assertThat(triage.inbox(EnumSet.allOf(FeedbackStatus.class), 0, 10_000))
                .extracting(InboxItem::referenceCode)
                .doesNotContain(receipt.referenceCode());
        assertThatThrownBy(() -> triage.open(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPersonSaysWhetherTheReplyMadeSenseOnlyOnceThereIsOne() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "words"))
                .referenceCode();
        assertThat(submissions.respondToReply(code, PersonsAnswer.YES, null)).isFalse();
    }
}
