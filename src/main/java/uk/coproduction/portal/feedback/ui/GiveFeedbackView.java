package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.AgeBand;
import uk.coproduction.portal.feedback.FeedbackSubmission;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.InvalidFeedbackException;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.RespondentGroup;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.services.AreaSummary;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Anyone, without an account, tells us about a service: who they are, the six charter questions,
 * and their own words. They get a reference code to see what happened.
 */
@Route("feedback")
@AnonymousAllowed
public class GiveFeedbackView extends Div implements HasDynamicTitle {

    static final int COMMENT_MAX_LENGTH = 5000;

    private final FeedbackSubmissionService submissions;
    /** Chosen once per form, so sending twice (double click, retry) stores one entry. */
    private final String submissionKey = UUID.randomUUID().toString();

    private final ErrorSummary errorSummary = new ErrorSummary();
    private final RadioButtonGroup<RespondentGroup> group = new RadioButtonGroup<>();
    private final RadioButtonGroup<AgeBand> ageBand = new RadioButtonGroup<>();
    private final ComboBox<ServiceSummary> service = new ComboBox<>();
    private final ComboBox<AreaSummary> area = new ComboBox<>();
    private final Map<Expectation, RadioButtonGroup<RatingAnswer>> questions = new LinkedHashMap<>();
    private final TextArea comment = new TextArea();
    private final Button send = new Button();
    private final Div form = new Div();

    GiveFeedbackView(FeedbackSubmissionService submissions, ServiceCatalogue catalogue, CharterService charter) {
        this.submissions = submissions;
        addClassName("page");

        group.setLabel(getTranslation("feedback.group.label"));
        group.setItems(RespondentGroup.values());
        group.setItemLabelGenerator(g -> getTranslation("group." + g.name()));
        group.setRequiredIndicatorVisible(true);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.addValueChangeListener(e -> whoChanged(e.getValue()));

        ageBand.setLabel(getTranslation("feedback.age.label"));
        ageBand.setHelperText(getTranslation("feedback.age.helper"));
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(a -> getTranslation("age." + a.name()));
        ageBand.setVisible(false);

        service.setLabel(getTranslation("feedback.service.label"));
        service.setHelperText(getTranslation("feedback.service.helper"));
        service.setItems(ServiceSummary::matches, catalogue.activeServices());
        service.setItemLabelGenerator(ServiceSummary::name);
        service.setClearButtonVisible(true);
        service.addClassName("wide-field");

        area.setLabel(getTranslation("feedback.area.label"));
        area.setHelperText(getTranslation("feedback.area.helper"));
        area.setItems(catalogue.areas());
        area.setItemLabelGenerator(AreaSummary::name);
        area.setClearButtonVisible(true);
        area.addClassName("wide-field");

        Section aboutYou = section(getTranslation("feedback.section.about"), group, ageBand, service, area);

        Section charterQuestions = section(getTranslation("feedback.section.charter"));
        charterQuestions.add(new Paragraph(getTranslation("feedback.charter.intro")));
        Div questionList = new Div();
        questionList.addClassName("charter-questions");
        charterQuestions.add(questionList);
        for (Expectation expectation : charter.expectations()) {
            RadioButtonGroup<RatingAnswer> question = new RadioButtonGroup<>();
            question.setItems(RatingAnswer.values());
            question.setItemLabelGenerator(a -> getTranslation("answer." + a.name()));
            question.setHelperText(getTranslation("feedback.charter.helper", expectation.title()));
            questions.put(expectation, question);
            questionList.add(question);
        }
        whoChanged(null);

        comment.setLabel(getTranslation("feedback.comment.label"));
        comment.setHelperText(getTranslation("feedback.comment.helper", COMMENT_MAX_LENGTH));
        comment.setMaxLength(COMMENT_MAX_LENGTH);
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.addClassName("wide-field");
        Section words = section(getTranslation("feedback.section.words"), comment);

        send.setText(getTranslation("feedback.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> submit());

        form.add(new H1(getTranslation("feedback.title")), new Paragraph(getTranslation("feedback.intro")),
                errorSummary, aboutYou, charterQuestions, words, send);
        add(form);
    }

    private Section section(String title, Component... content) {
        Section section = new Section(new H2(title));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    /** Each group is asked in its own words: young people, parents and carers, Easy Read. */
    private void whoChanged(RespondentGroup who) {
        ageBand.setVisible(who == RespondentGroup.YOUNG_PERSON);
        if (who != RespondentGroup.YOUNG_PERSON) {
            ageBand.clear();
        }
        questions.forEach((expectation, question) -> question.setLabel(
                expectation.position() + ". " + wording(expectation, who)));
    }

    private static String wording(Expectation expectation, RespondentGroup who) {
        if (who == null) {
            return expectation.youngPersonWording();
        }
        return switch (who) {
            case PARENT_CARER -> expectation.parentCarerWording();
            case LDA_ADULT -> expectation.easyReadWording();
            case YOUNG_PERSON, SOMEONE_ELSE -> expectation.youngPersonWording();
        };
    }

    private void submit() {
        errorSummary.clear();
        group.setInvalid(false);
        comment.setInvalid(false);
        service.setInvalid(false);
        area.setInvalid(false);
        Map<Long, RatingAnswer> ratings = new LinkedHashMap<>();
        questions.forEach((expectation, question) -> {
            if (question.getValue() != null) {
                ratings.put(expectation.id(), question.getValue());
            }
        });
        FeedbackSubmission submission = new FeedbackSubmission(submissionKey,
                service.getValue() == null ? null : service.getValue().id(),
                area.getValue() == null ? null : area.getValue().id(),
                group.getValue(), ageBand.getValue(), ratings, comment.getValue());
        try {
            showReceipt(submissions.submit(submission));
        } catch (InvalidFeedbackException invalid) {
            showProblems(invalid.problems());
            send.setEnabled(true);
        }
    }

    private void showProblems(List<InvalidFeedbackException.Problem> problems) {
        for (InvalidFeedbackException.Problem problem : problems) {
            String message = getTranslation(problem.messageKey());
            Component field = switch (problem.field()) {
                case "respondentGroup" -> {
                    group.setErrorMessage(message);
                    group.setInvalid(true);
                    yield group;
                }
                case "comment" -> {
                    comment.setErrorMessage(message);
                    comment.setInvalid(true);
                    yield comment;
                }
                case "service" -> {
                    service.setErrorMessage(message);
                    service.setInvalid(true);
                    yield service;
                }
                case "area" -> {
                    area.setErrorMessage(message);
                    area.setInvalid(true);
                    yield area;
                }
                default -> questions.values().iterator().next();
            };
            errorSummary.add(message, field);
        }
        errorSummary.show();
    }

    private void showReceipt(SubmissionReceipt receipt) {
        H2 thanks = new H2(getTranslation("feedback.done.title"));
        thanks.getElement().setAttribute("tabindex", "-1");
        Span code = new Span(receipt.referenceCode());
        code.addClassName("reference-code");
        Div codeBox = new Div(new Paragraph(getTranslation("feedback.done.code-intro")), code,
                new Paragraph(getTranslation("feedback.done.keep")));
        codeBox.addClassName("reference-box");
        RouterLink track = new RouterLink(getTranslation("feedback.done.track"), TrackFeedbackView.class);
        Section done = new Section(new H1(getTranslation("feedback.done.heading")), thanks, codeBox, track);
        done.addClassName("confirmation");
        removeAll();
        add(done);
        thanks.getElement().callJsFunction("focus");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.page-title");
    }
}
