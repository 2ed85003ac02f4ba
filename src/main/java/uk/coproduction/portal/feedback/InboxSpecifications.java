package uk.coproduction.portal.feedback;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.services.CommissionedService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The inbox's filters as JPA criteria, so any combination is one query and paging stays in the database. */
final class InboxSpecifications {

    /** More words than this in a search are ignored: a search is a few words, not a paragraph. */
    private static final int MAX_SEARCH_WORDS = 10;

    private InboxSpecifications() {}

    /**
     * Feedback about these services (a commissioner's scope, see {@code ServiceScope}) and feedback whose service is
     * not known yet, never anything flagged for safeguarding or held for review (that has its own list).
     */
    static Specification<Feedback> visibleTo(Set<Long> serviceIds) {
        return (f, query, cb) -> {
            Join<Feedback, CommissionedService> service = service(f);
            return cb.and(
                    cb.isFalse(f.get("safeguardingFlag")),
                    cb.isFalse(f.get("heldForReview")),
                    cb.or(cb.isNull(f.get("service")), service.get("id").in(ServiceScope.forSql(serviceIds))));
        };
    }

    static Specification<Feedback> matching(InboxFilter filter, String me, LocalDate today, ThemeTags themeTags) {
        return (f, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.serviceId() != null) {
                all.add(cb.equal(service(f).get("id"), filter.serviceId()));
            }
            if (filter.areaId() != null) {
                all.add(cb.equal(f.get("area").get("id"), filter.areaId()));
            }
            if (filter.group() != null) {
                all.add(cb.equal(f.get("respondentGroup"), filter.group()));
            }
            if (filter.channel() != null) {
                all.add(cb.equal(f.get("channel"), filter.channel()));
            }
            if (!filter.statuses().isEmpty()) {
                all.add(f.get("status").in(filter.statuses()));
            }
            if (filter.expectationId() != null || !filter.ratings().isEmpty()) {
                all.add(answered(filter, f, query, cb));
            }
            if (filter.themeId() != null) {
                all.add(themeTags.taggedWith(filter.themeId(), f, query, cb));
            }
            // "Received from/to", like the inbox's order: when it reached the portal, not when it was given.
            if (filter.from() != null) {
                all.add(cb.greaterThanOrEqualTo(
                        f.get("receivedAt"),
                        filter.from().atStartOfDay(WorkingDays.UK).toInstant()));
            }
            if (filter.to() != null) {
                all.add(cb.lessThan(
                        f.get("receivedAt"),
                        filter.to().plusDays(1).atStartOfDay(WorkingDays.UK).toInstant()));
            }
            for (String word : searchWords(filter.words())) {
                all.add(wrote(word, f, query, cb));
            }
            if (filter.overdueOnly()) {
                all.add(overdue(f, query, cb, today));
            }
            if (filter.mineOnly()) {
                all.add(cb.equal(f.get("owner"), me));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    static Specification<Feedback> overdueFor(String owner, LocalDate today) {
        return (f, query, cb) -> cb.and(cb.equal(f.get("owner"), owner), overdue(f, query, cb, today));
    }

    /** Past its reply-by date and no reply sent, closed or not: the same rule as {@link Feedback#isOverdue}. */
    static Predicate overdue(Root<Feedback> f, CriteriaQuery<?> query, CriteriaBuilder cb, LocalDate today) {
        Subquery<Long> sent = query.subquery(Long.class);
        Root<FeedbackReply> reply = sent.from(FeedbackReply.class);
        sent.select(reply.get("id")).where(cb.equal(reply.get("feedback"), f), cb.isNotNull(reply.get("sentAt")));
        return cb.and(cb.lessThan(f.get("replyBy"), today), cb.not(cb.exists(sent)));
    }

    /** The (left) join to the service, made once per query however many filters need it. */
    @SuppressWarnings("unchecked")
    static Join<Feedback, CommissionedService> service(From<?, Feedback> f) {
        return f.getJoins().stream()
                .filter(j -> j.getAttribute().getName().equals("service"))
                .findFirst()
                .map(j -> (Join<Feedback, CommissionedService>) j)
                .orElseGet(() -> f.join("service", JoinType.LEFT));
    }

    private static Predicate answered(
            InboxFilter filter, Root<Feedback> f, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Subquery<Integer> answers = query.subquery(Integer.class);
        Root<Feedback> same = answers.correlate(f);
        MapJoin<Feedback, Long, RatingAnswer> rating = same.joinMap("ratings");
        List<Predicate> where = new ArrayList<>();
        if (filter.expectationId() != null) {
            where.add(cb.equal(rating.key(), filter.expectationId()));
        }
        if (!filter.ratings().isEmpty()) {
            where.add(rating.value().in(filter.ratings()));
        }
        answers.select(cb.literal(1)).where(where.toArray(Predicate[]::new));
        return cb.exists(answers);
    }

    /** The word appears in the comment, the change they want, or any of their "tell us more" answers. */
    private static Predicate wrote(String word, Root<Feedback> f, CriteriaQuery<?> query, CriteriaBuilder cb) {
        String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Subquery<Integer> tellUsMore = query.subquery(Integer.class);
        Root<Feedback> same = tellUsMore.correlate(f);
        MapJoin<Feedback, Long, String> comment = same.joinMap("answerComments");
        tellUsMore.select(cb.literal(1)).where(cb.like(cb.lower(comment.value()), pattern, '\\'));
        return cb.or(
                cb.like(cb.lower(f.get("comment")), pattern, '\\'),
                cb.like(cb.lower(f.get("changeWanted")), pattern, '\\'),
                cb.exists(tellUsMore));
    }

    static List<String> searchWords(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return Arrays.stream(words.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .distinct()
                .limit(MAX_SEARCH_WORDS)
                .toList();
    }
}
