package uk.coproduction.portal.frontline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.limits.CampaignAllowance;
import uk.coproduction.portal.base.ui.ArrivalGate;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.Honeypot;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.JourneySignals;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.frontline.FrontlineReceipt;
import uk.coproduction.portal.frontline.FrontlineSubmission;
import uk.coproduction.portal.frontline.FrontlineViewsService;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Frontline workers' views, without an account: which service they work in, their role, how well the service meets
 * each charter expectation from where they stand (in staff wording), and what gets in the way. A link per quarter
 * ({@code frontline?quarter=2026-Q4}) records the quarter; without one, the current quarter counts. English only.
 */
@StyleSheet("styles/frontline.css")
@Route("frontline")
@AnonymousAllowed
public class FrontlineJourneyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FrontlineViewsService frontline;
    private final ArrivalGate gate;
    /** When the page was opened: a form sent faster than a person could read it is held for review. */
    private final Instant opened;

    private final Clock clock;
    private final String submissionKey = UUID.randomUUID().toString();

    private final ErrorSummary errors = new ErrorSummary();
    private final Paragraph quarterText = new Paragraph();
    private final ComboBox<ServiceSummary> service = new ComboBox<>();
    private final TextField role = new TextField();
    private final Map<Expectation, RadioButtonGroup<RatingAnswer>> questions = new LinkedHashMap<>();
    private final TextArea blockers = new TextArea();
    private final Honeypot honeypot = new Honeypot();
    private final Button send = new Button();
    private @Nullable Quarter quarter;
    /** The campaign link this worker came through, if any (decision 0027). */
    private @Nullable Long campaign;

    FrontlineJourneyView(
            FrontlineViewsService frontline, ServiceCatalogue catalogue, CharterService charter, Clock clock) {
        this.frontline = frontline;
        this.clock = clock;
        this.opened = clock.instant();
        this.gate = new ArrivalGate();
        addClassNames("page", "frontline-journey");

        service.setLabel(getTranslation("frontline.service.label"));
        service.setHelperText(getTranslation("frontline.service.helper"));
        service.setItems(catalogue.activeServices());
        service.setItemLabelGenerator(ServiceSummary::name);
        service.setRequiredIndicatorVisible(true);
        service.addClassName("wide-field");

        role.setLabel(getTranslation("frontline.role.label"));
        role.setHelperText(getTranslation("frontline.role.helper"));
        role.setMaxLength(200);
        role.addClassName("wide-field");

        Section charterSection = new Section(
                new H2(getTranslation("frontline.charter.title")),
                new Paragraph(getTranslation("frontline.charter.intro")));
        charterSection.addClassName("form-section");
        for (Expectation expectation : charter.expectations()) {
            RadioButtonGroup<RatingAnswer> answer = new RadioButtonGroup<>();
            answer.setLabel(getTranslation("frontline.question." + expectation.position()));
            answer.setItems(RatingAnswer.values());
            answer.setItemLabelGenerator(a -> getTranslation("frontline.answer." + a.name()));
            answer.addClassName("frontline-question");
            questions.put(expectation, answer);
            charterSection.add(answer);
        }

        blockers.setLabel(getTranslation("frontline.blockers.label"));
        blockers.setHelperText(getTranslation("frontline.blockers.helper"));
        blockers.setMaxLength(TextInput.MAX_LENGTH);
        blockers.addClassName("wide-field");

        send.setText(getTranslation("frontline.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send());
        Div actions = new Div(send, gate);
        actions.addClassName("journey-actions");

        Section about = new Section(new H2(getTranslation("frontline.about.title")), service, role);
        about.addClassName("form-section");
        Section blocking = new Section(new H2(getTranslation("frontline.blockers.title")), blockers);
        blocking.addClassName("form-section");

        add(
                errors,
                new H1(getTranslation("frontline.title")),
                new Paragraph(getTranslation("frontline.intro")),
                quarterText,
                about,
                charterSection,
                blocking,
                honeypot,
                actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("quarter", List.of());
        quarter = asked.isEmpty() ? null : Quarter.parse(asked.getFirst()).orElse(null);
        campaign =
                CampaignAllowance.current().map(CampaignAllowance::campaignId).orElse(null);
        Quarter shown = quarter == null ? frontline.currentQuarter() : quarter;
        quarterText.setText(getTranslation("frontline.quarter", shown.toString()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frontline.title");
    }

    private void send() {
        errors.clear();
        List.<HasValidation>of(service, role, blockers).forEach(f -> f.setInvalid(false));
        gate.pass(send, this::sendNow);
    }

    private void sendNow() {
        Map<Long, RatingAnswer> ratings = new HashMap<>();
        questions.forEach((expectation, answer) -> {
            if (answer.getValue() != null) {
                ratings.put(expectation.id(), answer.getValue());
            }
        });
        try {
            FrontlineReceipt receipt = frontline.submit(
                    new FrontlineSubmission(
                            submissionKey,
                            service.getValue() == null
                                    ? null
                                    : service.getValue().id(),
                            role.getValue(),
                            quarter,
                            ratings,
                            blockers.getValue()),
                    new JourneySignals(honeypot.isFilled(), Duration.between(opened, clock.instant())),
                    campaign);
            getUI().ifPresent(ui -> ui.navigate(
                    FrontlineThanksView.class,
                    QueryParameters.of("quarter", receipt.quarter().toString())));
        } catch (InvalidInputException e) {
            for (InvalidInputException.Problem problem : e.problems()) {
                String message = getTranslation(problem.messageKey());
                switch (problem.field()) {
                    case "service" -> invalid(service, message);
                    case "role" -> invalid(role, message);
                    case "blockers" -> invalid(blockers, message);
                    default -> errors.add(message, questions.values().iterator().next());
                }
            }
            errors.show();
            send.setEnabled(true);
        }
    }

    private <F extends Component & HasValidation> void invalid(F field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        errors.add(message, field);
    }
}
