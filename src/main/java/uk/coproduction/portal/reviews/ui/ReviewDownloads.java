package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import uk.coproduction.portal.reviews.ReviewAudience;
import uk.coproduction.portal.reviews.ReviewDocument;
import uk.coproduction.portal.reviews.ReviewPoster;
import uk.coproduction.portal.reviews.ReviewReportDocument;
import uk.coproduction.portal.reviews.ReviewSummary;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A review's printed things, for the commissioner's review page (one line there: {@code add(ReviewDownloads.of(review))}):
 * each audience's A4 poster, the report PDF and a link to the report page. Each PDF is made when it is asked for,
 * under the person's own access (the services check the scope again).
 */
public class ReviewDownloads extends Div {

    ReviewDownloads(ReviewSummary review, ReviewPoster posters, ReviewReportDocument reports, boolean linkToReport) {
        addClassName("review-downloads");
        add(new H2(getTranslation("staff.review-report.downloads")));
        UnorderedList list = new UnorderedList();
        for (ReviewAudience audience : review.audiences()) {
            list.add(new ListItem(download(
                    getTranslation(
                            "staff.review-report.poster", getTranslation("pack.review.audience." + audience.name())),
                    () -> posters.poster(review.id(), audience))));
        }
        list.add(new ListItem(
                download(getTranslation("staff.review-report.report-pdf"), () -> reports.report(review.id()))));
        if (linkToReport) {
            list.add(new ListItem(new RouterLink(
                    getTranslation("staff.review-report.open"),
                    ReviewReportView.class,
                    new RouteParameters("id", String.valueOf(review.id())))));
        }
        add(list);
    }

    /** The downloads for a review page, with the services from the application. */
    public static ReviewDownloads of(ReviewSummary review) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        return new ReviewDownloads(
                review,
                instantiator.getOrCreate(ReviewPoster.class),
                instantiator.getOrCreate(ReviewReportDocument.class),
                true);
    }

    private static Anchor download(String words, Supplier<ReviewDocument> make) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ReviewDocument document = make.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(document.pdf()),
                            document.fileName(),
                            "application/pdf",
                            document.pdf().length);
                }),
                words);
        anchor.getElement().setAttribute("download", true);
        anchor.setTarget(AnchorTarget.DEFAULT);
        return anchor;
    }
}
