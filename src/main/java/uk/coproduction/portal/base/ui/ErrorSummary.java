package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A GOV.UK-style error summary at the top of a form: what is wrong, each line taking the person to the field.
 * It takes focus when shown, so screen reader and keyboard users land on it.
 */
public class ErrorSummary extends Div {

    private final UnorderedList problems = new UnorderedList();

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        H2 title = new H2(getTranslation("form.error-summary.title"));
        add(title, problems);
        setVisible(false);
    }

    public void clear() {
        problems.removeAll();
        setVisible(false);
    }

    /** Adds a problem; choosing it moves focus to the field it is about. */
    public void add(String message, Component field) {
        Button goToField = new Button(message, e -> focus(field));
        goToField.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        goToField.addClassName("error-summary-link");
        problems.add(new ListItem(goToField));
        setVisible(true);
    }

    /** Focuses the field's own input (a radio group's chosen or first option). */
    private void focus(Component field) {
        getElement().executeJs("const input = $0.querySelector('input:checked, input, textarea'); (input || $0).focus();",
                field.getElement());
    }

    public void show() {
        if (isVisible()) {
            getElement().callJsFunction("focus");
        }
    }
}
