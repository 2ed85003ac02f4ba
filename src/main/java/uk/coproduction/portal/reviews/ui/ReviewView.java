package uk.coproduction.portal.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reviews.AudienceLink;
import uk.coproduction.portal.reviews.ReviewAudience;
import uk.coproduction.portal.reviews.ReviewForm;
import uk.coproduction.portal.reviews.ReviewKind;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewState;
import uk.coproduction.portal.reviews.ReviewSummary;
import uk.coproduction.portal.reviews.ServiceChoice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opening a review of a service (at {@code staff/reviews/new}, optionally {@code ?service=ID}) and, for one already
 * opened, its links per audience, its details and questions (changeable as {@link ReviewService#change} allows) and
 * closing it. Every problem is shown at its field and in the summary; nothing typed is lost.
 */
@Route(value = ReviewView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(Roles.COMMISSIONER)
public class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/reviews/:id";
    static final String NEW = "new";

    private final ReviewService reviews;
    private final Clock clock;
    private final ErrorSummary errors = new ErrorSummary();
    private final ComboBox<ServiceChoice> service = new ComboBox<>();
    private final RadioButtonGroup<ReviewKind> kind = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final DatePicker opens = new DatePicker();
    private final DatePicker closes = new DatePicker();
    private final CheckboxGroup<ReviewAudience> audiences = new CheckboxGroup<>();
    private final QuestionsEditor questions = new QuestionsEditor();
    private final Paragraph status = new Paragraph();
    private ReviewSummary review;
    private String pageTitle = "";

    ReviewView(ReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
        addClassNames("page", "page-wide", "review-page");
        status.getElement().setAttribute("role", "status");

        service.setLabel(getTranslation("workspace.reviews.form.service"));
        service.setItemLabelGenerator(ServiceChoice::name);
        service.setWidth("28em");
        kind.setLabel(getTranslation("workspace.reviews.form.kind"));
        kind.setItems(ReviewKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("workspace.reviews.kind." + k.name()));
        kind.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == ReviewKind.YOURE_WELCOME && questions.isEmpty()) {
                questions.setDrafts(reviews.youreWelcomeQuestions());
            }
        });
        title.setLabel(getTranslation("workspace.reviews.form.title"));
        title.setHelperText(getTranslation("workspace.reviews.form.title.help"));
        title.setMaxLength(ReviewService.TITLE_MAX_LENGTH);
        title.setWidth("28em");
        opens.setLabel(getTranslation("workspace.reviews.form.opens"));
        closes.setLabel(getTranslation("workspace.reviews.form.closes"));
        closes.setHelperText(getTranslation("workspace.reviews.form.closes.help"));
        audiences.setLabel(getTranslation("workspace.reviews.form.audiences"));
        audiences.setItems(ReviewAudience.values());
        audiences.setItemLabelGenerator(a -> getTranslation("workspace.reviews.audience." + a.key()));
    }

    static RouteParameters parameters(String id) {
        return new RouteParameters("id", id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NEW);
        removeAll();
        errors.clear();
        status.setText("");
        if (NEW.equals(id)) {
            review = null;
            showNew(event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("service")
                    .orElse(null));
            return;
        }
        try {
            review = reviews.summary(Long.parseLong(id));
        } catch (NumberFormatException | AccessDeniedException e) {
            review = null;
        } catch (IllegalArgumentException e) {
            review = null;
        }
        if (review == null) {
            pageTitle = getTranslation("workspace.reviews.not-found");
            add(new H1(pageTitle), new Paragraph(backToList()));
            return;
        }
        showReview();
    }

    private void showNew(String presetService) {
        pageTitle = getTranslation("workspace.reviews.new.title");
        List<ServiceChoice> choices = reviews.servicesToReview();
        service.setItems(choices);
        Optional.ofNullable(presetService)
                .flatMap(p -> choices.stream()
                        .filter(c -> String.valueOf(c.id()).equals(p))
                        .findFirst())
                .ifPresent(service::setValue);
        LocalDate today = LocalDate.now(clock.withZone(DisplayDates.UK));
        opens.setValue(today);
        closes.setValue(today.plusWeeks(6));
        kind.setValue(ReviewKind.ANNUAL_SURVEY);
        Button open = new Button(getTranslation("workspace.reviews.form.open"), e -> open());
        open.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new Paragraph(backToList()),
                new H1(pageTitle),
                new Paragraph(getTranslation("workspace.reviews.new.intro")),
                errors,
                form(true),
                open,
                status);
    }

    private void showReview() {
        pageTitle = review.title();
        add(new Paragraph(backToList()), new H1(review.title()));
        add(new Paragraph(getTranslation(
                "workspace.reviews.facts",
                review.serviceName(),
                getTranslation("workspace.reviews.kind." + review.kind().name()),
                getTranslation("workspace.reviews.state." + review.state().name()),
                DisplayDates.date(review.opensOn(), getLocale()),
                DisplayDates.date(review.closesOn(), getLocale()),
                review.responses())));
        add(status);

        Section links = new Section(
                new H2(getTranslation("workspace.reviews.links.title")),
                new Paragraph(getTranslation("workspace.reviews.links.intro")));
        links.addClassName("review-links");
        for (AudienceLink link : reviews.links(review.id())) {
            TextField field = new TextField(getTranslation(
                    "workspace.reviews.links.label",
                    getTranslation(
                            "workspace.reviews.audience." + link.audience().key())));
            field.setValue(link.url());
            field.setReadOnly(true);
            field.setWidthFull();
            links.add(field);
        }
        add(links);
        add(ReviewDownloads.of(review));

        if (review.state() != ReviewState.CLOSED) {
            kind.setValue(review.kind());
            title.setValue(review.title());
            opens.setValue(review.opensOn());
            closes.setValue(review.closesOn());
            audiences.setValue(Set.copyOf(review.audiences()));
            questions.setDrafts(draftsOf(review));
            boolean editable = review.questionsEditable();
            questions.setEditable(editable);
            kind.setReadOnly(!editable);
            opens.setReadOnly(!editable);
            Button save = new Button(getTranslation("workspace.reviews.form.save"), e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            Section change = new Section(
                    new H2(getTranslation("workspace.reviews.change.title")),
                    new Paragraph(getTranslation(
                            editable ? "workspace.reviews.change.intro" : "workspace.reviews.change.locked")),
                    errors,
                    form(false),
                    save);
            change.addClassName("form-section");
            add(change);

            Button close = new Button(getTranslation("workspace.reviews.close.button"));
            ErrorSummary closeErrors = new ErrorSummary();
            close.addClickListener(e -> close(close, closeErrors));
            Section closing = new Section(
                    new H2(getTranslation("workspace.reviews.close.title")),
                    new Paragraph(getTranslation("workspace.reviews.close.intro")),
                    closeErrors,
                    close);
            add(closing);
        } else {
            add(new Paragraph(getTranslation("workspace.reviews.closed.kept")));
            // A review closes on its last day whatever the leads have read (the public was told that day); what is
            // still unread is said here and left out of the report, never counted as if it had been read.
            long waiting = reviews.unreadSafeguardingAlerts(review.id());
            if (waiting > 0) {
                Paragraph unread = new Paragraph(getTranslation("workspace.reviews.closed.waiting", waiting));
                unread.addClassName("review-waiting-for-safeguarding");
                add(unread);
            }
        }
    }

    private Div form(boolean isNew) {
        Div fields = new Div();
        if (isNew) {
            fields.add(service);
        }
        fields.add(
                kind,
                title,
                opens,
                closes,
                audiences,
                new H2(getTranslation("workspace.reviews.form.questions")),
                new Paragraph(getTranslation("workspace.reviews.form.questions.intro")),
                questions);
        fields.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("align-items", "stretch")
                .set("gap", "var(--lumo-space-s)");
        return fields;
    }

    private ReviewForm formValues() {
        Long serviceId = review != null
                ? Long.valueOf(review.serviceId())
                : service.getValue() == null
                        ? null
                        : Long.valueOf(service.getValue().id());
        return new ReviewForm(
                serviceId,
                kind.getValue(),
                title.getValue(),
                opens.getValue(),
                closes.getValue(),
                audiences.getValue(),
                questions.drafts());
    }

    private void open() {
        clearProblems();
        try {
            ReviewSummary opened = reviews.open(formValues());
            UI.getCurrent().navigate(ReviewView.class, parameters(String.valueOf(opened.id())));
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
        }
    }

    private void save() {
        clearProblems();
        try {
            reviews.change(review.id(), formValues());
            String saved = getTranslation("workspace.reviews.change.saved");
            UI.getCurrent().navigate(ReviewView.class, parameters(String.valueOf(review.id())));
            status.setText(saved);
        } catch (InvalidInputException invalid) {
            showProblems(invalid);
        }
    }

    private void close(Button close, ErrorSummary closeErrors) {
        closeErrors.clear();
        try {
            reviews.close(review.id());
            UI.getCurrent().navigate(ReviewView.class, parameters(String.valueOf(review.id())));
            status.setText(getTranslation("workspace.reviews.close.done"));
        } catch (InvalidInputException invalid) {
            closeErrors.show(invalid, Map.of("review", close), close);
        }
    }

    private void clearProblems() {
        errors.clear();
        List.<HasValidation>of(service, kind, title, opens, closes, audiences).forEach(f -> f.setInvalid(false));
        questions.fields().values().stream()
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .forEach(f -> f.setInvalid(false));
    }

    private void showProblems(InvalidInputException invalid) {
        Map<String, Component> fields = new HashMap<>(questions.fields());
        fields.put("service", service);
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("opens", opens);
        fields.put("closes", closes);
        fields.put("audiences", audiences);
        errors.show(invalid, fields, review == null ? service : title);
    }

    private RouterLink backToList() {
        return new RouterLink(getTranslation("workspace.reviews.back"), ReviewsView.class);
    }

    private static List<ReviewForm.QuestionDraft> draftsOf(ReviewSummary review) {
        return review.questions().stream()
                .map(q -> q.shipped()
                        ? ReviewForm.QuestionDraft.shipped(q.kind(), q.messageKey())
                        : ReviewForm.QuestionDraft.own(
                                q.kind(),
                                q.text(ReviewService.ENGLISH, Wording.YOUNG_PERSON),
                                q.text(ReviewService.ENGLISH, Wording.PARENT_CARER),
                                q.text(ReviewService.ENGLISH, Wording.EASY_READ)))
                .toList();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
