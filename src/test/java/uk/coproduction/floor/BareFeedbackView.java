package uk.coproduction.floor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** A heading, a radio group, a text area and two buttons: the resident's first page at its barest. */
@Route("feedback")
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
