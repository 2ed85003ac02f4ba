package uk.coproduction.portal.help.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.ui.Pictures;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Display settings, kept on this device: larger text, high contrast, calm mode, and reading aloud what you
 * choose. They apply at once, on every page, and next time too (META-INF/resources/scripts/portal.js).
 */
@Route("settings")
@AnonymousAllowed
public class DisplaySettingsView extends Div implements HasDynamicTitle {

    /** Setting name in scripts/portal.js to its words. */
    private static final String[] SETTINGS = {"largeText", "highContrast", "calm", "speakOnFocus"};

    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();

    DisplaySettingsView() {
        addClassNames("page", "settings-page");
        add(new H1(getTranslation("settings.title")), Pictures.sentence("settings", getTranslation("settings.intro")));
        Div list = new Div();
        list.addClassName("settings-list");
        for (String setting : SETTINGS) {
            Checkbox box = new Checkbox(getTranslation("settings." + setting));
            box.setHelperText(getTranslation("settings." + setting + ".helper"));
            box.addClassName("setting");
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    getElement().executeJs("window.portalDisplay.set($0, $1)", setting, e.getValue());
                }
            });
            boxes.put(setting, box);
            list.add(box);
        }
        Button back = new Button(
                getTranslation("settings.back"),
                e -> getElement().executeJs("history.length > 1 ? history.back() : location.assign('./')"));
        back.addClassName("settings-back");
        add(list, Pictures.sentence("code", getTranslation("settings.remembered")), back);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        boxes.forEach((setting, box) -> getElement()
                .executeJs("return !!(window.portalDisplay && window.portalDisplay.get()[$0])", setting)
                .then(Boolean.class, on -> box.setValue(Boolean.TRUE.equals(on))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", getTranslation("settings.title"));
    }
}
