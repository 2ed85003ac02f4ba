package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceCategory;
import uk.coproduction.portal.services.ServiceSummary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Which service is it about?" Found by typing a plain word ("speech", "short breaks", "nurse") or by choosing a
 * picture; "I'm not sure" is always a choice.
 */
@Route("feedback/service")
@AnonymousAllowed
class ServiceStepView extends JourneyPage {

    /** A choice in the list: a service, or "I'm not sure" (no id). */
    record Choice(Long id, String name, String description) {}

    private final List<ServiceSummary> services;
    private final RadioButtonGroup<Choice> choices = new RadioButtonGroup<>();
    private final TextField search = new TextField();
    private final Map<ServiceCategory, Button> categoryButtons = new EnumMap<>(ServiceCategory.class);
    private ServiceCategory category;
    private Choice notSure;

    ServiceStepView(FeedbackDraftService drafts, ServiceCatalogue catalogue) {
        super(drafts);
        this.services = catalogue.activeServices();
    }

    @Override
    protected String path() {
        return JourneySteps.SERVICE;
    }

    @Override
    protected String heading() {
        return getTranslation("journey.service.question");
    }

    @Override
    protected String picture() {
        return "service";
    }

    @Override
    protected void buildAnswer(Div answer) {
        notSure = new Choice(null, getTranslation("journey.service.not-sure"), null);
        search.setLabel(getTranslation("journey.service.search.label"));
        search.setHelperText(getTranslation("journey.service.search.helper"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.addClassName("wide-field");
        search.addValueChangeListener(e -> {
            category = null;
            showMatches();
        });
        search.addKeyDownListener(Key.ENTER, e -> showMatches());

        Div pictures = new Div();
        pictures.addClassName("category-buttons");
        for (ServiceCategory each : ServiceCategory.values()) {
            Button button = new Button(getTranslation("category." + each.name()), Pictures.picture(each.picture()));
            button.addClassName("category-button");
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClickListener(e -> chooseCategory(each));
            categoryButtons.put(each, button);
            pictures.add(button);
        }

        choices.setLabel(getTranslation("journey.service.choices"));
        choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choices.setItemLabelGenerator(Choice::name);
        choices.setRenderer(new ComponentRenderer<Component, Choice>(this::choiceLabel));
        choices.addClassName("service-choices");
        field("service", choices);

        answer.add(
                Pictures.sentence("write", getTranslation("journey.service.intro")),
                search,
                new H2(getTranslation("journey.service.pictures")),
                pictures,
                choices);
        showMatches();
        if (draft.serviceAnswered()) {
            choices.setValue(currentChoice());
        }
    }

    private Component choiceLabel(Choice choice) {
        Span name = new Span(choice.name());
        name.addClassName("choice-name");
        if (choice.description() == null) {
            return name;
        }
        Span hint = new Span(choice.description());
        hint.addClassName("choice-hint");
        return new Span(name, hint);
    }

    private void chooseCategory(ServiceCategory chosen) {
        category = Objects.equals(category, chosen) ? null : chosen;
        categoryButtons.forEach(
                (each, button) -> button.getElement().setAttribute("aria-pressed", String.valueOf(each == category)));
        showMatches();
    }

    private void showMatches() {
        Choice chosen = choices.getValue();
        List<Choice> items = new ArrayList<>();
        String typed = search.getValue();
        boolean looking = category != null || (typed != null && !typed.isBlank());
        for (ServiceSummary service : services) {
            boolean matches = category != null ? service.category() == category : looking && service.matches(typed);
            if (matches || (chosen != null && Objects.equals(chosen.id(), service.id()))) {
                items.add(new Choice(service.id(), service.name(), service.description()));
            }
        }
        if (!looking
                && draft.serviceId() != null
                && items.stream().noneMatch(c -> draft.serviceId().equals(c.id()))) {
            items.add(new Choice(draft.serviceId(), draft.serviceName(), null));
        }
        items.add(notSure);
        choices.setItems(items);
        if (chosen != null) {
            items.stream()
                    .filter(c -> Objects.equals(c.id(), chosen.id()))
                    .findFirst()
                    .ifPresent(choices::setValue);
        }
        long found = items.size() - 1L;
        choices.setHelperText(
                looking
                        ? getTranslation("journey.service.found", found)
                        : getTranslation("journey.service.start-typing"));
    }

    private Choice currentChoice() {
        if (draft.serviceId() == null) {
            return notSure;
        }
        return choices.getListDataView()
                .getItems()
                .filter(c -> draft.serviceId().equals(c.id()))
                .findFirst()
                .orElse(notSure);
    }

    @Override
    protected DraftSnapshot save() {
        Choice chosen = choices.getValue();
        if (chosen == null) {
            throw InvalidInputException.of("service", "journey.service.error.choose");
        }
        return drafts.chooseService(draft.returnCode(), chosen.id());
    }

    @Override
    protected String textToRead() {
        return heading() + ". " + getTranslation("journey.service.intro");
    }
}
