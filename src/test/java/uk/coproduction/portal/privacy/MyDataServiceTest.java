package uk.coproduction.portal.privacy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmission;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.InvalidFeedbackException;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.feedback.RespondentGroup;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A person sees, and can ask to delete, everything held about their feedback, knowing only its code. */
@PortalTest
class MyDataServiceTest {

    static final String ADMIN = "test.privacy.admin";

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
    void aPersonSeesEverythingHeldAboutTheirFeedbackByTheirCode() {
        String code = send("My social worker never calls back", "privacy.person@example.org");

        DataHeld held = myData.dataHeld(code.toLowerCase()).orElseThrow();

        assertThat(held.referenceCode()).isEqualTo(code);
        assertThat(held.serviceName()).isNotBlank();
        assertThat(held.group()).isEqualTo(RespondentGroup.YOUNG_PERSON);
        assertThat(held.answers()).hasSize(charter.expectations().size())
                .allSatisfy(a -> assertThat(a.rating()).isEqualTo(RatingAnswer.OK));
        assertThat(held.comment()).isEqualTo("My social worker never calls back");
        assertThat(held.changeWanted()).isEqualTo("Call me back");
        assertThat(held.moreWords()).extracting(DataHeld.Answer::words).containsExactly("More about it");
        assertThat(held.email()).isEqualTo("privacy.person@example.org");
        assertThat(held.history()).extracting(DataHeld.Step::status).containsExactly(FeedbackStatus.NEW);
        assertThat(held.erasureAskedAt()).isNull();
    }

    @Test
    void aWrongCodeFindsNothingAndCannotAskForDeletion() {
        assertThat(myData.dataHeld("ZZZ-999")).isEmpty();
        assertThat(myData.dataHeld("not a code")).isEmpty();
        assertThat(myData.askForErasure("ZZZ-999")).isFalse();
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void anAdminSeesTheRequestAndCarryingItOutRemovesTheWordsAndContactDetails() {
        String code = send("Please forget what I said", "forget.me@example.org");
        assertThat(myData.askForErasure(code)).isTrue();
        assertThat(myData.askForErasure(code)).isTrue();
        assertThat(myData.dataHeld(code).orElseThrow().erasureAskedAt()).isNotNull();

        ErasureRequestItem request = myData.waitingRequests().stream()
                .filter(r -> r.referenceCode().equals(code)).findFirst().orElseThrow();
        assertThat(myData.waitingRequests()).filteredOn(r -> r.referenceCode().equals(code)).hasSize(1);
        myData.carryOut(request.id());

        DataHeld after = myData.dataHeld(code).orElseThrow();
        assertThat(after.comment()).isNull();
        assertThat(after.changeWanted()).isNull();
        assertThat(after.moreWords()).isEmpty();
        assertThat(after.email()).isNull();
        assertThat(after.answers()).hasSize(charter.expectations().size());
        assertThat(myData.waitingRequests()).noneMatch(r -> r.referenceCode().equals(code));
        String feedbackId = String.valueOf(jdbc.queryForObject("select id from feedback where reference_code = ?",
                Long.class, code));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'erasure.carried-out'"
                + " and actor = ? and object_id = ?", Integer.class, ADMIN, feedbackId)).isOne();
        assertThatThrownBy(() -> myData.carryOut(request.id())).isInstanceOf(InvalidFeedbackException.class);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void refusingNeedsAReasonKeepsTheFeedbackAndIsAudited() {
        String code = send("Something serious happened", null);
        myData.askForErasure(code);
        long id = myData.waitingRequests().stream().filter(r -> r.referenceCode().equals(code)).findFirst()
                .orElseThrow().id();

        assertThatThrownBy(() -> myData.refuse(id, "  ")).isInstanceOfSatisfying(InvalidFeedbackException.class,
                e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("audit.erasure.reason-required"));
        myData.refuse(id, "A safeguarding concern that must be kept");

        assertThat(myData.dataHeld(code).orElseThrow().comment()).isEqualTo("Something serious happened");
        assertThat(myData.waitingRequests()).noneMatch(r -> r.referenceCode().equals(code));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'erasure.refused'"
                + " and actor = ? and details like '%safeguarding concern%'", Integer.class, ADMIN)).isPositive();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerCannotSeeOrCarryOutRequests() {
        String code = send("Delete me", null);
        myData.askForErasure(code);
        long id = jdbc.queryForObject("select r.id from erasure_request r join feedback f on f.id = r.feedback_id"
                + " where f.reference_code = ?", Long.class, code);

        assertThatThrownBy(() -> myData.waitingRequests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myData.carryOut(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myData.refuse(id, "No")).isInstanceOf(AccessDeniedException.class);
        assertThat(myData.dataHeld(code).orElseThrow().comment()).isEqualTo("Delete me");
    }

    private String send(String words, String email) {
        long question = charter.expectations().getFirst().id();
        ContactRequest contact = email == null ? new ContactRequest(ReplyMethod.NONE, null, null, null)
                : new ContactRequest(ReplyMethod.EMAIL, email, null, null);
        return submissions.submit(new FeedbackSubmission(UUID.randomUUID().toString(),
                fixtures.serviceOf(Team.CHILDRENS).id(), null, RespondentGroup.YOUNG_PERSON, null,
                fixtures.allAnswered(RatingAnswer.OK), words, Map.of(question, "More about it"), "Call me back",
                Wording.YOUNG_PERSON, "en-GB", contact)).referenceCode();
    }
}
