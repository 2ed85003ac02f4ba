package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.feedback.DisclosureTier;
import uk.coproduction.portal.feedback.SafeguardingSource;
import uk.coproduction.portal.safeguarding.ArrivalMark;
import uk.coproduction.portal.safeguarding.SafeguardingCase;
import uk.coproduction.portal.safeguarding.SafeguardingService;
import uk.coproduction.portal.safeguarding.SafetyBurst;
import uk.coproduction.portal.safeguarding.SafetyBursts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The safeguarding queue: every flagged item, the ones waiting to be acknowledged first, overdue ones marked; the
 * possible concerns (words that may or may not tell of harm) in their own list below, for review. Possible bursts
 * of "I don't feel safe" messages come first, each grouped with its messages and cleared in one action
 * (decision 0025).
 */
@Route(value = "staff/safeguarding", layout = StaffLayout.class)
@Menu(title = "nav.safeguarding", order = 500)
@RolesAllowed(Roles.SAFEGUARDING_LEAD)
public class SafeguardingQueueView extends Div implements HasDynamicTitle {

    private final SafeguardingService safeguarding;
    private final SafetyBursts bursts;

    SafeguardingQueueView(SafeguardingService safeguarding, SafetyBursts bursts) {
        this.safeguarding = safeguarding;
        this.bursts = bursts;
        addClassNames("page", "page-wide");
        render(null);
    }

    /** The whole page, afresh; {@code said} is a status line to show at the top (after clearing a burst). */
    private void render(@Nullable String said) {
        removeAll();
        List<SafeguardingCase> queue = safeguarding.queue();
        Map<Long, ArrivalMark> marks = bursts.marks();
        List<SafetyBurst> all = bursts.bursts();
        Instant now = safeguarding.now();
        add(new H1(getTranslation("safeguarding.queue.title")));
        if (said != null) {
            Paragraph status = new Paragraph(said);
            status.addClassName("burst-status");
            status.getElement().setAttribute("role", "status");
            add(status);
        }
        long waiting = queue.stream().filter(c -> !c.acknowledged()).count();
        long overdue = queue.stream().filter(c -> c.overdue(now)).count();
        Paragraph summary = new Paragraph(getTranslation("safeguarding.queue.summary", waiting, overdue));
        summary.addClassName("queue-summary");
        add(summary);
        if (queue.isEmpty()) {
            add(new Paragraph(getTranslation("safeguarding.queue.empty")));
            return;
        }
        List<SafetyBurst> open = all.stream().filter(b -> !b.cleared()).toList();
        if (!open.isEmpty()) {
            add(
                    new H2(getTranslation("safeguarding.bursts.title")),
                    new Paragraph(getTranslation("safeguarding.bursts.intro")));
            open.forEach(b -> add(burst(b)));
        }
        // A message grouped in a burst is listed with its burst, unless its words read as a disclosure: then it is
        // in the main list as well, so a flood can never hide it.
        List<SafeguardingCase> ungrouped = queue.stream()
                .filter(c -> {
                    ArrivalMark mark = marks.get(c.id());
                    return mark == null || mark.burstId() == null || mark.tier() == DisclosureTier.DISCLOSURE;
                })
                .toList();
        List<SafeguardingCase> concerns = ungrouped.stream()
                .filter(c -> c.source() != SafeguardingSource.POSSIBLE_CONCERN)
                .toList();
        List<SafeguardingCase> toReview = ungrouped.stream()
                .filter(c -> c.source() == SafeguardingSource.POSSIBLE_CONCERN)
                .toList();
        add(list(concerns, now, "safeguarding-queue", marks));
        H2 reviewTitle = new H2(getTranslation("safeguarding.queue.possible.title"));
        Paragraph reviewIntro = new Paragraph(getTranslation("safeguarding.queue.possible.intro"));
        add(reviewTitle, reviewIntro);
        if (toReview.isEmpty()) {
            add(new Paragraph(getTranslation("safeguarding.queue.possible.empty")));
        } else {
            add(list(toReview, now, "possible-concerns", marks));
        }
        List<SafetyBurst> cleared = all.stream().filter(SafetyBurst::cleared).toList();
        if (!cleared.isEmpty()) {
            UnorderedList done = new UnorderedList();
            done.addClassName("cleared-bursts");
            for (SafetyBurst b : cleared) {
                // Its messages stay listed: clearing records that they were reviewed, it does not hide them.
                done.add(new ListItem(
                        new Paragraph(heading(b)),
                        new Paragraph(getTranslation(
                                "safeguarding.burst.cleared",
                                b.clearedBy(),
                                DisplayDates.dateTime(Objects.requireNonNull(b.clearedAt()), getLocale()),
                                Objects.requireNonNull(b.clearedReason()).replaceAll("[.!?\\s]+$", ""),
                                b.clearedOutcome())),
                        messages(b)));
            }
            add(new H2(getTranslation("safeguarding.bursts.cleared.title")), done);
        }
    }

