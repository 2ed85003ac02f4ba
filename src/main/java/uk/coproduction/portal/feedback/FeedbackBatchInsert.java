package uk.coproduction.portal.feedback;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.database.MultiRowInsert;
import uk.coproduction.portal.reporting.Voices;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Saves many new items at once, as {@link FeedbackRepository#save} would save each (issue 24, finding 5: 10,000
 * imported rows took 59 s one by one). Each table gets one multi-row INSERT per {@link #GROUP} items
 * ({@link MultiRowInsert}: a JDBC batch through Connector/J 3's bulk protocol lost rows here);
 * the summaries are added once per batch, set-based, with the per-row triggers' own rules (V0220), and every flagged
 * item still announces {@link SafeguardingConcernRaised}, in the same transaction, exactly as a single save does. The ids come back by
 * reference code, which is unique. A column added to {@code feedback} must be written here or listed as one a new
 * item never has: {@code FeedbackBatchInsertTest} fails otherwise.
 */
@Component
public class FeedbackBatchInsert {

    /** Counted feedback: the rule the summaries' triggers apply, written once in {@link Voices} (decision 0046). */
    private static final String COUNTED = Voices.feedback("f").counted().sql();

    static final int GROUP = 1000;

    /** Items added to the summaries per statement (the import's cap; well under MariaDB's 65,535 placeholders). */
    static final int SUMMARY_GROUP = 10_000;

    /** The columns of feedback written for a new item, in the order of {@link #values}. */
    static final List<String> COLUMNS = List.of(
            "reference_code",
            "submission_key",
            "service_id",
            "area_id",
            "respondent_group",
            "age_band",
            "channel",
            "comment",
            "status",
            "submitted_at",
            "version",
            "language",
            "wording",
            "change_wanted",
            "reply_method",
            "contact_email",
            "contact_phone",
            "contact_advocate",
            "proof_secret_hash",
            "safeguarding_flag",
            "safeguarding_source",
            "safeguarding_matched",
            "safeguarding_flagged_by",
            "safeguarding_reason",
            "safeguarding_flagged_at",
            "held_for_review",
            "held_reason",
            "held_at",
            "words_fingerprint",
            "campaign_id",
            "reply_by",
            "owner",
            "received_at",
            "received_late");

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    FeedbackBatchInsert(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Reference codes among these that some item already has (to choose others before building the items). */
    public List<String> codesTaken(List<String> codes) {
        List<String> taken = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += GROUP) {
            List<String> group = codes.subList(from, Math.min(codes.size(), from + GROUP));
            taken.addAll(jdbc.queryForList(
                    "SELECT reference_code FROM feedback WHERE reference_code IN ("
                            + String.join(",", Collections.nCopies(group.size(), "?")) + ")",
                    String.class,
                    group.toArray()));
        }
        return taken;
    }

    /**
     * Saves the new items, their answers and their first status; returns their ids in the same order.
     *
     * @param saved told how many items are saved so far, after each group
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> insert(List<Feedback> items, IntConsumer saved) {
        List<Long> ids = new ArrayList<>(items.size());
        jdbc.execute("SET @portal_summaries_deferred = 1");
        try {
            for (int from = 0; from < items.size(); from += GROUP) {
                List<Feedback> group = items.subList(from, Math.min(items.size(), from + GROUP));
                MultiRowInsert.insert(
                        jdbc,
                        "feedback",
                        COLUMNS,
                        group.stream().map(FeedbackBatchInsert::values).toList());
                Map<String, Long> idByCode = new HashMap<>();
                jdbc.query(
                        "SELECT id, reference_code FROM feedback WHERE reference_code IN ("
                                + String.join(",", Collections.nCopies(group.size(), "?")) + ")",
                        rs -> {
                            idByCode.put(rs.getString(2), rs.getLong(1));
                        },
                        group.stream().map(Feedback::getReferenceCode).toArray());
                List<Long> groupIds = group.stream()
                        .map(f -> idByCode.get(f.getReferenceCode()))
                        .toList();
                if (groupIds.contains(null)) {
                    throw new IllegalStateException("Saved items not found by reference code: " + idByCode + " for "
                            + group.stream().map(Feedback::getReferenceCode).toList());
                }
                insertDetails(group, groupIds);
                ids.addAll(groupIds);
                saved.accept(ids.size());
            }
            countInTheSummaries(ids);
        } finally {
            jdbc.execute("SET @portal_summaries_deferred = NULL"); // the connection goes back to the pool
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isSafeguardingFlag()) {
                // What FeedbackRepository#save publishes for a newly flagged item: the leads are alerted now.
                events.publishEvent(new SafeguardingConcernRaised(ids.get(i)));
            }
        }
        return ids;
    }

    private void insertDetails(List<Feedback> group, List<Long> ids) {
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> comments = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Feedback item = group.get(i);
            long id = ids.get(i);
            item.getRatings()
                    .forEach((expectation, answer) -> ratings.add(new Object[] {id, expectation, answer.name()}));
            item.getAnswerComments()
                    .forEach((expectation, comment) -> comments.add(new Object[] {id, expectation, comment}));
            for (FeedbackStatusChange change : item.getStatusChanges()) {
                statuses.add(new Object[] {
                    id,
                    name(change.getFromStatus()),
                    change.getToStatus().name(),
                    change.getChangedBy(),
                    timestamp(change.getChangedAt())
                });
            }
            if (!item.getLinkedActionIds().isEmpty()
                    || !item.getOtherServiceIds().isEmpty()
                    || !item.getLinkedObjectiveIds().isEmpty()
                    || !item.getReplies().isEmpty()) {
                throw new IllegalArgumentException("A new item has no links or replies yet");
            }
        }
        if (!ratings.isEmpty()) {
            MultiRowInsert.insert(jdbc, "feedback_rating", List.of("feedback_id", "expectation_id", "answer"), ratings);
        }
        if (!comments.isEmpty()) {
            MultiRowInsert.insert(
                    jdbc, "feedback_answer_comment", List.of("feedback_id", "expectation_id", "comment"), comments);
        }
        MultiRowInsert.insert(
                jdbc,
                "feedback_status_change",
                List.of("feedback_id", "from_status", "to_status", "changed_by", "changed_at"),
                statuses);
    }

    /**
     * The new items and their answers added to the summaries the dashboards read, set-based, instead of through the
     * per-row triggers (a procedure call and an upsert for each of 10,000 items and ~50,000 answers: most of a
     * 10,000-row import's time in the database). While {@code @portal_summaries_deferred} is set on this
     * transaction's connection (V0220; always cleared again) the triggers skip new rows; these statements count
     * exactly those rows with the triggers' own rules ({@code portal_summary_add} and {@code portal_reply_summary_add},
     * V0083): flagged and held items are not counted, an item is counted as replied or loop-closed as its facts say.
     */
    private void countInTheSummaries(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += SUMMARY_GROUP) {
            List<Long> group = ids.subList(from, Math.min(ids.size(), from + SUMMARY_GROUP));
            String marks = String.join(",", Collections.nCopies(group.size(), "?"));
            jdbc.update("""
                    INSERT INTO rating_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel,
                                                expectation_id, very_good, good, ok, bad, very_bad, not_sure)
                    SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                           f.respondent_group, COALESCE(f.age_band, ''), f.channel, r.expectation_id,
                           SUM(r.answer = 'VERY_GOOD'), SUM(r.answer = 'GOOD'), SUM(r.answer = 'OK'),
                           SUM(r.answer = 'BAD'), SUM(r.answer = 'VERY_BAD'), SUM(r.answer = 'NOT_SURE')
                    FROM feedback_rating r JOIN feedback f ON f.id = r.feedback_id
                    WHERE r.feedback_id IN (%1$s) AND %2$s
                    GROUP BY portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                             f.respondent_group, COALESCE(f.age_band, ''), f.channel, r.expectation_id
                    ON DUPLICATE KEY UPDATE very_good = very_good + VALUES(very_good), good = good + VALUES(good),
                                            ok = ok + VALUES(ok), bad = bad + VALUES(bad),
                                            very_bad = very_bad + VALUES(very_bad), not_sure = not_sure + VALUES(not_sure)
                    """.formatted(marks, COUNTED), group.toArray());
            jdbc.update("""
                    INSERT INTO reply_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel,
                                               items, replied, loop_closed)
                    SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                           f.respondent_group, COALESCE(f.age_band, ''), f.channel,
                           COUNT(*), COUNT(f.first_reply_at), SUM(f.loop_closed = TRUE)
                    FROM feedback f
                    WHERE f.id IN (%1$s) AND %2$s
                    GROUP BY portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                             f.respondent_group, COALESCE(f.age_band, ''), f.channel
                    ON DUPLICATE KEY UPDATE items = items + VALUES(items), replied = replied + VALUES(replied),
                                            loop_closed = loop_closed + VALUES(loop_closed)
                    """.formatted(marks, COUNTED), group.toArray());
        }
    }

    private static Object[] values(Feedback f) {
        ContactRequest contact = f.getContact();
        return new Object[] {
            f.getReferenceCode(),
            f.getSubmissionKey(),
            f.getService() == null ? null : f.getService().getId(),
            f.getArea() == null ? null : f.getArea().getId(),
            name(f.getRespondentGroup()),
            name(f.getAgeBand()),
            name(f.getChannel()),
            f.getComment(),
            name(f.getStatus()),
            timestamp(f.getSubmittedAt()),
            0,
            f.getLanguage(),
            name(f.getWording()),
            f.getChangeWanted(),
            name(contact.method()),
            contact.email(),
            contact.phone(),
            contact.advocate(),
            f.getProofSecretHash(),
            f.isSafeguardingFlag(),
            name(f.getSafeguardingSource()),
            f.getSafeguardingMatched(),
            f.getSafeguardingFlaggedBy(),
            f.getSafeguardingReason(),
            timestamp(f.getSafeguardingFlaggedAt()),
            f.isHeldForReview(),
            name(f.getHeldReason()),
            timestamp(f.getHeldAt()),
            f.getWordsFingerprint(),
            f.getCampaignId(),
            date(f.getReplyBy()),
            f.getOwner(),
            timestamp(f.getReceivedAt()),
            f.isReceivedLate()
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
