package uk.coproduction.portal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.ui.StartFeedbackView;
import uk.coproduction.portal.feedback.ui.TrackFeedbackView;
import uk.coproduction.portal.yousaid.ui.YouSaidWeDidListView;

/** The front door: what the portal is for, and the two things a resident can do. */
@Route("")
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    HomeView(CharterService charter) {
        addClassName("page");
        H1 title = new H1(getTranslation("home.title"));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));

        RouterLink give = new RouterLink(getTranslation("home.give"), StartFeedbackView.class);
        give.addClassNames("action-card", "action-card-primary");
        RouterLink track = new RouterLink(getTranslation("home.track"), TrackFeedbackView.class);
        track.addClassName("action-card");
        RouterLink youSaid = new RouterLink(getTranslation("home.yousaid"), YouSaidWeDidListView.class);
        youSaid.addClassName("action-card");
        Div actions = new Div(give, track, youSaid);
        actions.addClassName("action-cards");

        OrderedList promises = new OrderedList();
        for (Expectation expectation : charter.expectations()) {
            promises.add(new ListItem(getTranslation("charter." + expectation.position() + ".title")));
        }
        promises.addClassName("charter-list");
        Section charterSection = new Section(
                new H2(getTranslation("home.charter.title")),
                new Paragraph(getTranslation("home.charter.intro")),
                promises);

        add(title, intro, actions, charterSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
