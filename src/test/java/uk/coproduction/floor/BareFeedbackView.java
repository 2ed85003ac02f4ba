package uk.coproduction.floor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;

/**
 * A heading, a radio group, a text area and two buttons: the resident's first page at its barest. Its route is
 * registered by {@link BareVaadinApp} when that app starts, not by {@code @Route}: the portal's browserless tests scan
 * every class on the test class path for routes, and two views at {@code feedback} stopped them all.
 */
@PageTitle("Tell us what you think")
public class BareFeedbackView extends Main {

    public BareFeedbackView() {
        RadioButtonGroup<String> who = new RadioButtonGroup<>("Who are you?");
        who.setItems("A young person", "A parent or carer", "An adult who wants Easy Read");
        TextArea words = new TextArea("What do you want to tell us?");
        Button start = new Button("Start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        Button carryOn = new Button("Continue where I left off");
        add(new H1("Tell us what you think of a service"), who, words, start, carryOn);
    }
}
