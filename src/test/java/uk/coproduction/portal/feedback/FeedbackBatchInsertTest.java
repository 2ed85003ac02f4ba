package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Items saved in a batch are stored exactly as one saved on its own would be, and no column is forgotten. */
@PortalTest
class FeedbackBatchInsertTest {

    /** Columns a new item never has a value in (set later by triage, replies, quotes, holds being cleared…). */
    static final Set<String> NEVER_ON_A_NEW_ITEM = Set.of(
            "id",
            "reply_made_sense",
            "something_changed",
            "response_at",
            "first_reply_at",
            "loop_closed",
            "quote_text",
            "quote_approved_by",
            "quote_approved_at",
            "quote_proposed_by",
            "quote_proposed_at",
            "quote_words",
            "close_reason",
            "held_cleared_by",
            "held_cleared_at",
            "held_equality_answers");

    @Autowired
    FeedbackBatchInsert batchInsert;

    @Autowired
    FeedbackRepository repository;

    @Autowired
    CommissionedServiceRepository services;

    @Autowired
    DisclosureCheck disclosures;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyColumnOfTheFeedbackTableIsWrittenByTheBatchOrIsOneANewItemNeverHas() {
        Set<String> columns = new HashSet<>(jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = database() and table_name = 'feedback'""", String.class));

        Set<String> unaccounted = new HashSet<>(columns);
        unaccounted.removeAll(FeedbackBatchInsert.COLUMNS);
        unaccounted.removeAll(NEVER_ON_A_NEW_ITEM);
        assertThat(unaccounted)
                .as("columns neither written by FeedbackBatchInsert nor listed as never on a new item")
                .isEmpty();
    }

    Feedback item(String words, CommissionedService service, Instant received) {
        Feedback item = new Feedback(
                ReferenceCode.random(),
                null,
                service,
                null,
                RespondentGroup.YOUNG_PERSON,
                AgeBand.AGE_11_15,
                Channel.PAPER,
                words,
                Map.of(1L, RatingAnswer.GOOD, 2L, RatingAnswer.BAD),
                received,
                "someone");
        item.describeJourney(Map.of(), "More clubs", Wording.YOUNG_PERSON, "en-GB", ContactRequest.NONE);
        item.scheduleReply(workingDays);
        disclosures.check(item, received);
        return item;
    }

    Map<String, Object> stored(long id) {
        Map<String, Object> row = new TreeMap<>(jdbc.queryForMap("select * from feedback where id = ?", id));
        row.remove("id");
        row.remove("reference_code");
        row.put(
                "ratings",
                jdbc.queryForList(
                        "select expectation_id, answer from feedback_rating where feedback_id = ?"
                                + " order by expectation_id",
                        id));
        row.put(
                "history",
                jdbc.queryForList(
                        "select from_status, to_status, changed_by, changed_at"
                                + " from feedback_status_change where feedback_id = ?",
                        id));
        return row;
    }

    @Test
    void aFlaggedItemSavedInABatchIsStoredAsOneSavedAloneAndItsConcernIsRaised() {
        String words = "I am scared to go home " + UUID.randomUUID();
        CommissionedService service = services.findByCode("SHORT_BREAKS").orElseThrow();
        Instant received = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);

        long alone = transaction.execute(
                s -> repository.save(item(words, service, received)).getId());
        long batched = transaction.execute(s -> batchInsert
                .insert(List.of(item(words, service, received)), n -> {})
                .getFirst());

        Map<String, Object> aloneRow = stored(alone);
        Map<String, Object> batchedRow = stored(batched);
        assertThat(batchedRow.get("safeguarding_flag")).isEqualTo(true);
        assertThat(batchedRow).isEqualTo(aloneRow);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_type = 'feedback'"
                                + " and object_id = ? and action like 'safeguarding.%'",
                        Integer.class, String.valueOf(batched)))
                .as("the leads are alerted for a batched item as for one saved alone")
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from audit_event where object_type = 'feedback'"
                                + " and object_id = ? and action like 'safeguarding.%'",
                        Integer.class, String.valueOf(alone)));
    }

    long counted() {
        return jdbc.queryForObject(
                "select coalesce(sum(very_good + good + ok + bad + very_bad + not_sure), 0)" + " from rating_summary",
                Long.class);
    }

    @Test
    void answersSavedInABatchAreCountedInTheSummariesAsAnswersSavedAloneAreAndTheTriggerSwitchIsClearedAgain() {
        CommissionedService service = services.findByCode("SHORT_BREAKS").orElseThrow();
        Instant received = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        long before = counted();

        transaction.executeWithoutResult(s -> repository.save(item("Lovely " + UUID.randomUUID(), service, received)));
        long afterAlone = counted();
        transaction.executeWithoutResult(s -> batchInsert.insert(
                List.of(
                        item("Lovely " + UUID.randomUUID(), service, received),
                        item("I am scared to go home " + UUID.randomUUID(), service, received)),
                n -> {}));
        long afterBatch = counted();

        assertThat(afterAlone - before).isEqualTo(2);
        assertThat(afterBatch - afterAlone)
                .as("the flagged item's answers are not counted")
                .isEqualTo(2);
        Boolean cleared = transaction.execute(
                s -> jdbc.queryForObject("select @portal_summaries_deferred is null", Boolean.class));
        assertThat(cleared).isTrue();
    }
}
