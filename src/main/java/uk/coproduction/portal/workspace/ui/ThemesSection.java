package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.themes.ThemeSuggestion;
import uk.coproduction.portal.themes.ThemeSummary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** On the detail page: the item's themes, removing one, adding one, and themes suggested by the person's words. */
class ThemesSection extends Section {

    private final ThemeService themes;
    private final long feedbackId;
    private final ComboBox<ThemeSummary> chooser = new ComboBox<>();

    ThemesSection(ThemeService themes, long feedbackId) {
        this.themes = themes;
        this.feedbackId = feedbackId;
        addClassNames("form-section", "triage-themes");
        chooser.setLabel(getTranslation("workspace.themes.section.choose"));
        chooser.setItemLabelGenerator(ThemeSummary::name);
        show(themes.themesOf(feedbackId));
    }

    private void show(List<ThemeSummary> tagged) {
        removeAll();
        add(new H2(getTranslation("workspace.themes.section.title")));
        if (tagged.isEmpty()) {
            add(new Paragraph(getTranslation("workspace.themes.section.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("triage-theme-list");
            for (ThemeSummary theme : tagged) {
                Button remove = new Button(
                        getTranslation("workspace.themes.section.remove", theme.name()),
                        e -> show(themes.untag(feedbackId, theme.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                list.add(new ListItem(new Span(theme.name()), remove));
            }
            add(list);
        }

        List<ThemeSuggestion> suggestions = themes.suggestions(feedbackId);
        if (!suggestions.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("triage-theme-suggestions");
            for (ThemeSuggestion suggestion : suggestions) {
                Button addIt = new Button(
                        getTranslation(
                                "workspace.themes.section.add-suggested",
                                suggestion.theme().name()),
                        e -> show(themes.tag(feedbackId, suggestion.theme().id())));
                list.add(new ListItem(
                        new Span(getTranslation(
                                "workspace.themes.section.because",
                                suggestion.theme().name(),
                                suggestion.matchedWord())),
                        addIt));
            }
            add(new H3(getTranslation("workspace.themes.section.suggested")), list);
        }

        Set<Long> taggedIds = tagged.stream().map(ThemeSummary::id).collect(Collectors.toSet());
        chooser.setItems(themes.activeThemes().stream()
                .filter(t -> !taggedIds.contains(t.id()))
                .toList());
        chooser.setInvalid(false);
        Button add = new Button(getTranslation("workspace.themes.section.add"), e -> addChosen());
        Div row = new Div(chooser, add);
        row.addClassName("field-with-action");
        add(row);
    }

    private void addChosen() {
        if (chooser.getValue() == null) {
            chooser.setErrorMessage(getTranslation("workspace.themes.error.choose"));
            chooser.setInvalid(true);
            chooser.focus();
            return;
        }
        try {
            List<ThemeSummary> tagged =
                    themes.tag(feedbackId, chooser.getValue().id());
            chooser.clear();
            show(tagged);
        } catch (InvalidInputException invalid) {
            chooser.setErrorMessage(getTranslation(invalid.problems().getFirst().messageKey()));
            chooser.setInvalid(true);
        }
    }
}
