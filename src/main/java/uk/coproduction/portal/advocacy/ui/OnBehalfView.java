package uk.coproduction.portal.advocacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.advocacy.AdvocacyService;
import uk.coproduction.portal.advocacy.ConsentBasis;
import uk.coproduction.portal.advocacy.GatheringMethod;
import uk.coproduction.portal.advocacy.OnBehalfSubmission;
import uk.coproduction.portal.advocacy.PersonsAge;
import uk.coproduction.portal.advocacy.ReadBack;
import uk.coproduction.portal.advocacy.ReadBackSummary;
import uk.coproduction.portal.advocacy.WordsSource;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.services.AreaSummary;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An advocate sends a person's views on their behalf: the charter questions, the person's words (marked as their own
 * or the advocate's summary), how consent was given and how the views were gathered. Before sending, an Easy Read
 * summary to read back (or print) and a record of whether the person agreed with it. Built for the keyboard: one
 * column in reading order, every field with a visible label.
 */
@Route(value = "staff/advocacy/new", layout = StaffLayout.class)
@Menu(title = "nav.workspace.advocacy.new", order = 710)
@RolesAllowed(Roles.ADVOCATE)
public class OnBehalfView extends Div implements HasDynamicTitle {

    /** A choice meaning "not known" or "not asked", where the rest of the choices are enum names. */
    static final String NOT_KNOWN = "NOT_KNOWN";

    private final AdvocacyService advocacy;
    /** Chosen when the form opens: sending twice (a double click) stores the feedback once. */
    private final String submissionKey = UUID.randomUUID().toString();

    private final ErrorSummary errors = new ErrorSummary();
    private final Map<String, Component> fields = new HashMap<>();

    private final ComboBox<ServiceSummary> service = new ComboBox<>();
    private final RadioButtonGroup<String> area = new RadioButtonGroup<>();
    private final Map<String, Long> areaIds = new HashMap<>();
    private final RadioButtonGroup<RespondentGroup> group = new RadioButtonGroup<>();
    private final RadioButtonGroup<PersonsAge> personsAge = new RadioButtonGroup<>();
    private final RadioButtonGroup<ConsentBasis> consent = new RadioButtonGroup<>();
    private final Checkbox gillickConfirmed = new Checkbox();
    private final Checkbox lacksCapacityConfirmed = new Checkbox();
    private final TextField bestInterestsBy = new TextField();
    private final CheckboxGroup<GatheringMethod> gathered = new CheckboxGroup<>();
    private final RadioButtonGroup<Wording> wording = new RadioButtonGroup<>();
    private final Map<Expectation, RadioButtonGroup<String>> questions = new LinkedHashMap<>();
    private final TextArea comment = new TextArea();
    private final RadioButtonGroup<WordsSource> commentSource = new RadioButtonGroup<>();
    private final TextArea changeWanted = new TextArea();
    private final RadioButtonGroup<WordsSource> changeSource = new RadioButtonGroup<>();

    private final Div form = new Div();
    private final Div readBackStep = new Div();
    private final Div sheet = new Div();
    private final H2 readBackTitle = new H2();
    private final RadioButtonGroup<ReadBack> readBack = new RadioButtonGroup<>();
    private final Button send = new Button();

    OnBehalfView(AdvocacyService advocacy, CharterService charter, ServiceCatalogue catalogue) {
        this.advocacy = advocacy;
        addClassNames("page", "advocacy-on-behalf");

        buildForm(charter.expectations(), catalogue.activeServices(), catalogue.areas());
        buildReadBackStep();
        readBackStep.setVisible(false);
        H1 title = new H1(getTranslation("advocacy.new.title"));
        title.addClassName("advocacy-no-print");
        add(title, errors, form, readBackStep);
    }

    private void buildForm(List<Expectation> expectations, List<ServiceSummary> services, List<AreaSummary> areas) {
        // Asked first: the person's age decides which consent can be recorded (decision 0039).
        personsAge.setLabel(getTranslation("advocacy.new.persons-age"));
        personsAge.setHelperText(getTranslation("advocacy.new.persons-age.helper"));
        personsAge.setItems(PersonsAge.values());
        personsAge.setItemLabelGenerator(a -> getTranslation("advocacy.age." + a.name()));
        personsAge.setRequiredIndicatorVisible(true);
        personsAge.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        field("personsAge", personsAge);

        service.setLabel(getTranslation("advocacy.new.service"));
        service.setItems(services);
        service.setItemLabelGenerator(ServiceSummary::name);
        service.setRequiredIndicatorVisible(true);
        service.setHelperText(getTranslation("advocacy.new.service.helper"));
        service.addClassName("wide-field");
        field("service", service);

        List<String> areaChoices = new ArrayList<>();
        for (AreaSummary a : areas) {
            areaChoices.add(a.code());
            areaIds.put(a.code(), a.id());
        }
        areaChoices.add(NOT_KNOWN);
        Map<String, String> areaNames = new HashMap<>();
        areas.forEach(a -> areaNames.put(a.code(), a.name()));
        area.setLabel(getTranslation("advocacy.new.area"));
        area.setItems(areaChoices);
        area.setItemLabelGenerator(
                code -> NOT_KNOWN.equals(code) ? getTranslation("advocacy.new.not-known") : areaNames.get(code));
        area.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        field("area", area);

        group.setLabel(getTranslation("advocacy.new.group"));
        group.setItems(RespondentGroup.values());
        group.setItemLabelGenerator(g -> getTranslation("group." + g.name()));
        group.setRequiredIndicatorVisible(true);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        field("respondentGroup", group);

        Section about = section("advocacy.new.about", personsAge, service, area, group);

        consent.setLabel(getTranslation("advocacy.new.consent"));
        consent.setItems(ConsentBasis.values());
        consent.setItemLabelGenerator(c -> getTranslation("advocacy.consent." + c.name()));
        consent.setRequiredIndicatorVisible(true);
        consent.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        consent.setHelperText(getTranslation("advocacy.new.consent.rule.unknown-age"));
        field("consent", consent);
        gillickConfirmed.setLabel(getTranslation("advocacy.new.gillick-confirmed"));
        gillickConfirmed.setVisible(false);
        field("gillickConfirmed", gillickConfirmed);
        lacksCapacityConfirmed.setLabel(getTranslation("advocacy.new.lacks-capacity-confirmed"));
        lacksCapacityConfirmed.setVisible(false);
        field("lacksCapacityConfirmed", lacksCapacityConfirmed);
        bestInterestsBy.setLabel(getTranslation("advocacy.new.best-interests-by"));
        bestInterestsBy.setHelperText(getTranslation("advocacy.new.best-interests-by.helper"));
        bestInterestsBy.setMaxLength(200);
        bestInterestsBy.setRequiredIndicatorVisible(true);
        bestInterestsBy.addClassName("wide-field");
        bestInterestsBy.setVisible(false);
        field("bestInterestsBy", bestInterestsBy);
        // Only a best-interests decision names who made it; what was typed or ticked stays if the choice changes back.
        consent.addValueChangeListener(e -> showConsentFollowUps());
        personsAge.addValueChangeListener(e -> {
            consent.setHelperText(getTranslation(consentRule(e.getValue())));
            showConsentFollowUps();
        });

        gathered.setLabel(getTranslation("advocacy.new.gathered"));
        gathered.setItems(GatheringMethod.values());
        gathered.setItemLabelGenerator(g -> getTranslation("advocacy.gathered." + g.name()));
        // No required indicator: it puts aria-required on a role=group element, which ARIA does not allow.
        gathered.setHelperText(getTranslation("advocacy.new.gathered.helper"));
        gathered.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        field("gathered", gathered);

        Section consentSection = section(
                "advocacy.new.consent-section",
                consent,
                gillickConfirmed,
                bestInterestsBy,
                lacksCapacityConfirmed,
                gathered);

        wording.setLabel(getTranslation("advocacy.new.wording"));
        wording.setItems(Wording.EASY_READ, Wording.YOUNG_PERSON, Wording.PARENT_CARER);
        wording.setItemLabelGenerator(w -> getTranslation("wording." + w.name()));
        wording.setValue(Wording.EASY_READ);
        wording.addValueChangeListener(e -> labelQuestions());
        Section questionSection = section(
                "advocacy.new.questions", new Paragraph(getTranslation("advocacy.new.questions.intro")), wording);
        List<String> answers = Stream.concat(
                        Stream.of(RatingAnswer.values()).map(RatingAnswer::name), Stream.of(NOT_KNOWN))
                .toList();
        for (Expectation expectation : expectations) {
            RadioButtonGroup<String> question = new RadioButtonGroup<>();
            question.setItems(answers);
            question.setItemLabelGenerator(a ->
                    NOT_KNOWN.equals(a) ? getTranslation("advocacy.new.not-asked") : getTranslation("answer." + a));
            question.addClassName("advocacy-question");
            questions.put(expectation, question);
            questionSection.add(question);
        }
        if (!questions.isEmpty()) {
            fields.put("ratings", questions.values().iterator().next());
        }
        labelQuestions();

        comment.setLabel(getTranslation("advocacy.new.comment"));
        comment.setMaxLength(TextInput.MAX_LENGTH);
        comment.addClassName("wide-field");
        field("comment", comment);
        commentSource.setLabel(getTranslation("advocacy.new.comment-source"));
        sourceChoices(commentSource);
        field("commentSource", commentSource);
        changeWanted.setLabel(getTranslation("advocacy.new.change"));
        changeWanted.setMaxLength(TextInput.MAX_LENGTH);
        changeWanted.addClassName("wide-field");
        field("changeWanted", changeWanted);
        changeSource.setLabel(getTranslation("advocacy.new.change-source"));
        sourceChoices(changeSource);
        field("changeSource", changeSource);
        Section words = section("advocacy.new.words", comment, commentSource, changeWanted, changeSource);

        Button check = new Button(getTranslation("advocacy.new.check"), e -> checkAndReadBack());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        form.addClassName("advocacy-form");
        form.add(
                new Paragraph(getTranslation("advocacy.new.intro")),
                about,
                consentSection,
                questionSection,
                words,
                new Div(check));
    }

    /** The follow-up questions the chosen consent needs for the person's age. */
    private void showConsentFollowUps() {
        ConsentBasis chosen = consent.getValue();
        PersonsAge age = personsAge.getValue();
        bestInterestsBy.setVisible(chosen == ConsentBasis.BEST_INTERESTS);
        gillickConfirmed.setVisible(chosen == ConsentBasis.GILLICK_COMPETENT);
        lacksCapacityConfirmed.setVisible(chosen == ConsentBasis.BEST_INTERESTS && (age == null || !age.isUnder16()));
    }

    /** The consent rule for the person's age, said under the consent question before anything is refused. */
    private static String consentRule(PersonsAge age) {
        if (age == null) {
            return "advocacy.new.consent.rule.unknown-age";
        }
        return age.isYoungChild()
                ? "advocacy.new.consent.rule.under-13"
                : age.isUnder16() ? "advocacy.new.consent.rule.13-15" : "advocacy.new.consent.rule.16-plus";
    }

    private void sourceChoices(RadioButtonGroup<WordsSource> source) {
        source.setItems(WordsSource.values());
        source.setItemLabelGenerator(s -> getTranslation("advocacy.source." + s.name()));
        source.setHelperText(getTranslation("advocacy.new.source.helper"));
    }

    /** Each question in the words the person is asked in. */
    private void labelQuestions() {
        Wording asked = wording.getValue() == null ? Wording.EASY_READ : wording.getValue();
        questions.forEach((expectation, question) ->
                question.setLabel(getTranslation("charter." + expectation.position() + ".question." + asked.key())));
    }

    private void buildReadBackStep() {
        readBackTitle.setText(getTranslation("advocacy.readback.title"));
        readBackTitle.setId("advocacy-readback-title");
        readBackTitle.getElement().setAttribute("tabindex", "-1");
        Paragraph intro = new Paragraph(getTranslation("advocacy.readback.intro"));
        intro.addClassName("advocacy-no-print");
        Button print = new Button(
                getTranslation("advocacy.readback.print"), e -> getElement().executeJs("window.print()"));
        print.addClassName("advocacy-no-print");

        readBack.setLabel(getTranslation("advocacy.readback.question"));
        readBack.setItems(ReadBack.values());
        readBack.setItemLabelGenerator(r -> getTranslation("advocacy.read-back." + r.name()));
        readBack.setRequiredIndicatorVisible(true);
        readBack.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        field("readBack", readBack);

        send.setText(getTranslation("advocacy.readback.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send());
        Button change = new Button(getTranslation("advocacy.readback.change"), e -> backToForm());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(send, change);
        actions.addClassNames("advocacy-actions", "advocacy-no-print");
        Div question = new Div(readBack);
        question.addClassName("advocacy-no-print");
        readBackTitle.addClassName("advocacy-no-print");
        readBackStep.add(readBackTitle, intro, print, sheet, question, actions);
    }

    private void checkAndReadBack() {
        clearErrors();
        try {
            ReadBackSummary summary = advocacy.readBack(submission());
            sheet.removeAll();
            sheet.add(new ReadBackSheet(summary));
            form.setVisible(false);
            readBackStep.setVisible(true);
            readBackTitle.getElement().callJsFunction("focus");
        } catch (InvalidInputException invalid) {
            show(invalid);
        }
    }

    private void backToForm() {
        clearErrors();
        readBackStep.setVisible(false);
        form.setVisible(true);
        service.focus();
    }

    private void send() {
        clearErrors();
        try {
            SubmissionReceipt receipt = advocacy.submit(submission());
            UI.getCurrent()
                    .navigate(CaseloadView.class, QueryParameters.of(CaseloadView.SENT, receipt.referenceCode()));
        } catch (InvalidInputException invalid) {
            send.setEnabled(true);
            if (invalid.problems().stream().anyMatch(p -> !"readBack".equals(p.field()))) {
                readBackStep.setVisible(false);
                form.setVisible(true);
            }
            show(invalid);
        }
    }

    private OnBehalfSubmission submission() {
        Map<Long, RatingAnswer> ratings = new HashMap<>();
        questions.forEach((expectation, question) -> {
            String answer = question.getValue();
            if (answer != null && !NOT_KNOWN.equals(answer)) {
                ratings.put(expectation.id(), RatingAnswer.valueOf(answer));
            }
        });
        return new OnBehalfSubmission(
                submissionKey,
                service.getValue() == null ? null : service.getValue().id(),
                area.getValue() == null ? null : areaIds.get(area.getValue()),
                group.getValue(),
                personsAge.getValue(),
                wording.getValue(),
                ratings,
                comment.getValue(),
                commentSource.getValue(),
                changeWanted.getValue(),
                changeSource.getValue(),
                consent.getValue(),
                bestInterestsBy.getValue(),
                gillickConfirmed.getValue(),
                lacksCapacityConfirmed.getValue(),
                gathered.getValue(),
                readBack.getValue());
    }

    /** Each problem at its field and in the error summary; everything typed stays as it was. */
    private void show(InvalidInputException invalid) {
        errors.show(invalid, fields, service);
    }

    private void clearErrors() {
        errors.clear();
        fields.values().forEach(f -> {
            if (f instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }

    private <C extends Component> void field(String name, C component) {
        fields.put(name, component);
    }

    private Section section(String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("form-section");
        section.add(content);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("advocacy.new.page-title");
    }
}
