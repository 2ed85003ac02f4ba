package uk.coproduction.portal.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one commissioner's digest says: new items per service since {@code since}, items due by {@code dueBy} and
 * overdue items, all within their scope (decision 0009).
 *
 * @param newByService service name → its new items, in the order of service names
 */
record Digest(
        String name,
        Instant since,
        LocalDate today,
        LocalDate dueBy,
        Map<String, List<DigestItem>> newByService,
        List<DigestItem> dueSoon,
        List<DigestItem> overdue) {

    int newCount() {
        return newByService.values().stream().mapToInt(List::size).sum();
    }

    /** Nothing new, nothing due soon, nothing overdue: no e-mail is sent. */
    boolean nothingToSay() {
        return newByService.isEmpty() && dueSoon.isEmpty() && overdue.isEmpty();
    }
}
