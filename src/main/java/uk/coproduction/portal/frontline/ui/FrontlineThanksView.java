package uk.coproduction.portal.frontline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.calendar.Quarter;

import java.util.List;

/** The confirmation after a frontline worker sends their view: it arrived, and which quarter it counts for. */
@Route("frontline/thanks")
@AnonymousAllowed
public class FrontlineThanksView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph counts = new Paragraph();

    FrontlineThanksView() {
        addClassNames("page", "frontline-thanks");
        H1 title = new H1(getTranslation("frontline.thanks.title"));
        RouterLink another = new RouterLink(getTranslation("frontline.thanks.another"), FrontlineJourneyView.class);
        add(title, counts, new Paragraph(getTranslation("frontline.thanks.what-next")), another);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("quarter", List.of());
        counts.setText(
                asked.isEmpty()
                        ? getTranslation("frontline.thanks.sent")
                        : Quarter.parse(asked.getFirst())
                                .map(q -> getTranslation("frontline.thanks.counts", q.toString()))
                                .orElse(getTranslation("frontline.thanks.sent")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frontline.thanks.title");
    }
}
