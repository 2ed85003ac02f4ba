package uk.coproduction.portal.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review as staff pages and reports see it.
 *
 * @param opensOn   first UK day it takes answers
 * @param closesOn  last UK day it takes answers (included)
 * @param closedAt  when it was closed by hand; null if it was not (it may still be over: see {@code state})
 * @param questions the review's own questions in order; the six charter questions are always asked first and are
 *                  not listed here
 * @param responses how many people's answers it holds (every audience, safeguarding ones included); not a figure
 *                  to publish: reports count through the disclosure-control rule
 */
public record ReviewSummary(
        long id,
        long serviceId,
        String serviceName,
        ReviewKind kind,
        String title,
        LocalDate opensOn,
        LocalDate closesOn,
        Instant closedAt,
        String closedBy,
        ReviewState state,
        List<ReviewAudience> audiences,
        List<ReviewQuestionSummary> questions,
        long responses,
        String createdBy,
        Instant createdAt) {

    public ReviewSummary {
        audiences = List.copyOf(audiences);
        questions = List.copyOf(questions);
    }

    /** Questions can change only before it opens and while nobody has answered. */
    public boolean questionsEditable() {
        return state == ReviewState.NOT_YET_OPEN && responses == 0;
    }
}
