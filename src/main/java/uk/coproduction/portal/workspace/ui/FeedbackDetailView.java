package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.coproduction.portal.advocacy.AdvocacyEvidence;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.feedback.FeedbackDetail;
import uk.coproduction.portal.feedback.FeedbackReplyService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.ModerationService;
import uk.coproduction.portal.frontline.FrontlineViewsService;
import uk.coproduction.portal.frontline.ui.FrontlineSection;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.safeguarding.SafeguardingFlags;
import uk.coproduction.portal.safeguarding.ui.FlagConcernSection;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.util.List;

/** One piece of feedback: what the person said, and the commissioner's links and reply. */
@Route(value = "staff/feedback/:id", layout = StaffLayout.class)
@RolesAllowed(Roles.COMMISSIONER)
public class FeedbackDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackTriageService triage;
    private final FeedbackLinkService links;
    private final ChangeService changes;
    private final PlanService plans;
    private final ThemeService themes;
    private final ModerationService moderation;
    private final FrontlineViewsService frontline;
    private final AdvocacyEvidence advocacy;
    private final SafeguardingFlags safeguardingFlags;

    private final ReplySection replySection;
    private FeedbackDetail detail;

    FeedbackDetailView(
            FeedbackTriageService triage,
            FeedbackReplyService replies,
            FeedbackLinkService links,
            ChangeService changes,
            PlanService plans,
            ThemeService themes,
            ModerationService moderation,
            FrontlineViewsService frontline,
            AdvocacyEvidence advocacy,
            SafeguardingFlags safeguardingFlags) {
        this.safeguardingFlags = safeguardingFlags;
        this.frontline = frontline;
        this.triage = triage;
        this.links = links;
        this.changes = changes;
        this.plans = plans;
        this.themes = themes;
        this.moderation = moderation;
        this.advocacy = advocacy;
        addClassNames("page", "page-wide");

        replySection = new ReplySection(triage, replies, this::show);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(triage.open(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (IllegalArgumentException | AccessDeniedException notYours) {
            // Unknown, malformed or another team's: all look the same, so nobody learns what exists.
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(FeedbackDetail shown) {
        this.detail = shown;
        removeAll();
        replySection.show(shown);
        add(
                new H1(getTranslation("detail.title", shown.referenceCode())),
                summary(shown),
                new FrontlineSection(frontline, shown.id()),
                new AdvocacySection(advocacy, shown.id()),
                new TriageSection(triage, shown.id(), this::show),
                answers(shown),
                words(shown),
                new ThemesSection(themes, shown.id()),
                new ModerationSection(moderation, shown.id()),
                new LinksSection(links, changes, plans, shown.id(), this::reload),
                replySection,
                history(shown),
                new FlagConcernSection(safeguardingFlags, shown.id()));
    }

    private DescriptionList summary(FeedbackDetail d) {
        DescriptionList list = new DescriptionList();
        list.addClassName("summary-list");
        term(list, "detail.given", DisplayDates.date(d.submittedAt(), getLocale()));
        term(
                list,
                "detail.received",
                DisplayDates.dateTime(d.receivedAt(), getLocale())
                        + (d.receivedLate() ? " \u2013 " + getTranslation("workspace.received-late") : ""));
        term(
                list,
                "detail.service",
                d.serviceName() == null ? getTranslation("inbox.service-unknown") : d.serviceName());
        term(list, "detail.area", d.areaName() == null ? getTranslation("detail.not-given") : d.areaName());
        term(list, "detail.from", getTranslation("group." + d.respondentGroup().name()));
        if (d.ageBand() != null) {
            term(list, "detail.age", getTranslation("age." + d.ageBand().name()));
        }
        term(list, "detail.channel", getTranslation("channel." + d.channel().name()));
        term(list, "detail.status", getTranslation("status." + d.status().name()));
        term(list, "detail.wording", getTranslation("wording." + d.wording().name()));
        String reply = getTranslation("reply-method." + d.contact().method().name())
                + (d.contact().detail() == null ? "" : ": " + d.contact().detail());
        term(list, "detail.reply-wanted", reply);
        if (d.replyMadeSense() != null || d.somethingChanged() != null) {
            String said = (d.replyMadeSense() == null
                            ? ""
                            : getTranslation(
                                            "detail.person-response.made-sense",
                                            getTranslation("track.response.made-sense."
                                                    + d.replyMadeSense().name()))
                                    + " ")
                    + (d.somethingChanged() == null
                            ? ""
                            : getTranslation(
                                    "detail.person-response.changed",
                                    getTranslation("track.response.changed."
                                            + d.somethingChanged().name())));
            term(list, "detail.person-response", said.trim());
        }
        return list;
    }

    private void term(DescriptionList list, String key, String value) {
        termText(list, getTranslation(key), value);
    }

    private static void termText(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private Section answers(FeedbackDetail d) {
        DescriptionList list = new DescriptionList();
        list.addClassName("summary-list");
        for (FeedbackDetail.Answer answer : d.answers()) {
            String given = answer.answer() == null
                    ? getTranslation("answer.SKIPPED")
                    : getTranslation("answer." + answer.answer().name());
            if (answer.tellUsMore() != null) {
                given = given + ". " + getTranslation("detail.tell-us-more") + " " + answer.tellUsMore();
            }
            termText(list, answer.expectation(), given);
        }
        return new Section(new H2(getTranslation("detail.answers")), list);
    }

    /** Everything they wrote, wherever they wrote it; "They did not write anything" only when that is true. */
    private Section words(FeedbackDetail d) {
        Section section = new Section(new H2(getTranslation("detail.words")));
        List<FeedbackDetail.Answer> tellUsMore =
                d.answers().stream().filter(a -> a.tellUsMore() != null).toList();
        if (d.comment() != null || (d.changeWanted() == null && tellUsMore.isEmpty())) {
            Paragraph text = new Paragraph(d.comment() == null ? getTranslation("detail.no-words") : d.comment());
            text.addClassName("their-words");
            section.add(text);
        }
        for (FeedbackDetail.Answer answer : tellUsMore) {
            Paragraph under = new Paragraph(answer.tellUsMore());
            under.addClassName("their-words");
            section.add(new H3(getTranslation("detail.words.under", answer.expectation())), under);
        }
        if (d.changeWanted() != null) {
            Paragraph change = new Paragraph(d.changeWanted());
            change.addClassName("their-words");
            section.add(new H3(getTranslation("detail.change-wanted")), change);
        }
        return section;
    }

    private Section history(FeedbackDetail d) {
        UnorderedList list = new UnorderedList();
        for (FeedbackDetail.HistoryEntry entry : d.history()) {
            list.add(new ListItem(getTranslation(
                    "detail.history.entry",
                    DisplayDates.dateTime(entry.at(), getLocale()),
                    getTranslation("status." + entry.to().name()),
                    entry.by())));
        }
        return new Section(new H2(getTranslation("detail.history")), list);
    }

    private void reload() {
        show(triage.open(detail.id()));
    }

    private void saved(String messageKey) {
        Notification notification =
                Notification.show(getTranslation(messageKey), 4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return detail == null
                ? getTranslation("detail.page-title")
                : getTranslation("detail.title", detail.referenceCode());
    }
}
