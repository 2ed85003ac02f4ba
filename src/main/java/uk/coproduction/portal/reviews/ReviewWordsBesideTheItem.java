package uk.coproduction.portal.reviews;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.feedback.WordsBesideTheItem;

import java.util.List;

/** The words of a person's answers to a review's own questions, for the safeguarding leads' case page. */
@Component
class ReviewWordsBesideTheItem implements WordsBesideTheItem {

    private final JdbcClient jdbc;

    ReviewWordsBesideTheItem(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> wordsBeside(long feedbackId) {
        return jdbc.sql("""
                        SELECT a.words FROM review_response r
                          JOIN review_answer a ON a.response_id = r.id
                          JOIN review_question q ON q.id = a.question_id
                        WHERE r.feedback_id = :item AND a.words IS NOT NULL
                        ORDER BY q.position""").param("item", feedbackId).query(String.class).list();
    }
}
