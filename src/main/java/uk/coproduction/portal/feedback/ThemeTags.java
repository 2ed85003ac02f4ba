package uk.coproduction.portal.feedback;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * The inbox's "tagged with this theme" filter as a criterion of the inbox's one query. Themes answer it (they sit
 * above feedback in the module map, decision 0043, and own the tags), so feedback filters by theme without using
 * themes and paging stays in the database.
 */
public interface ThemeTags {

    /** Feedback tagged with the theme. */
    Predicate taggedWith(long themeId, Root<Feedback> feedback, CriteriaQuery<?> query, CriteriaBuilder cb);
}
