package uk.coproduction.portal.reviews;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.campaigns.CampaignQrCode;
import uk.coproduction.portal.packs.TaggedPdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A printable A4 poster for one audience of a review (issue 21): the review's name, who it is for, the service, the
 * closing date, Easy Read sentences each beside one of the portal's own pictures, and the audience's own link as a
 * QR code (ZXing, as campaign posters) with the link printed under it for anyone who cannot scan. Tagged like an
 * evidence pack (PDF/UA-1): the QR code and each picture are figures with alternative text.
 */
@Service
public class ReviewPoster {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String PICTURES = "/META-INF/resources/images/pictures/";
    private static final String STYLE = """
            @page { margin: 36pt 44pt 48pt 44pt; }
            h1 { font-size: 26pt; margin: 0 0 6pt 0; }
            h2 { font-size: 16pt; margin: 8pt 0 2pt 0; }
            p.for { font-size: 18pt; font-weight: bold; margin: 0 0 3pt 0; }
            p.service, p.closes { font-size: 15pt; margin: 0 0 3pt 0; }
            p.closes { font-weight: bold; }
            table.easy { width: 100%; border-collapse: collapse; margin: 2pt 0 2pt 0; }
            table.easy td { border: none; font-size: 15pt; line-height: 1.25; padding: 2pt 6pt 2pt 0; vertical-align: middle; }
            table.easy td.picture { width: 40pt; }
            div.qr { margin: 4pt 0 0 0; }
            div.qr svg { display: block; margin: 0 auto; }
            p.link { text-align: center; font-size: 12pt; font-weight: bold; margin: 0; }
            """;

    private final ReviewService reviews;
    private final TaggedPdf pdf;
    private final I18NProvider translations;
    private final AuditLog audit;

    ReviewPoster(ReviewService reviews, TaggedPdf pdf, I18NProvider translations, AuditLog audit) {
        this.reviews = reviews;
        this.pdf = pdf;
        this.translations = translations;
        this.audit = audit;
    }

    /** The poster for one audience the review asks (a commissioner who covers the service). */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public ReviewDocument poster(long reviewId, ReviewAudience audience) {
        ReviewSummary review = reviews.summary(reviewId);
        AudienceLink link = reviews.links(reviewId).stream()
                .filter(l -> l.audience() == audience)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("audience", "pack.review.poster.error.audience"));
        String who = text("pack.review.audience." + audience.name());
        String closes = DAY.format(review.closesOn());
        String title = text("pack.review.poster.title", review.title(), who);
        TaggedPdf.Made made =
                pdf.render(title, text("pack.review.poster.subject"), text("pack.footer.page"), STYLE, html -> {
                    html.element("h1", review.title());
                    html.element("p", text("pack.review.poster.for", who), "class", "for");
                    html.element("p", text("pack.review.poster.service", review.serviceName()), "class", "service");
                    html.element("p", text("pack.review.poster.closes", closes), "class", "closes");
                    html.element("h2", text("pack.review.poster.easy-title"));
                    html.open("table", "class", "easy").open("tbody");
                    for (Sentence sentence : List.of(
                            new Sentence("service", text("pack.review.poster.easy.about", review.serviceName())),
                            new Sentence("person", text("pack.review.poster.easy.you")),
                            new Sentence("phone", text("pack.review.poster.easy.scan")),
                            new Sentence("check", text("pack.review.poster.easy.choice")),
                            new Sentence("help", text("pack.review.poster.easy.help")),
                            new Sentence("track", text("pack.review.poster.easy.closes", closes)))) {
                        html.open("tr").open("td", "class", "picture");
                        html.drawing(
                                picture(sentence.picture()),
                                34,
                                34,
                                text("pack.review.poster.picture." + sentence.picture()));
                        html.close("td").element("td", sentence.words()).close("tr");
                    }
                    html.close("tbody").close("table");
                    html.open("div", "class", "qr");
                    html.drawing(
                            CampaignQrCode.of(link.url()).svg(text("pack.review.poster.qr-alt", review.title())),
                            200,
                            200,
                            text("pack.review.poster.qr-alt", review.title()));
                    html.close("div");
                    html.element("p", text("pack.review.poster.or-type"), "class", "link");
                    html.element("p", link.url(), "class", "link");
                });
        audit.record(
                "EXPORT",
                "REVIEW_POSTER",
                reviewId,
                "Review poster (PDF, " + audience + ", " + made.pages() + " pages): " + review.title());
        return new ReviewDocument(
                made.title(), "review-poster-" + reviewId + "-" + audience.key() + ".pdf", made.pdf(), made.pages());
    }

    private String text(String key, Object... args) {
        return translations.getTranslation(key, Languages.ENGLISH, args);
    }

    /** One of the portal's own Easy Read pictures, drawn inline (the document fetches nothing). */
    static String picture(String name) {
        try (InputStream in = ReviewPoster.class.getResourceAsStream(PICTURES + name + ".svg")) {
            if (in == null) {
                throw new IllegalStateException("No picture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Sentence(String picture, String words) {}
}
