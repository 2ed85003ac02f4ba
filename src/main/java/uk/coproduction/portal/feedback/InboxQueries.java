package uk.coproduction.portal.feedback;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.services.CommissionedService;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs inbox specifications: a page of rows (newest arrivals first) in one query, and the count. */
@Component
class InboxQueries {

    @PersistenceContext
    private EntityManager entityManager;

    List<InboxItem> page(Specification<Feedback> where, LocalDate today, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<InboxItem> query = cb.createQuery(InboxItem.class);
        Root<Feedback> f = query.from(Feedback.class);
        query.where(where.toPredicate(f, query, cb));
        Join<Feedback, CommissionedService> service = InboxSpecifications.service(f);
        query.select(cb.construct(
                        InboxItem.class,
                        f.get("id"),
                        f.get("referenceCode"),
                        f.get("submittedAt"),
                        service.get("name"),
                        f.get("respondentGroup"),
                        f.get("channel"),
                        f.get("status"),
                        cb.coalesce(f.<String>get("comment"), f.<String>get("changeWanted")),
                        f.get("replyBy"),
                        cb.<Boolean>selectCase()
                                .when(InboxSpecifications.overdue(f, query, cb, today), true)
                                .otherwise(false),
                        f.get("receivedAt"),
                        f.get("receivedLate")))
                // Newest arrivals first: a box of paper forms from last spring, imported today, is today's work.
                .orderBy(cb.desc(f.get("receivedAt")), cb.desc(f.get("id")));
        return withTellUsMore(entityManager
                .createQuery(query)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * Rows with no comment or change wanted show the words written under the questions instead ("tell us more"),
     * so the inbox never looks empty for someone who wrote. One query for the whole page.
     */
    private List<InboxItem> withTellUsMore(List<InboxItem> rows) {
        List<Long> wordless = rows.stream()
                .filter(r -> r.comment() == null)
                .map(InboxItem::id)
                .toList();
        if (wordless.isEmpty()) {
            return rows;
        }
        Map<Long, String> firstWords = new HashMap<>();
        entityManager
                .createQuery(
                        "select f.id, key(c), c from Feedback f join f.answerComments c"
                                + " where f.id in :ids order by f.id, key(c)",
                        Object[].class)
                .setParameter("ids", wordless)
                .getResultList()
                .forEach(row -> firstWords.merge((Long) row[0], (String) row[2], (a, b) -> a + " \u2026 " + b));
        return rows.stream()
                .map(r -> r.comment() != null || !firstWords.containsKey(r.id())
                        ? r
                        : new InboxItem(
                                r.id(),
                                r.referenceCode(),
                                r.submittedAt(),
                                r.serviceName(),
                                r.respondentGroup(),
                                r.channel(),
                                r.status(),
                                firstWords.get(r.id()),
                                r.replyBy(),
                                r.overdue(),
                                r.receivedAt(),
                                r.receivedLate()))
                .toList();
    }

    long count(Specification<Feedback> where) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Feedback> f = query.from(Feedback.class);
        query.select(cb.count(f)).where(where.toPredicate(f, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }
}
