package uk.coproduction.portal.safeguarding;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.InboxItem;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.security.TestAccounts;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The safeguarding queue: only leads see it; every step is recorded; a non-concern goes back to the inbox. */
@PortalTest
class SafeguardingServiceTest {

    @Autowired
    SafeguardingService safeguarding;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AcknowledgeTimes times;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    private long tellSomeone(String words) {
        String code = submissions
                .tellSomeone(
                        UUID.randomUUID().toString(),
                        words,
                        new ContactRequest(ReplyMethod.PHONE, null, "07700 900123", null),
                        null,
                        "en-GB")
                .referenceCode();
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void aLeadSeesWhatThePersonSaidAcknowledgesItAndRecordsAReferral() {
        long id = tellSomeone("My step-dad hits me");

        SafeguardingCase waiting = safeguarding.queue().stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(waiting.acknowledged()).isFalse();
        assertThat(waiting.words()).isEqualTo("My step-dad hits me");
        assertThat(waiting.contact().phone()).isEqualTo("07700 900123");
        // One hour, any hour of any day: the person asked for help themselves.
        assertThat(waiting.acknowledgeBy()).isEqualTo(waiting.receivedAt().plusSeconds(3600));

        safeguarding.acknowledge(id);
        SafeguardingCase referred = safeguarding.record(
                id, SafeguardingActionKind.REFERRED_CHILDRENS_FRONT_DOOR, "Spoke to the front door duty worker");

        assertThat(referred.acknowledged()).isTrue();
        assertThat(referred.history())
                .extracting(SafeguardingCase.Entry::kind)
                .containsExactly(
                        SafeguardingActionKind.ALERTED,
                        SafeguardingActionKind.ACKNOWLEDGED,
                        SafeguardingActionKind.REFERRED_CHILDRENS_FRONT_DOOR);
        assertThat(referred.history().subList(1, 3))
                .extracting(SafeguardingCase.Entry::by)
                .containsOnly(TestAccounts.SAFEGUARDING_LEAD);
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void noActionAndReturningToTheInboxNeedAReason() {
        long id = tellSomeone("I lost my bus pass and feel unsafe walking");
        assertThatThrownBy(() -> safeguarding.record(id, SafeguardingActionKind.NO_ACTION, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("safeguarding.error.reason-needed"));
        assertThatThrownBy(() -> safeguarding.returnToTriage(id, null)).isInstanceOf(InvalidInputException.class);
        assertThat(safeguarding.open(id).history())
                .extracting(SafeguardingCase.Entry::kind)
                .containsExactly(SafeguardingActionKind.ALERTED);
    }

    @Test
    @WithMockUser(
            username = TestAccounts.CHILDRENS_COMMISSIONER,
            roles = {Roles.SAFEGUARDING_LEAD, Roles.COMMISSIONER})
    void aNonConcernGoesBackToTheInboxWithItsReasonKept() {
        long id = tellSomeone("The waiting room is too loud");
        assertThat(triage.inbox(EnumSet.allOf(FeedbackStatus.class), 0, 10_000))
                .extracting(InboxItem::id)
                .doesNotContain(id);

        SafeguardingCase returned = safeguarding.returnToTriage(id, "About noise in the clinic: service feedback");

        assertThat(returned.stillFlagged()).isFalse();
        assertThat(safeguarding.queue()).extracting(SafeguardingCase::id).doesNotContain(id);
        assertThat(jdbc.queryForObject(
                        "select note from safeguarding_action where feedback_id = ? and kind = ?",
                        String.class,
                        id,
                        "RETURNED_TO_TRIAGE"))
                .isEqualTo("About noise in the clinic: service feedback");
        assertThat(triage.inbox(EnumSet.allOf(FeedbackStatus.class), 0, 10_000))
                .extracting(InboxItem::id)
                .contains(id);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void nobodyButASafeguardingLeadCanSeeTheQueue() {
        long id = tellSomeone("Please help");
        assertThatThrownBy(() -> safeguarding.queue()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> safeguarding.open(id)).isInstanceOf(AccessDeniedException.class);
    }
}
