package uk.coproduction.portal.safeguarding.ui;

import uk.coproduction.portal.base.ui.StaffLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.feedback.SafeguardingSource;
import uk.coproduction.portal.safeguarding.SafeguardingCase;
import uk.coproduction.portal.safeguarding.SafeguardingService;
import uk.coproduction.portal.security.Roles;

import java.time.Instant;
import java.util.List;

/**
 * The safeguarding queue: every flagged item, the ones waiting to be acknowledged first, overdue ones marked; the
 * possible concerns (words that may or may not tell of harm) in their own list below, for review.
 */
@Route(value = "staff/safeguarding", layout = StaffLayout.class)
@RolesAllowed(Roles.SAFEGUARDING_LEAD)
public class SafeguardingQueueView extends Div implements HasDynamicTitle {

    SafeguardingQueueView(SafeguardingService safeguarding) {
        addClassNames("page", "page-wide");
        List<SafeguardingCase> queue = safeguarding.queue();
        Instant now = safeguarding.now();
        add(new H1(getTranslation("safeguarding.queue.title")));
        long waiting = queue.stream().filter(c -> !c.acknowledged()).count();
        long overdue = queue.stream().filter(c -> c.overdue(now)).count();
        Paragraph summary = new Paragraph(getTranslation("safeguarding.queue.summary", waiting, overdue));
        summary.addClassName("queue-summary");
        add(summary);
        if (queue.isEmpty()) {
            add(new Paragraph(getTranslation("safeguarding.queue.empty")));
            return;
        }
        List<SafeguardingCase> concerns = queue.stream()
                .filter(c -> c.source() != SafeguardingSource.POSSIBLE_CONCERN).toList();
        List<SafeguardingCase> toReview = queue.stream()
                .filter(c -> c.source() == SafeguardingSource.POSSIBLE_CONCERN).toList();
        add(list(concerns, now, "safeguarding-queue"));
        H2 reviewTitle = new H2(getTranslation("safeguarding.queue.possible.title"));
        Paragraph reviewIntro = new Paragraph(getTranslation("safeguarding.queue.possible.intro"));
        add(reviewTitle, reviewIntro);
        if (toReview.isEmpty()) {
            add(new Paragraph(getTranslation("safeguarding.queue.possible.empty")));
        } else {
            add(list(toReview, now, "possible-concerns"));
        }
    }

    private UnorderedList list(List<SafeguardingCase> cases, Instant now, String className) {
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        list.getElement().setAttribute("aria-label", getTranslation("safeguarding.queue." + className));
        for (SafeguardingCase item : cases) {
            RouterLink open = new RouterLink(getTranslation("safeguarding.queue.open", item.referenceCode()),
                    SafeguardingCaseView.class, new RouteParameters("id", String.valueOf(item.id())));
            Span state = new Span(getTranslation(item.overdue(now) ? "safeguarding.state.overdue"
                    : item.acknowledged() ? "safeguarding.state.acknowledged" : "safeguarding.state.waiting",
                    DisplayDates.dateTime(item.acknowledgeBy(), getLocale())));
            state.addClassNames("status-badge", item.overdue(now) ? "status-overdue"
                    : item.acknowledged() ? "status-acknowledged" : "status-new");
            Paragraph received = new Paragraph(getTranslation("safeguarding.queue.received",
                    DisplayDates.dateTime(item.receivedAt(), getLocale()),
                    getTranslation(item.source() == null ? "safeguarding.source.unknown" : "safeguarding.source." + item.source().name())));
            Paragraph words = new Paragraph(item.words() == null ? getTranslation("safeguarding.no-words")
                    : item.words().length() > 200 ? item.words().substring(0, 200) + "\u2026" : item.words());
            words.addClassName("their-words");
            ListItem row = new ListItem(open, state, received);
            String why = why(this, item);
            if (why != null) {
                row.add(new Paragraph(why));
            }
            if (item.escalated() && !item.acknowledged()) {
                row.add(new Paragraph(getTranslation("safeguarding.queue.escalated")));
            }
            row.add(words);
            row.addClassName("safeguarding-item");
            list.add(row);
        }
        return list;
    }

    /** "Matched the words: …" or "Flagged by … because: …"; null for the person's own request. */
    static String why(com.vaadin.flow.component.Component on, SafeguardingCase item) {
        if (item.matchedWords() != null) {
            return on.getTranslation("safeguarding.why.keyword", item.matchedWords());
        }
        if (item.flaggedBy() != null) {
            return on.getTranslation("safeguarding.why.staff", item.flaggedBy(), item.flagReason());
        }
        return null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safeguarding.queue.page-title");
    }
}
