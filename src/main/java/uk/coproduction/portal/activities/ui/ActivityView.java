package uk.coproduction.portal.activities.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.activities.ActivityPage;
import uk.coproduction.portal.activities.ActivityService;
import uk.coproduction.portal.activities.EventAnswersService;
import uk.coproduction.portal.activities.ParticipantCount;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.RouteLink;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.security.StaffDirectory;

import java.time.LocalDate;
import java.util.List;

/**
 * One activity: what it was, who took part and how it was run; quick entry of the answers people gave there; its
 * Lundy check and what changed as a result.
 */
@Route(value = "staff/activities/:id", layout = StaffLayout.class)
@RolesAllowed({Roles.COMMISSIONER, Roles.ADVOCATE})
public class ActivityView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ActivityService activities;
    private final EventAnswersService answers;
    private final CharterService charter;
    private final boolean commissioner;
    private ActivityPage page;

    ActivityView(
            ActivityService activities, EventAnswersService answers, CharterService charter, StaffDirectory staff) {
        this.activities = activities;
        this.answers = answers;
        this.charter = charter;
        this.commissioner = staff.requireCurrentStaff().hasRole(Roles.COMMISSIONER);
        addClassNames("page", "page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Unknown, or outside what this person may see: both look the same.
        page = event.getRouteParameters()
                .get("id")
                .filter(id -> id.matches("[0-9]{1,18}"))
                .flatMap(id -> activities.page(Long.parseLong(id)))
                .orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    /** Reads the activity again after something was saved on it, and redraws the page. */
    private void refresh() {
        page = activities.page(page.id()).orElseThrow();
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("activity.page.back"), ActivitiesView.class);
        back.addClassName("back-link");
        add(
                back,
                new H1(page.title()),
                details(),
                section(
                        "activity.quick.title",
                        new Paragraph(
                                page.heldOn().isAfter(LocalDate.now(DisplayDates.UK))
                                        ? getTranslation("activity.quick.dated-planned")
                                        : getTranslation(
                                                "activity.quick.dated", DisplayDates.date(page.heldOn(), getLocale()))),
                        new QuickEntry(answers, charter.expectations(), page.id(), this::refresh)),
                enteredAnswers(),
                section("activity.lundy.title", new LundyForm(activities, page, this::refresh)),
                section("activity.changed.title", new WhatChangedForm(activities, page, this::refresh)));
    }

    private Section details() {
        DescriptionList list = new DescriptionList();
        list.addClassName("summary-list");
        term(list, "activity.page.date", DisplayDates.date(page.heldOn(), getLocale()));
        term(
                list,
                "activity.page.kind",
                getTranslation("activity.kind." + page.kind().name()));
        term(list, "activity.page.services", String.join(", ", page.services()));
        term(
                list,
                "activity.page.plans",
                page.plans().isEmpty() ? getTranslation("activity.page.none") : String.join(", ", page.plans()));
        term(
                list,
                "activity.page.actions",
                page.actions().isEmpty() ? getTranslation("activity.page.none") : String.join("; ", page.actions()));
        term(
                list,
                "activity.page.stage",
                getTranslation("workspace.stage." + page.stage().name()));
        term(list, "activity.page.people", String.valueOf(page.people()));
        list.add(new DescriptionList.Term(getTranslation("activity.page.who")), new DescriptionList.Description(who()));
        list.add(
                new DescriptionList.Term(getTranslation("activity.page.how-run")),
                new DescriptionList.Description(howRun()));
        term(list, "activity.page.lundy", LundySummary.of(page.lundy(), this));
        term(
                list,
                "activity.page.changed",
                page.whatChanged() == null
                        ? getTranslation("activity.page.changed.none")
                        : getTranslation(
                                "activity.page.changed.on",
                                DisplayDates.date(page.changedOn(), getLocale()),
                                page.whatChanged()));
        term(
                list,
                "activity.page.recorded",
                getTranslation(
                        "activity.page.recorded.by",
                        page.recordedBy(),
                        DisplayDates.date(page.recordedAt(), getLocale())));
        return section("activity.page.details", list);
    }

    private Component who() {
        if (page.participants().isEmpty()) {
            return new Span(getTranslation("activity.page.who.none"));
        }
        UnorderedList list = new UnorderedList();
        for (ParticipantCount count : page.participants()) {
            String group = getTranslation("group." + count.group().name());
            list.add(new ListItem(
                    count.ageBand() == null
                            ? getTranslation("activity.page.who.count", group, count.people())
                            : getTranslation(
                                    "activity.page.who.count-aged",
                                    group,
                                    getTranslation("age." + count.ageBand().name()),
                                    count.people())));
        }
        return list;
    }

    private Component howRun() {
        UnorderedList list = new UnorderedList();
        list.add(
                new ListItem(yesNo("activity.page.how-run.venue", page.accessibleVenue())),
                new ListItem(yesNo("activity.page.how-run.materials", page.accessibleMaterials())),
                new ListItem(yesNo("activity.page.how-run.support", page.communicationSupport())));
        if (page.howRunNote() != null) {
            list.add(new ListItem(page.howRunNote()));
        }
        return list;
    }

    private String yesNo(String key, boolean yes) {
        return getTranslation(key, getTranslation(yes ? "activity.yes" : "activity.no"));
    }

    private Section enteredAnswers() {
        List<ActivityPage.EnteredAnswers> entered = page.answers();
        if (entered.isEmpty()) {
            return section("activity.entered.title", new Paragraph(getTranslation("activity.entered.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("activity-entered");
        for (ActivityPage.EnteredAnswers person : entered) {
            String about = getTranslation(
                    "activity.entered.person",
                    getTranslation("group." + person.group().name()),
                    person.ageBand() == null
                            ? getTranslation("activity.entered.no-age")
                            : getTranslation("age." + person.ageBand().name()),
                    person.questionsAnswered(),
                    getTranslation(person.words() ? "activity.entered.words" : "activity.entered.no-words"));
            Component reference = commissioner && person.referenceCode() != null
                    // By path: the item page sits in the workspace, above activities (decision 0043).
                    ? new RouterLink(
                            person.referenceCode(),
                            RouteLink.viewAt("staff/feedback/" + person.feedbackId()),
                            new RouteParameters("id", String.valueOf(person.feedbackId())))
                    : new Span(getTranslation("workspace.feedback.code-not-yours"));
            list.add(new ListItem(reference, new Span(" " + about)));
        }
        return section(
                "activity.entered.title",
                new Paragraph(getTranslation("activity.entered.count", entered.size())),
                list);
    }

    private Section section(String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? getTranslation("activity.list.page-title")
                : getTranslation("activity.page.page-title", page.title());
    }
}
