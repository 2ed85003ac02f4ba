package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * A button that reads words aloud with the browser's own speech synthesis (defined in META-INF/resources/scripts/portal.js).
 * Nothing leaves the device. Hidden where the browser cannot speak.
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
        getElement().setAttribute("stop-label", getTranslation("read-aloud.stop"));
        getElement().getClassList().add("read-aloud");
    }

    public final void setText(String text) {
        getElement().setAttribute("text", text == null ? "" : text);
    }

    public String getText() {
        return getElement().getAttribute("text");
    }
}
