package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import org.springframework.security.access.AccessDeniedException;
import uk.coproduction.portal.reviews.ReviewReport;
import uk.coproduction.portal.reviews.ReviewReports;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The reviews of a service on the service's page (one line there: {@code ServiceReviews.of(page.id())}), each with its
 * days, residents counted and share of positive charter answers, and a link to its report. Empty for anyone who does
 * not cover the service (the review's own scope).
 */
public class ServiceReviews extends Section {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    ServiceReviews(List<ReviewReport.Headline> headlines) {
        addClassName("service-reviews");
        add(new H2(getTranslation("staff.review-report.service-title")));
        if (headlines.isEmpty()) {
            add(new Paragraph(getTranslation("staff.review-report.service-none")));
            return;
        }
        String fewer = getTranslation("evidence.fewer-than-5");
        UnorderedList list = new UnorderedList();
        for (ReviewReport.Headline headline : headlines) {
            list.add(new ListItem(new RouterLink(headline.review().title(), ReviewReportView.class,
                    new RouteParameters("id", String.valueOf(headline.review().id()))),
                    new Span(" " + getTranslation("staff.review-report.service-line",
                            DAY.format(headline.review().opensOn()), DAY.format(headline.review().closesOn()),
                            headline.people().format(fewer),
                            headline.positive().formatPercent(fewer, getTranslation("pack.review.report.none"))))));
        }
        add(list);
    }

    /** The section for a service, or an empty one when the signed-in person does not cover it. */
    public static Section of(long serviceId) {
        ReviewReports reports = VaadinService.getCurrent().getInstantiator().getOrCreate(ReviewReports.class);
        try {
            return new ServiceReviews(reports.headlines(serviceId));
        } catch (AccessDeniedException e) {
            Section nothing = new Section();
            nothing.setVisible(false);
            return nothing;
        }
    }
}
