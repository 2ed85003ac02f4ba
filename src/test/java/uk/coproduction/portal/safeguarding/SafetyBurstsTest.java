package uk.coproduction.portal.safeguarding;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.security.TestAccounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 25: "I don't feel safe" is never refused. A class, a ward or a care home on one address can all say it;
 * a flood is grouped for a safeguarding lead as one possible burst, with one alert for the burst, and a lead can
 * clear it in one action without anything being deleted.
 */
@PortalTest
@WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
class SafetyBurstsTest {

    private static final String LEAD = "safeguarding.lead@example.org";
    private static final String SECOND = "duty.manager@example.org";

    @Autowired
    SafetyMessages messages;

    @Autowired
    SafetyBursts bursts;

    @Autowired
    SafeguardingService safeguarding;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SafeguardingEscalation escalation;

    @Autowired
    TransactionTemplate transaction;

    /** Each test comes from its own address and says its own words, so tests never share a source. */
    private final String address =
            "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "-" + UUID.randomUUID();

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void fiftyPeopleOnOneAddressWithinFiveMinutesAllReachTheQueueGroupedAsOneBurstAndTheLeadIsAlertedOnce() {
        Instant start = Instant.now();
        List<SubmissionReceipt> receipts = new ArrayList<>();
        for (int pupil = 1; pupil <= 50; pupil++) {
            // Each pupil on their own school laptop (their own browser), all through the school's one address.
            String words = pupil == 30 ? "My stepdad hits me " + run : "Pupil " + pupil + " in class " + run;
            receipts.add(tell(words, address, "laptop-" + pupil + "-" + run));
        }
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMinutes(5));

        // 50 of 50 accepted, each with its own reference code.
        assertThat(receipts)
                .hasSize(50)
                .allSatisfy(r -> assertThat(r.referenceCode()).matches("[A-Z0-9-]{6,}"));
        assertThat(receipts.stream().map(SubmissionReceipt::referenceCode).distinct())
                .hasSize(50);
        List<Long> ids = receipts.stream().map(r -> idOf(r.referenceCode())).toList();
        // All 50 in the safeguarding queue.
        assertThat(safeguarding.queue()).extracting(SafeguardingCase::id).containsAll(ids);

        // One burst, holding all 50 (the ten before the threshold are grouped with it once it is passed).
        List<SafetyBurst> ours = burstsOf(ids);
        assertThat(ours).hasSize(1);
        SafetyBurst burst = ours.getFirst();
        assertThat(burst.messages())
                .extracting(SafetyBurst.Message::feedbackId)
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(burst.alertedTo()).isEqualTo(LEAD);
        assertThat(burst.messages().getFirst().referenceCode())
                .as("the disclosure is listed first")
                .isEqualTo(receipts.get(29).referenceCode());

