package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.limits.Admission;
import uk.coproduction.portal.base.limits.Arrival;
import uk.coproduction.portal.base.limits.ArrivalCheckNeeded;

/**
 * Runs a step of a journey whose service counts it against the limits and, past them, lets the browser do the
 * small check (portal.js)
 * while a calm status message says what is happening and why (a polite live region, so a screen reader reads it
 * without moving the person). The person has nothing to do and no time limit; focus stays where it was and
 * everything typed on the page stays as it is. When the check passes, the journey goes ahead on its own.
 */
public class ArrivalGate extends Div {

    /** A check is running: a second press waits for it rather than asking for another. */
    private boolean checking;

    public ArrivalGate() {
        addClassName("arrival-gate");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    /**
     * Runs {@code go}, whose service call counts the arrival against its journey's limits (decision 0044); past
     * them the service does nothing and asks for the check, which this gate runs before calling {@code go} again.
     *
     * @param pressed the button the person pressed, or null; a button that disables itself on click is enabled
     *                and focused again while the check runs, so the keyboard's place on the page is not lost
     * @param go      the person's action, beginning with the service call (so nothing happens twice)
     */
    public void pass(@Nullable Button pressed, Runnable go) {
        if (checking) {
            keepFocus(pressed);
            return;
        }
        setText("");
        try {
            go.run();
        } catch (ArrivalCheckNeeded needed) {
            check(needed.admission(), pressed, go);
        }
    }

    private void check(Admission admission, @Nullable Button pressed, Runnable go) {
        checking = true;
        keepFocus(pressed);
        setText(getTranslation(
                admission.reason() == Admission.Reason.ADDRESS ? "limits.check.address" : "limits.check.browser"));
        getElement()
                .executeJs("return window.portalProveWork($0)", admission.challenge())
                .then(
                        String.class,
                        answer -> {
                            checking = false;
                            setText(getTranslation("limits.check.done"));
                            try {
                                Arrival.during(Arrival.current(answer), () -> {
                                    go.run();
                                    return null;
                                });
                            } catch (ArrivalCheckNeeded stillNeeded) {
                                couldNotCheck(pressed);
                            }
                        },
                        error -> {
                            checking = false;
                            couldNotCheck(pressed);
                        });
    }

    /** True while the browser is doing the check. */
    public boolean isChecking() {
        return checking;
    }

    private void couldNotCheck(@Nullable Button pressed) {
        setText(getTranslation("limits.check.failed"));
        keepFocus(pressed);
    }

    private static void keepFocus(@Nullable Button pressed) {
        if (pressed != null && !pressed.isEnabled()) {
            pressed.setEnabled(true);
            pressed.focus();
        }
    }
}