    /** One possible burst: what it is, whether the leads were told, its messages, and "clear it" with a reason. */
    private Section burst(SafetyBurst burst) {
        Section section = new Section();
        section.addClassName("safety-burst");
        H3 title = new H3(heading(burst));
        Paragraph disclosures = new Paragraph(getTranslation("safeguarding.burst.disclosures", burst.disclosures()));
        Paragraph alerted = new Paragraph(
                burst.alertedAt() == null
                        ? getTranslation("safeguarding.burst.not-alerted")
                        : getTranslation(
                                "safeguarding.burst.alerted",
                                DisplayDates.dateTime(burst.alertedAt(), getLocale()),
                                burst.alertedTo()));
        UnorderedList messages = messages(burst);
        TextArea reason = new TextArea(getTranslation("safeguarding.burst.reason"));
        reason.setHelperText(getTranslation("safeguarding.burst.reason.helper"));
        reason.addClassName("wide-field");
        Button clear = new Button(
                getTranslation("safeguarding.burst.clear", burst.messages().size()));
        clear.addClickListener(e -> {
            try {
                SafetyBurst done = bursts.clear(burst.id(), reason.getValue());
                render(getTranslation("safeguarding.burst.cleared-now", done.clearedOutcome()));
                getUI().ifPresent(SafeguardingAlert::queueChanged);
            } catch (InvalidInputException invalid) {
                // Whatever they typed stays in the field, with what to put right.
                reason.setErrorMessage(
                        getTranslation(invalid.problems().getFirst().messageKey()));
                reason.setInvalid(true);
                reason.focus();
            }
        });
        section.add(title, disclosures, alerted, messages, reason, new Div(clear));
        return section;
    }

    /** A burst's messages, each a link to its item: those that read as a disclosure first, marked. */
    private UnorderedList messages(SafetyBurst burst) {
        UnorderedList messages = new UnorderedList();
        messages.addClassName("burst-messages");
        messages.getElement().setAttribute("aria-label", getTranslation("safeguarding.burst.messages"));
        for (SafetyBurst.Message message : burst.messages()) {
            ListItem row = new ListItem(new RouterLink(
                    getTranslation("safeguarding.queue.open", message.referenceCode()),
                    SafeguardingCaseView.class,
                    new RouteParameters("id", String.valueOf(message.feedbackId()))));
            // On its own line: a link inside a run of text would need an underline to be told apart (axe).
            row.add(new Paragraph(DisplayDates.dateTime(message.arrivedAt(), getLocale())));
            if (message.tier() == DisclosureTier.DISCLOSURE) {
                row.add(new Paragraph(getTranslation("safeguarding.mark.disclosure", message.matched())));
            }
            if (message.possiblyAutomated()) {
                row.add(new Paragraph(getTranslation("safeguarding.mark.automated")));
            }
            messages.add(row);
        }
        return messages;
    }

    private String heading(SafetyBurst burst) {
        return getTranslation(
                "safeguarding.burst.heading." + burst.source().name(),
                burst.messages().size(),
                DisplayDates.dateTime(burst.firstAt(), getLocale()),
                DisplayDates.dateTime(burst.lastAt(), getLocale()));
    }

    private UnorderedList list(
            List<SafeguardingCase> cases, Instant now, String className, Map<Long, ArrivalMark> marks) {
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        list.getElement().setAttribute("aria-label", getTranslation("safeguarding.queue." + className));
        for (SafeguardingCase item : cases) {
            RouterLink open = new RouterLink(
                    getTranslation("safeguarding.queue.open", item.referenceCode()),
                    SafeguardingCaseView.class,
                    new RouteParameters("id", String.valueOf(item.id())));
            Span state = new Span(getTranslation(
                    item.overdue(now)
                            ? "safeguarding.state.overdue"
                            : item.acknowledged() ? "safeguarding.state.acknowledged" : "safeguarding.state.waiting",
                    DisplayDates.dateTime(item.acknowledgeBy(), getLocale())));
            state.addClassNames(
                    "status-badge",
                    item.overdue(now) ? "status-overdue" : item.acknowledged() ? "status-acknowledged" : "status-new");
            Paragraph received = new Paragraph(getTranslation(
                    "safeguarding.queue.received",
                    DisplayDates.dateTime(item.receivedAt(), getLocale()),
                    getTranslation(
                            item.source() == null
                                    ? "safeguarding.source.unknown"
                                    : "safeguarding.source." + item.source().name())));
            Paragraph words = new Paragraph(
                    item.words() == null
                            ? getTranslation("safeguarding.no-words")
                            : item.words().length() > 200 ? item.words().substring(0, 200) + "\u2026" : item.words());
            words.addClassName("their-words");
            ListItem row = new ListItem(open, state, received);
            String why = why(this, item);
            if (why != null) {
                row.add(new Paragraph(why));
            }
            ArrivalMark mark = marks.get(item.id());
            if (mark != null && mark.burstId() != null) {
                row.add(new Paragraph(getTranslation("safeguarding.mark.in-burst")));
            }
            if (mark != null && mark.possiblyAutomated()) {
                row.add(new Paragraph(getTranslation("safeguarding.mark.automated")));
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
    static @Nullable String why(Component on, SafeguardingCase item) {
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
