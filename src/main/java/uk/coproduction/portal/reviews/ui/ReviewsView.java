package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewSummary;

import java.util.List;

/**
 * The reviews of the services this commissioner covers (issue 21, decision 0047), and the way to open a new one.
 * Same role as {@link ReviewService}.
 */
@Route(value = ReviewsView.ROUTE, layout = StaffLayout.class)
@Menu(title = "nav.workspace.reviews", order = 215)
@RolesAllowed(Roles.COMMISSIONER)
public class ReviewsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "staff/reviews";

    ReviewsView(ReviewService reviews) {
        addClassNames("page", "page-wide", "reviews-page");
        add(
                new H1(getTranslation("workspace.reviews.title")),
                new Paragraph(getTranslation("workspace.reviews.intro")));
        RouterLink open = new RouterLink(
                getTranslation("workspace.reviews.open-new"), ReviewView.class, ReviewView.parameters("new"));
        open.addClassName("primary-link");
        add(new Paragraph(open), new H2(getTranslation("workspace.reviews.list.title")));
        List<ReviewSummary> all = reviews.myReviews();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.reviews.list.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("review-list");
        for (ReviewSummary review : all) {
            RouterLink link = new RouterLink(
                    review.title(), ReviewView.class, ReviewView.parameters(String.valueOf(review.id())));
            Paragraph facts = new Paragraph(getTranslation(
                    "workspace.reviews.list.facts",
                    review.serviceName(),
                    getTranslation("workspace.reviews.kind." + review.kind().name()),
                    getTranslation("workspace.reviews.state." + review.state().name()),
                    DisplayDates.date(review.opensOn(), getLocale()),
                    DisplayDates.date(review.closesOn(), getLocale())));
            list.add(new ListItem(link, facts));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.reviews.title");
    }
}
