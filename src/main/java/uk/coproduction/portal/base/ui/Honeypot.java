package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * A field people never see or reach (off screen, hidden from screen readers, out of the Tab order) that form-filling
 * bots fill in. A filled honeypot means a bot: the page does nothing and says something kind and vague.
 */
@Tag("div")
public class Honeypot extends Component {

    private final Element input = new Element("input");

    public Honeypot() {
        getElement().getClassList().add("honeypot");
        getElement().setAttribute("aria-hidden", "true");
        input.setAttribute("type", "text");
        input.setAttribute("name", "website");
        input.setAttribute("tabindex", "-1");
        input.setAttribute("autocomplete", "off");
        input.addPropertyChangeListener("value", "change", e -> {});
        getElement().appendChild(input);
    }

    public boolean isFilled() {
        String value = input.getProperty("value", "");
        return !value.isBlank();
    }
}
