package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.mail.Outbox;
import uk.coproduction.portal.mail.OutboxSender;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class FeedbackReplyServiceTest {

    /** Jointly commissioned (a joint commissioning pilot), in the children's team. */
    private static final String JOINT_SERVICE = "Speech and Language Therapy";

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    FeedbackReplyService replies;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    OutboxSender outboxSender;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void aReplyAboutAServiceNotJointlyCommissionedIsSentAtOnceAndQueuedAsAnEmail() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "Nobody rang me back", "sam@example.com", false))
                .referenceCode();
        long id = idOf(code);

        FeedbackDetail replied = triage.reply(
                id, "Sorry. We have asked the team to ring you this week.", "Sorry.\nWe will ring you this week.");

        assertThat(replied.status()).isEqualTo(FeedbackStatus.REPLIED);
        assertThat(submissions.progress(code).orElseThrow().replies())
                .extracting(FeedbackProgress.PublicReply::body)
                .containsExactly("Sorry. We have asked the team to ring you this week.");
        Map<String, Object> email = jdbc.queryForMap(
                "select to_address, subject, body, sent_at, attempts from outgoing_email where feedback_id = ?", id);
        assertThat(email)
                .containsEntry("to_address", "sam@example.com")
                .containsEntry("sent_at", null)
                .containsEntry("attempts", 0);
        String body = (String) email.get("body");
        assertThat((String) email.get("subject")).contains(code);
        assertThat(body)
                .contains(
                        "Sorry. We have asked the team to ring you this week.",
                        "We will ring you this week.",
                        "Your reference code is " + code + ".",
                        "http://localhost:8080/track");
        assertThat(body.indexOf("We have asked the team"))
                .as("plain English first")
                .isLessThan(body.indexOf("We will ring you"));
    }

    @Test
    void someoneWhoUsedEasyReadGetsTheEasyReadVersionFirstInTheirEmail() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "Letters are hard", "lee@example.com", true))
                .referenceCode();
        long id = idOf(code);

        triage.reply(
                id,
                "We will write to you in Easy Read from March, with pictures.",
                "We will write to you in Easy Read.\nThis starts in March.");

        String body = jdbc.queryForObject("select body from outgoing_email where feedback_id = ?", String.class, id);
        assertThat(body).contains("Your code is " + code + ".");
        assertThat(body.indexOf("This starts in March."))
                .as("Easy Read first")
                .isLessThan(body.indexOf("from March, with pictures"));
    }

    @Test
    void noEmailIsQueuedForSomeoneWhoDidNotAskForOne() {
        long id = idOf(submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(Team.CHILDRENS), "Fine"))
                .referenceCode());

        triage.reply(id, "Thank you.");

        assertThat(jdbc.queryForObject("select count(*) from outgoing_email where feedback_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aJointlyCommissionedReplyWaitsUntilASecondCommissionerApprovesItAndOnlyThenThePersonSeesIt() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceNamed(JOINT_SERVICE), "The waiting list is too long", "jo@example.com", false))
                .referenceCode();
        long id = idOf(code);

        FeedbackDetail drafted = triage.reply(id, "We are looking at the waiting list.", null);

        assertThat(drafted.replies()).as("only sent replies").isEmpty();
        assertThat(drafted.status()).isNotEqualTo(FeedbackStatus.REPLIED);
        FeedbackProgress seen = submissions.progress(code).orElseThrow();
        assertThat(seen.replies()).isEmpty();
        assertThat(seen.status()).isNotEqualTo(FeedbackStatus.REPLIED);
        assertThat(submissions.respondToReply(code, PersonsAnswer.YES, null))
                .as("nothing to respond to yet")
                .isFalse();
        assertThat(emailsAbout(id)).isZero();
        FeedbackReplies mine = replies.repliesTo(id);
        assertThat(mine.needsApproval()).isTrue();
        assertThat(mine.replies()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReplyState.AWAITING_APPROVAL);
            assertThat(r.mine()).isTrue();
            assertThat(r.author()).isEqualTo("Chris Children");
        });
        AwaitingReply waiting = awaitingFor(code);
        assertThat(waiting.mine()).isTrue();

        assertThatThrownBy(() -> replies.approve(waiting.replyId(), "We are looking at the waiting list.", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.reply.error.own-reply"));
        assertThat(submissions.progress(code).orElseThrow().replies()).isEmpty();

        SignedIn.as(TestAccounts.SECOND_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        assertThat(awaitingFor(code).mine()).isFalse();
        replies.approve(
                waiting.replyId(),
                "We are looking at the waiting list and will write again by June.",
                "We are looking at the waiting list.\nWe will write again by June.");

        FeedbackProgress after = submissions.progress(code).orElseThrow();
        assertThat(after.status()).isEqualTo(FeedbackStatus.REPLIED);
        assertThat(after.replies())
                .extracting(FeedbackProgress.PublicReply::body)
                .containsExactly("We are looking at the waiting list and will write again by June.");
        Map<String, Object> stored = jdbc.queryForMap("""
                select r.state, r.sent_at, a.username as approver from feedback_reply r
                join staff_account a on a.id = r.approved_by where r.feedback_id = ?""", id);
        assertThat(stored)
                .containsEntry("state", "SENT")
                .containsEntry("approver", TestAccounts.SECOND_CHILDRENS_COMMISSIONER);
        assertThat(stored.get("sent_at")).isNotNull();
        assertThat(jdbc.queryForObject("select body from outgoing_email where feedback_id = ?", String.class, id))
                .contains("will write again by June");
        assertThat(replies.awaitingApproval())
                .extracting(AwaitingReply::referenceCode)
                .doesNotContain(code);
        assertThat(replies.repliesTo(id).replies().getFirst().approvedBy()).isEqualTo("Casey Children");
        assertThatThrownBy(() -> replies.approve(waiting.replyId(), "Again", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.reply.error.not-awaiting"));
    }

    @Test
    void anApproverReturnsAReplyToItsAuthorWithANoteAndItIsNeverSent() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceNamed(JOINT_SERVICE), "Too far"))
                .referenceCode();
        long id = idOf(code);
        triage.reply(id, "OK.", null);
        long replyId = awaitingFor(code).replyId();

        SignedIn.as(TestAccounts.SECOND_CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        assertThatThrownBy(() -> replies.returnToAuthor(replyId, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst())
                                .isEqualTo(new InvalidInputException.Problem(
                                        "returnNote", "workspace.reply.error.note-empty")));
        replies.returnToAuthor(replyId, "Say what we will do about the distance, and by when.");

        FeedbackReplies.Entry returned = replies.repliesTo(id).replies().getFirst();
        assertThat(returned.state()).isEqualTo(ReplyState.RETURNED);
        assertThat(returned.returnNote()).isEqualTo("Say what we will do about the distance, and by when.");
        assertThat(returned.returnedBy()).isEqualTo("Casey Children");
        assertThat(replies.awaitingApproval())
                .extracting(AwaitingReply::referenceCode)
                .doesNotContain(code);
        assertThat(submissions.progress(code).orElseThrow().replies()).isEmpty();
        assertThatThrownBy(() -> replies.approve(replyId, "OK.", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherTeamsCommissionerCannotSeeOrApproveTheReply() {
        String code = submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceNamed(JOINT_SERVICE), "Private"))
                .referenceCode();
        triage.reply(idOf(code), "Thank you.", null);
        long replyId = awaitingFor(code).replyId();

        SignedIn.as(TestAccounts.LDA_COMMISSIONER, Roles.COMMISSIONER);

        assertThat(replies.awaitingApproval())
                .extracting(AwaitingReply::referenceCode)
                .doesNotContain(code);
        assertThatThrownBy(() -> replies.approve(replyId, "Thank you.", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(submissions.progress(code).orElseThrow().replies()).isEmpty();
    }

    @Test
    void withoutMailSetUpTheEmailWaitsInTheOutboxAndTheCommissionerIsTold() {
        String code = submissions
                .submit(fixtures.wantingAnEmailReply(
                        fixtures.serviceOf(Team.CHILDRENS), "Hello", "kim@example.com", false))
                .referenceCode();
        long id = idOf(code);
        triage.reply(id, "Thank you for writing.");

        FeedbackReplies shown = replies.repliesTo(id);
        assertThat(shown.wantsEmail()).isTrue();
        assertThat(shown.emailReady()).isFalse();
        assertThat(outboxSender.sendQueued()).isZero();
        assertThat(replies.repliesTo(id).emails()).isEqualTo(new Outbox.Summary(0, 1, 0));
        assertThat(jdbc.queryForObject("select to_address from outgoing_email where feedback_id = ?", String.class, id))
                .isEqualTo("kim@example.com");
    }

    private AwaitingReply awaitingFor(String code) {
        List<AwaitingReply> waiting = replies.awaitingApproval().stream()
                .filter(r -> r.referenceCode().equals(code))
                .toList();
        assertThat(waiting).hasSize(1);
        return waiting.getFirst();
    }

    private int emailsAbout(long feedbackId) {
        return jdbc.queryForObject(
                "select count(*) from outgoing_email where feedback_id = ?", Integer.class, feedbackId);
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }
}
