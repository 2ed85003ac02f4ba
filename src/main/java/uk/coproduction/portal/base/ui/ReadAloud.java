package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * A button that reads words aloud with the browser's own speech synthesis (defined in
 * META-INF/resources/scripts/portal.js). Nothing leaves the device. Its name stays the same; whether it is reading is
 * its pressed state. Every word it may show — Pause, Stop, and the message for a device that cannot read aloud with
 * how to turn reading aloud on — comes from here, in the page's language (decision 0024). Hidden only where the
 * browser has no speech synthesis at all.
 */
@Tag("portal-read-aloud")
public class ReadAloud extends Component {

    /**
     * @param text  the words to read
     * @param label what the button says, such as "Read the question aloud"
     */
    public ReadAloud(String text, String label) {
        setText(text);
        getElement().setAttribute("label", label);
        getElement().setAttribute("pause-label", getTranslation("read-aloud.pause"));
        getElement().setAttribute("stop-label", getTranslation("read-aloud.stop"));
        getElement().setAttribute("now-reading-label", getTranslation("read-aloud.now-reading"));
        getElement().setAttribute("no-voices-message", getTranslation("read-aloud.no-voices"));
        getElement().setAttribute("no-language-voice-message", getTranslation("read-aloud.no-language-voice"));
        getElement().setAttribute("failed-message", getTranslation("read-aloud.failed"));
        getElement().setAttribute("how-to-message", getTranslation("read-aloud.how-to"));
        // Shown beside the message in Easy Read only, as every Easy Read sentence has its picture (portal.css).
        getElement().setAttribute("message-picture", "images/pictures/speaker.svg");
        getElement().getClassList().add("read-aloud");
    }

    public final void setText(String text) {
        getElement().setAttribute("text", text == null ? "" : text);
    }

    public String getText() {
        return getElement().getAttribute("text");
    }
}
