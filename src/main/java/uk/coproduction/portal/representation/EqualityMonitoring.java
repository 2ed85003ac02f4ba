package uk.coproduction.portal.representation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.feedback.AgeBand;
import uk.coproduction.portal.feedback.InvalidFeedbackException;
import uk.coproduction.portal.feedback.RespondentGroup;
import uk.coproduction.portal.frontline.Quarter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The optional equality monitoring questions offered after someone sends feedback (anyone may answer: the person
 * has no account). The answers are stored apart from the feedback, with no link back to it: only the quarter, the
 * team and area of the service and the respondent group are kept beside them (docs/decisions/0014). The feedback's
 * reference code is used only to know which questions to ask and what to keep beside the answers.
 */
@Service
public class EqualityMonitoring {

    /** What a person who has just sent feedback is asked. */
    public record Offer(RespondentGroup group, AgeBand ageBand, List<EqualityQuestion> questions) {
    }

    /** @param heldFeedbackId the feedback's id while it is held for review (decision 0026), else null */
    private record Context(RespondentGroup group, AgeBand ageBand, String team, Long areaId, Long heldFeedbackId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EqualityMonitoring(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The questions for the person who sent this feedback online; empty when it is not such feedback. */
    @Transactional(readOnly = true)
    public Optional<Offer> offerFor(String referenceCode) {
        return context(referenceCode).map(c -> new Offer(c.group(), c.ageBand(),
                EqualityQuestion.askedOf(c.group(), c.ageBand())));
    }

    /**
     * Keeps the answers (question → one of its options), apart from the feedback. Questions not asked of this person
     * are ignored; when nothing is answered, nothing is kept.
     *
     * @return whether a row was kept
     */
    @Transactional
    public boolean save(String referenceCode, Map<EqualityQuestion, String> answers) {
        Context context = context(referenceCode)
                .orElseThrow(() -> InvalidFeedbackException.of("reference", "equality.error.nothing-to-answer"));
        Map<EqualityQuestion, String> kept = new LinkedHashMap<>();
        List<InvalidFeedbackException.Problem> problems = new ArrayList<>();
        answers.forEach((question, answer) -> {
            if (answer == null || !question.isAskedOf(context.group(), context.ageBand())) {
                return;
            }
            if (!question.options().contains(answer)) {
                problems.add(new InvalidFeedbackException.Problem(question.key(), "equality.error.answer"));
                return;
            }
            kept.put(question, answer);
        });
        if (!problems.isEmpty()) {
            throw new InvalidFeedbackException(problems);
        }
        if (kept.isEmpty()) {
            return false;
        }
        StringBuilder columns = new StringBuilder("quarter, team, area_id, respondent_group");
        StringBuilder values = new StringBuilder(":quarter, :team, :area, :grp");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("quarter", Quarter.of(LocalDate.now(clock)).toString());
        parameters.put("team", context.team());
        parameters.put("area", context.areaId());
        parameters.put("grp", context.group().name());
        if (context.heldFeedbackId() != null) {
            // Held with its feedback, out of the figures until a commissioner clears it (decision 0026).
            columns.append(", held_with_feedback");
            values.append(", :held");
            parameters.put("held", context.heldFeedbackId());
        }
        kept.forEach((question, answer) -> {
            columns.append(", ").append(question.column());
            values.append(", :").append(question.column());
            parameters.put(question.column(), answer);
        });
        jdbc.sql("INSERT INTO equality_response (" + columns + ") VALUES (" + values + ")").params(parameters).update();
        return true;
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
                .param("code", referenceCode.strip().toUpperCase(java.util.Locale.ROOT))
                .query((rs, row) -> new Context(RespondentGroup.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : AgeBand.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getObject(4, Long.class), rs.getObject(5, Long.class)))
                .optional();
    }
}
