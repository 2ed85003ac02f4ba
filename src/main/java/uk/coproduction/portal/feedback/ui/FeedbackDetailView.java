package uk.coproduction.portal.feedback.ui;

import uk.coproduction.portal.base.ui.StaffLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.feedback.FeedbackDetail;
import uk.coproduction.portal.feedback.FeedbackReplyService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One piece of feedback: what the person said, and the commissioner's links and reply. */
@Route(value = "staff/feedback/:id", layout = StaffLayout.class)
@RolesAllowed(Roles.COMMISSIONER)
public class FeedbackDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackTriageService triage;
    private final List<ServiceSummary> services;
    private final List<ActionSummary> actions;

    private final ComboBox<ServiceSummary> service = new ComboBox<>();
    private final MultiSelectComboBox<ActionSummary> linkedActions = new MultiSelectComboBox<>();
    private final ReplySection replySection;
    private FeedbackDetail detail;

    FeedbackDetailView(FeedbackTriageService triage, FeedbackReplyService replies, ServiceCatalogue catalogue,
                       PlanService plans) {
        this.triage = triage;
        this.services = catalogue.activeServices();
        this.actions = plans.actions();
        addClassNames("page", "page-wide");

        service.setLabel(getTranslation("detail.service.label"));
        service.setItems(ServiceSummary::matches, services);
        service.setItemLabelGenerator(ServiceSummary::name);
        service.addClassName("wide-field");

        linkedActions.setLabel(getTranslation("detail.actions.label"));
        linkedActions.setItems((action, typed) -> action.label().toLowerCase().contains(typed.toLowerCase()), actions);
        linkedActions.setItemLabelGenerator(ActionSummary::label);
        linkedActions.addClassName("wide-field");

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
        add(new H1(getTranslation("detail.title", shown.referenceCode())), summary(shown), answers(shown),
                words(shown), linking(shown), replySection, history(shown));
    }

    private DescriptionList summary(FeedbackDetail d) {
        DescriptionList list = new DescriptionList();
        list.addClassName("summary-list");
        term(list, "detail.received", DisplayDates.dateTime(d.submittedAt(), getLocale()));
        term(list, "detail.service", d.serviceName() == null ? getTranslation("inbox.service-unknown") : d.serviceName());
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
            String said = (d.replyMadeSense() == null ? "" : getTranslation("detail.person-response.made-sense",
                    getTranslation("track.response.made-sense." + d.replyMadeSense().name())) + " ")
                    + (d.somethingChanged() == null ? "" : getTranslation("detail.person-response.changed",
                    getTranslation("track.response.changed." + d.somethingChanged().name())));
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
                    ? getTranslation("answer.SKIPPED") : getTranslation("answer." + answer.answer().name());
            if (answer.tellUsMore() != null) {
                given = given + ". " + getTranslation("detail.tell-us-more") + " " + answer.tellUsMore();
            }
            termText(list, answer.expectation(), given);
        }
        return new Section(new H2(getTranslation("detail.answers")), list);
    }

    private Section words(FeedbackDetail d) {
        Paragraph text = new Paragraph(d.comment() == null ? getTranslation("detail.no-words") : d.comment());
        text.addClassName("their-words");
        Section section = new Section(new H2(getTranslation("detail.words")), text);
        if (d.changeWanted() != null) {
            Paragraph change = new Paragraph(d.changeWanted());
            change.addClassName("their-words");
            section.add(new H3(getTranslation("detail.change-wanted")), change);
        }
        return section;
    }

    private Section linking(FeedbackDetail d) {
        service.setValue(services.stream().filter(s -> d.serviceId() != null && s.id() == d.serviceId())
                .findFirst().orElse(null));
        Button saveService = new Button(getTranslation("detail.service.save"), e -> saveService());
        Set<Long> linkedIds = d.linkedActions().stream().map(ActionSummary::id).collect(Collectors.toSet());
        linkedActions.setValue(actions.stream().filter(a -> linkedIds.contains(a.id())).collect(Collectors.toSet()));
        Button saveLinks = new Button(getTranslation("detail.actions.save"), e -> saveLinks());

        UnorderedList linked = new UnorderedList();
        d.linkedActions().forEach(a -> linked.add(new ListItem(a.label())));
        Section section = new Section(new H2(getTranslation("detail.linking")),
                new Paragraph(getTranslation("detail.linking.intro")), fieldWithAction(service, saveService), fieldWithAction(linkedActions, saveLinks));
        if (!d.linkedActions().isEmpty()) {
            section.add(new Paragraph(getTranslation("detail.actions.linked")), linked);
        }
        section.addClassName("form-section");
        return section;
    }

    private static Div fieldWithAction(Component field, Button action) {
        Div row = new Div(field, action);
        row.addClassName("field-with-action");
        return row;
    }

    private Section history(FeedbackDetail d) {
        UnorderedList list = new UnorderedList();
        for (FeedbackDetail.HistoryEntry entry : d.history()) {
            list.add(new ListItem(getTranslation("detail.history.entry",
                    DisplayDates.dateTime(entry.at(), getLocale()),
                    getTranslation("status." + entry.to().name()), entry.by())));
        }
        return new Section(new H2(getTranslation("detail.history")), list);
    }

    private void saveService() {
        if (service.getValue() == null) {
            service.setErrorMessage(getTranslation("detail.service.required"));
            service.setInvalid(true);
            service.focus();
            return;
        }
        service.setInvalid(false);
        show(triage.assignService(detail.id(), service.getValue().id()));
        saved("detail.service.saved");
    }

    private void saveLinks() {
        Set<Long> ids = linkedActions.getValue().stream().map(ActionSummary::id).collect(Collectors.toSet());
        show(triage.linkActions(detail.id(), ids));
        saved("detail.actions.saved");
    }

    private void saved(String messageKey) {
        Notification notification = Notification.show(getTranslation(messageKey), 4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("detail.page-title")
                : getTranslation("detail.title", detail.referenceCode());
    }
}
