package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.springframework.beans.factory.ObjectProvider;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.base.ui.ReadAloud;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * "Thank you": the reference code in large text, read aloud letter by letter, and ways to keep it (print, save).
 */
@Route("feedback/sent")
@AnonymousAllowed
class SentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ObjectProvider<AfterFeedbackSent> offers;

    SentView(ObjectProvider<AfterFeedbackSent> offers) {
        this.offers = offers;
        addClassNames("page", "confirmation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = JourneySession.sentReference().orElse(null);
        if (code == null) {
            event.forwardTo(TrackFeedbackView.class);
            return;
        }
        removeAll();
        H1 title = new H1(getTranslation("journey.sent.title"));
        Span codeText = new Span(code);
        codeText.addClassName("reference-code");
        codeText.setId("reference-code");
        Div codeBox = new Div(new Paragraph(getTranslation("journey.sent.code-intro")), codeText);
        codeBox.addClassName("reference-box");
        codeBox.setId("reference-box");
        // The heading that takes focus on arrival carries the reference code with it (WCAG 2.4.3, 4.1.3).
        title.getElement().setAttribute("aria-describedby", "reference-box");

        String spelled = code.chars()
                .mapToObj(c -> c == '-' ? getTranslation("journey.sent.dash") : String.valueOf((char) c))
                .collect(Collectors.joining(", "));
        ReadAloud readCode = new ReadAloud(
                getTranslation("journey.sent.code-intro") + " " + spelled + ".",
                getTranslation("journey.sent.read-code"));

        Button print = new Button(
                getTranslation("journey.sent.print"),
                Pictures.picture("print"),
                e -> getElement().executeJs("window.print()"));
        print.addClassName("keep-button");
        print.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        String secret = JourneySession.takeSecret().orElse(null);
        String fileText = getTranslation("journey.sent.file", code)
                + (secret == null ? "" : System.lineSeparator() + getTranslation("journey.sent.secret.file", secret));
        Anchor save = new Anchor(
                DownloadHandler.fromInputStream(download -> new DownloadResponse(
                        new ByteArrayInputStream(fileText.getBytes(StandardCharsets.UTF_8)),
                        "feedback-" + code + ".txt",
                        "text/plain;charset=UTF-8",
                        fileText.getBytes(StandardCharsets.UTF_8).length)),
                AttachmentType.DOWNLOAD,
                getTranslation("journey.sent.save"));
        save.addClassName("keep-link");
        Div keep = new Div(readCode, print, save);
        keep.addClassName("keep-actions");

        RouterLink track = new RouterLink(getTranslation("journey.sent.track"), TrackFeedbackView.class);
        add(Pictures.picture("sent"), title, Pictures.sentence("code", getTranslation("journey.sent.keep")), codeBox);
        if (secret != null) {
            add(secretBox(secret));
        }
        add(
                keep,
                Pictures.sentence("reply", getTranslation("journey.sent.next")),
                Pictures.sentence("track", getTranslation("journey.sent.track-intro")),
                track);
        offers.orderedStream().map(offer -> offer.offer(code)).forEach(this::add);
    }

    /**
     * The private code, shown this once: with the reference code it opens the person's words on "my data"
     * (decision 0017). Reloading the page does not show it again.
     */
    private Div secretBox(String secret) {
        Span secretText = new Span(secret);
        secretText.addClassName("reference-code");
        secretText.setId("private-code");
        String spelled = secret.chars()
                .mapToObj(c -> c == '-' ? getTranslation("journey.sent.dash") : String.valueOf((char) c))
                .collect(Collectors.joining(", "));
        Div box = new Div(
                Pictures.sentence("code", getTranslation("journey.sent.secret.intro")),
                secretText,
                new Paragraph(getTranslation("journey.sent.secret.keep")),
                new ReadAloud(
                        getTranslation("journey.sent.secret.intro") + " " + spelled + ".",
                        getTranslation("journey.sent.secret.read")));
        box.addClassName("reference-box");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", getTranslation("journey.sent.title"));
    }
}
