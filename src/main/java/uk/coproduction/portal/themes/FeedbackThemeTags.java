package uk.coproduction.portal.themes;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.ThemeTags;

/** The inbox's theme filter: a tag row for the feedback and the theme exists. */
@Component
class FeedbackThemeTags implements ThemeTags {

    @Override
    public Predicate taggedWith(long themeId, Root<Feedback> feedback, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Subquery<Long> tags = query.subquery(Long.class);
        Root<FeedbackTheme> tag = tags.from(FeedbackTheme.class);
        tags.select(tag.get("id").get("themeId"))
                .where(
                        cb.equal(tag.get("id").get("feedbackId"), feedback.get("id")),
                        cb.equal(tag.get("id").get("themeId"), themeId));
        return cb.exists(tags);
    }
}
