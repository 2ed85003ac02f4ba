package uk.coproduction.portal.activities.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import uk.coproduction.portal.activities.ActivityListItem;
import uk.coproduction.portal.base.ui.DisplayDates;

import java.util.List;

/**
 * The coproduction activities concerning a service, for its page: date, title (a link to the activity for
 * commissioners), kind, stage, number of people and the Lundy check.
 */
public class ServiceActivitiesSection extends Section {

    public ServiceActivitiesSection(List<ActivityListItem> activities, boolean linked) {
        add(new H2(getTranslation("workspace.service.activities")));
        if (activities.isEmpty()) {
            add(new Paragraph(getTranslation("activity.service.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("activity-service-list");
        for (ActivityListItem activity : activities) {
            ListItem item = new ListItem();
            Span date = new Span(DisplayDates.date(activity.heldOn(), getLocale()));
            date.addClassName("activity-service-date");
            item.add(
                    date,
                    linked
                            ? new RouterLink(
                                    activity.title(),
                                    ActivityView.class,
                                    new RouteParameters("id", String.valueOf(activity.id())))
                            : new Span(activity.title()));
            item.add(new Paragraph(getTranslation(
                    "activity.service.summary",
                    getTranslation("activity.kind." + activity.kind().name()),
                    getTranslation("workspace.stage." + activity.stage().name()),
                    activity.people(),
                    LundySummary.of(activity.lundy(), this))));
            list.add(item);
        }
        add(list);
    }
}
