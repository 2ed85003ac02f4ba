package uk.coproduction.portal.representation;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.limits.ArrivalLimits;
import uk.coproduction.portal.base.limits.Journey;
import uk.coproduction.portal.base.security.OpenToAnyone;
import uk.coproduction.portal.feedback.HoldCleared;
import uk.coproduction.portal.feedback.HoldForReview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The optional equality monitoring questions offered after someone sends feedback (anyone may answer: the person
 * has no account). The answers are stored apart from the feedback, with no link back to it: only the quarter, the
 * team and area of the service and the respondent group are kept beside them (docs/decisions/0014). The feedback's
 * reference code is used only to know which questions to ask and what to keep beside the answers.
 */
@Service
public class EqualityMonitoring {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The only columns answers waiting with held feedback may fill: never anything read from elsewhere. */
    private static final Set<String> ALLOWED_COLUMNS = Stream.concat(
                    Stream.of("quarter", "team", "area_id", "respondent_group"),
                    Stream.of(EqualityQuestion.values()).map(EqualityQuestion::column))
            .collect(Collectors.toSet());

    /** What a person who has just sent feedback is asked. */
    public record Offer(RespondentGroup group, AgeBand ageBand, List<EqualityQuestion> questions) {}

    /** @param heldFeedbackId the feedback's id while it is held for review (decision 0026), else null */
    private record Context(RespondentGroup group, AgeBand ageBand, String team, Long areaId, Long heldFeedbackId) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final HoldForReview holds;
    private final ArrivalLimits arrivals;

    EqualityMonitoring(JdbcClient jdbc, Clock clock, HoldForReview holds, ArrivalLimits arrivals) {
        this.arrivals = arrivals;
        this.jdbc = jdbc;
        this.clock = clock;
        this.holds = holds;
    }

    /** The questions for the person who sent this feedback online; empty when it is not such feedback. */
    @Transactional(readOnly = true)
    @OpenToAnyone("residents are offered the optional equality questions after giving feedback, without an account")
    public Optional<Offer> offerFor(String referenceCode) {
        return context(referenceCode)
                .map(c -> new Offer(c.group(), c.ageBand(), EqualityQuestion.askedOf(c.group(), c.ageBand())));
    }

    /**
     * Keeps the answers (question → one of its options), apart from the feedback. Questions not asked of this person
     * are ignored; when nothing is answered, nothing is kept.
     *
     * @return whether a row was kept
     */
    @Transactional
    @OpenToAnyone("residents answer the optional equality questions without an account")
    public boolean save(String referenceCode, Map<EqualityQuestion, String> answers) {
        return save(referenceCode, answers, false);
    }

    /**
     * The same, from a page whose hidden field only programs fill in: when it was filled, nothing is thrown away —
     * the feedback is held for review and the answers wait with it, out of every figure (decision 0026).
     */
    @Transactional
    @OpenToAnyone("residents answer the optional equality questions without an account")
    public boolean save(String referenceCode, Map<EqualityQuestion, String> answers, boolean honeypotFilled) {
        arrivals.require(Journey.EQUALITY);
        if (honeypotFilled && referenceCode != null && !referenceCode.isBlank()) {
            holds.holdForHoneypotAfterSending(referenceCode);
        }
        Context context = context(referenceCode)
                .orElseThrow(() -> InvalidInputException.of("reference", "equality.error.nothing-to-answer"));
        Map<EqualityQuestion, String> kept = new LinkedHashMap<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        answers.forEach((question, answer) -> {
            if (answer == null || !question.isAskedOf(context.group(), context.ageBand())) {
                return;
            }
            if (!question.options().contains(answer)) {
                problems.add(new InvalidInputException.Problem(question.key(), "equality.error.answer"));
                return;
            }
            kept.put(question, answer);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (kept.isEmpty()) {
            return false;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("quarter", Quarter.of(LocalDate.now(clock)).toString());
        parameters.put("team", context.team());
        parameters.put("area_id", context.areaId());
        parameters.put("respondent_group", context.group().name());
        kept.forEach((question, answer) -> parameters.put(question.column(), answer));
        if (context.heldFeedbackId() != null) {
            // Its feedback is held for review: the answers wait with it, out of the figures (decision 0026).
            jdbc.sql("UPDATE feedback SET held_equality_answers = :answers WHERE id = :id")
                    .param("answers", JSON.writeValueAsString(parameters))
                    .param("id", context.heldFeedbackId())
                    .update();
            return true;
        }
        insert(parameters);
        return true;
    }

    /** Cleared feedback's equality answers join the others, with no link back to it (decisions 0014, 0026). */
    @EventListener
    @OpenToAnyone(
            "runs when the portal releases a held entry, as whoever released it; it only moves that entry's answers")
    public void release(HoldCleared cleared) {
        String waiting = jdbc
                .sql("SELECT held_equality_answers FROM feedback WHERE id = :id"
                        + " AND held_equality_answers IS NOT NULL")
                .param("id", cleared.feedbackId())
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        if (waiting == null) {
            return;
        }
        Map<String, Object> parameters =
                new LinkedHashMap<>(JSON.readValue(waiting, new TypeReference<Map<String, Object>>() {}));
        parameters.keySet().retainAll(ALLOWED_COLUMNS);
        insert(parameters);
        jdbc.sql("UPDATE feedback SET held_equality_answers = NULL WHERE id = :id")
                .param("id", cleared.feedbackId())
                .update();
    }

    /** Named parameters are the columns: quarter, team, area_id, respondent_group and the questions' own. */
    private void insert(Map<String, Object> parameters) {
        String columns = String.join(", ", parameters.keySet());
        String values =
                String.join(", ", parameters.keySet().stream().map(c -> ":" + c).toList());
        jdbc.sql("INSERT INTO equality_response (" + columns + ") VALUES (" + values + ")")
                .params(parameters)
                .update();
    }

    private Optional<Context> context(String referenceCode) {
        if (referenceCode == null || referenceCode.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT f.respondent_group, f.age_band, s.team, f.area_id,
                            CASE WHEN f.held_for_review THEN f.id END
                        FROM feedback f LEFT JOIN commissioned_service s ON s.id = f.service_id
                        WHERE f.reference_code = :code AND f.channel = 'ONLINE'
                            AND f.respondent_group <> 'FRONTLINE_WORKER'
                        """)
                .param("code", referenceCode.strip().toUpperCase(Locale.ROOT))
                .query((rs, row) -> new Context(
                        RespondentGroup.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : AgeBand.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getObject(5, Long.class)))
                .optional();
    }
}