        // The lead is alerted to the burst exactly once. The ten messages that came before anything could be a
        // burst were each alerted as any message is; none of the forty after the threshold sent its own e-mail.
        assertThat(emails(ids, "Possible burst of safeguarding messages%")).isEqualTo(1);
        assertThat(emails(ids, "New safeguarding concern%")).isEqualTo(10);
        assertThat(emails(ids.subList(10, 50), "New safeguarding concern%")).isZero();
        // Sent as the 11th arrived: it says so, and never carries anybody's words.
        String alert = jdbc.queryForObject(
                "select body from outgoing_email where subject like ? and feedback_id in (" + in(ids) + ")",
                String.class,
                "Possible burst%");
        assertThat(alert)
                .startsWith("11 messages saying")
                .contains("from one address")
                .doesNotContain(run)
                .contains("/staff/safeguarding");
        assertThat(jdbc.queryForObject(
                        "select count(*) from safeguarding_action where kind = 'IN_BURST' and" + " feedback_id in ("
                                + in(ids) + ")",
                        Integer.class))
                .isEqualTo(40);
    }

    @Test
    void theEleventhAndTwelfthFromOneAddressAreAcceptedAndTheEleventhMakesTheBurst() {
        List<SubmissionReceipt> receipts = new ArrayList<>();
        for (int person = 1; person <= 12; person++) {
            receipts.add(tell("Resident " + person + " " + run, address, null));
            if (person == 10) {
                assertThat(burstsOf(ids(receipts)))
                        .as("ten from one address are not a burst")
                        .isEmpty();
            }
        }
        assertThat(receipts.get(10).referenceCode()).isNotBlank();
        assertThat(receipts.get(11).referenceCode()).isNotBlank();
        assertThat(burstsOf(ids(receipts))).hasSize(1);
        assertThat(emails(ids(receipts), "Possible burst of safeguarding messages%"))
                .isEqualTo(1);
    }

    @Test
    void oneBrowserSendingFromManyAddressesIsGroupedToo() {
        List<SubmissionReceipt> receipts = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            receipts.add(tell("Script " + i + " " + run, "2001:db8::" + i + "-" + run, "one-browser-" + run));
        }
        List<SafetyBurst> ours = burstsOf(ids(receipts));
        assertThat(ours).hasSize(1);
        assertThat(ours.getFirst().messages()).hasSize(11);
        assertThat(emails(ids(receipts), "Possible burst of safeguarding messages%"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select body from outgoing_email where subject like ? and feedback_id in (" + in(ids(receipts))
                                + ")",
                        String.class,
                        "Possible burst%"))
                .contains("from one browser");
    }

    @Test
    void onlyKeyedHashesOfTheAddressAndBrowserAreKept() {
        String browser = "session-" + run;
        long id = idOf(tell("Nobody listens " + run, address, browser).referenceCode());

        var row = jdbc.queryForMap("select address_hash, browser_hash from safety_arrival where feedback_id = ?", id);
        assertThat(row.get("address_hash").toString()).hasSize(64).doesNotContain(address);
        assertThat(row.get("browser_hash").toString()).hasSize(64).doesNotContain(browser);
        assertThat(jdbc.queryForObject(
                        "select count(*) from safety_arrival where address_hash = ? or" + " browser_hash = ?",
                        Integer.class,
                        address,
                        browser))
                .isZero();
    }

    @Test
    void aFilledHiddenFieldIsKeptInTheQueueAndMarkedForReviewNeverDropped() {
        SubmissionReceipt receipt = messages.tell(
                UUID.randomUUID().toString(),
                "Buy cheap pills " + run,
                ContactRequest.NONE,
                "en-GB",
                address,
                null,
                true);

        long id = idOf(receipt.referenceCode());
        assertThat(safeguarding.queue()).extracting(SafeguardingCase::id).contains(id);
        assertThat(bursts.marks().get(id).possiblyAutomated()).isTrue();
    }

    @Test
    void aLeadClearsABurstInOneActionAuditedNothingDeletedAndADisclosureStaysForThem() {
        List<SubmissionReceipt> receipts = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            receipts.add(
                    tell(i == 5 ? "I am scared to go home tonight " + run : "Message " + i + " " + run, address, null));
        }
        List<Long> ids = ids(receipts);
        SafetyBurst burst = burstsOf(ids).getFirst();

        assertThatThrownBy(() -> bursts.clear(burst.id(), "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("safeguarding.burst.error.reason-needed"));

        SafetyBurst cleared = bursts.clear(burst.id(), "A Year 9 assembly about staying safe; read them all");

        assertThat(cleared.cleared()).isTrue();
        assertThat(cleared.clearedBy()).isEqualTo(TestAccounts.SAFEGUARDING_LEAD);
        assertThat(cleared.clearedOutcome()).startsWith("13 cleared; 1 read as a disclosure");
        // Nothing deleted: all 14 are still flagged, each with its history.
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where safeguarding_flag and id in (" + in(ids) + ")",
                        Integer.class))
                .isEqualTo(14);
        assertThat(jdbc.queryForObject(
                        "select count(*) from safeguarding_action where kind = 'CLEARED_WITH_BURST'"
                                + " and feedback_id in (" + in(ids) + ")",
                        Integer.class))
                .isEqualTo(13);
        long disclosure = ids.get(4);
        assertThat(safeguarding.queue())
                .filteredOn(c -> c.id() == disclosure)
                .singleElement()
                .satisfies(c -> assertThat(c.acknowledged()).isFalse());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'safeguarding.burst-cleared'"
                                + " and object_id = ? and actor = ?",
                        Integer.class,
                        String.valueOf(burst.id()),
                        TestAccounts.SAFEGUARDING_LEAD))
                .isEqualTo(1);

        assertThatThrownBy(() -> bursts.clear(burst.id(), "again"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("safeguarding.burst.error.already-cleared"));
    }

    @Test
    void aBurstNobodyAcknowledgesIsEscalatedWithOneEmailNotOnePerMessage() {
        List<SubmissionReceipt> receipts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            receipts.add(
                    tell(i == 3 ? "My stepdad hits me " + run : "Library visitor " + i + " " + run, address, null));
        }
        List<Long> ids = ids(receipts);

        Instant threeDaysOn = Instant.now().plus(Duration.ofDays(3));
        transaction.executeWithoutResult(t -> escalation.escalateOverdue(threeDaysOn));

        assertThat(jdbc.queryForObject(
                        "select count(*) from outgoing_email where to_address = ? and subject like ?"
                                + " and feedback_id in (" + in(ids) + ")",
                        Integer.class,
                        SECOND,
                        "Possible burst of safeguarding messages: 11 not acknowledged in time"))
                .isEqualTo(1);
        // The one whose words read as a disclosure is escalated on its own, as always.
        assertThat(jdbc.queryForObject(
                        "select count(*) from outgoing_email where to_address = ? and subject like ?"
                                + " and feedback_id in (" + in(ids) + ")",
                        Integer.class,
                        SECOND,
                        "Safeguarding concern % not acknowledged"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(distinct feedback_id) from safeguarding_action where kind ="
                                + " 'ESCALATED' and feedback_id in (" + in(ids) + ")",
                        Integer.class))
                .isEqualTo(12);
    }

    private SubmissionReceipt tell(String words, String from, String browser) {
        return messages.tell(UUID.randomUUID().toString(), words, ContactRequest.NONE, "en-GB", from, browser, false);
    }

    private List<SafetyBurst> burstsOf(List<Long> ids) {
        return bursts.bursts().stream()
                .filter(b -> b.messages().stream().anyMatch(m -> ids.contains(m.feedbackId())))
                .toList();
    }

    private int emails(List<Long> ids, String subjectLike) {
        return jdbc.queryForObject(
                "select count(*) from outgoing_email where to_address = ? and subject like ?" + " and feedback_id in ("
                        + in(ids) + ")",
                Integer.class,
                LEAD,
                subjectLike);
    }

    private List<Long> ids(List<SubmissionReceipt> receipts) {
        return receipts.stream().map(r -> idOf(r.referenceCode())).toList();
    }

    private static String in(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }
}
