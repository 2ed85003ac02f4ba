package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import uk.coproduction.portal.base.InvalidInputException;

import java.util.Map;

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
        getElement()
                .executeJs(
                        "const input = $0.querySelector('input:checked, input, textarea'); (input || $0).focus();",
                        field.getElement());
    }

    /**
     * Each problem a service found, at its field (marked invalid with the message saying how to fix it) and as a
     * line here; then focus comes here. A problem about a field the form does not name goes to {@code otherwise}.
     * Nothing the person typed is touched.
     */
    public void show(InvalidInputException invalid, Map<String, ? extends Component> fields, Component otherwise) {
        for (InvalidInputException.Problem problem : invalid.problems()) {
            Component field = fields.containsKey(problem.field()) ? fields.get(problem.field()) : otherwise;
            String message = getTranslation(problem.messageKey());
            if (field instanceof HasValidation validated) {
                validated.setInvalid(true);
                validated.setErrorMessage(message);
            }
            add(message, field);
        }
        show();
    }

    public void show() {
        if (isVisible()) {
            getElement().callJsFunction("focus");
        }
    }
}
