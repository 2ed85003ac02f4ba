package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.database.DatabaseUnreachable;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.base.ui.ReadAloud;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.DraftAlreadySentException;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.NoSuchDraftException;
import uk.coproduction.portal.feedback.Wording;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page of a feedback journey, GOV.UK style: Back, where you are ("Question 3 of 6"), the question as the
 * page's heading with a read-aloud button, the answer, Continue, and the return code to come back later.
 * Every Continue saves the answer on the server before moving on, so nothing is lost.
 */
abstract class JourneyPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyPage.class);

    protected final FeedbackDraftService drafts;
    protected final ErrorSummary errors = new ErrorSummary();
    protected DraftSnapshot draft;
    /** The charter questions, read once per page. */
    protected List<Expectation> questions = List.of();

    private final Map<String, Component> fields = new HashMap<>();
    private boolean changingFromCheck;
    private String title = "";

    JourneyPage(FeedbackDraftService drafts) {
        this.drafts = drafts;
        addClassNames("page", "journey-page");
    }

    /** This page's path, such as feedback/question/3. */
    protected abstract String path();

    /** The question this page asks: its heading. */
    protected abstract String heading();

    /** The picture beside the heading. */
    protected abstract String picture();

    /** The answer part of the page. */
    protected abstract void buildAnswer(Div answer);

    /** Saves the answer on the page; throws {@link InvalidInputException} when it cannot. */
    protected abstract DraftSnapshot save();

    /** What "read aloud" reads: the question, and the choices when there are any. */
    protected String textToRead() {
        return heading();
    }

    /**
     * The draft the page being left has just saved, and the charter questions it read, for the next page drawn in the
     * same round trip: without it every Continue read both from the database twice (decision 0054). Dropped before
     * the answer is written, so a later request always reads afresh.
     */
    private record HandOver(DraftSnapshot draft, List<Expectation> questions) {}

    private static void handOver(DraftSnapshot saved, List<Expectation> questions) {
        UI ui = UI.getCurrent();
        ComponentUtil.setData(ui, HandOver.class, new HandOver(saved, questions));
        ui.beforeClientResponse(ui, context -> ComponentUtil.setData(ui, HandOver.class, null));
    }

    private static Optional<HandOver> takeHandOver(Optional<String> code) {
        UI ui = UI.getCurrent();
        HandOver handed = ComponentUtil.getData(ui, HandOver.class);
        ComponentUtil.setData(ui, HandOver.class, null);
        return Optional.ofNullable(handed)
                .filter(h -> code.filter(h.draft().returnCode()::equals).isPresent());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> code = JourneySession.code();
        Optional<HandOver> handed = takeHandOver(code);
        Optional<DraftSnapshot> found = handed.map(HandOver::draft).or(() -> code.flatMap(drafts::find));
        if (found.isEmpty()) {
            // Just sent (Back or a reload after Send): show the same code again; otherwise start.
            event.forwardTo(JourneySession.sentReference().isPresent() ? SentView.class : StartFeedbackView.class);
            return;
        }
        draft = found.get();
        questions = handed.map(HandOver::questions).orElseGet(drafts::questions);
        if (draft.sent()) {
            JourneySession.sent(draft.referenceCode());
            event.forwardTo(SentView.class);
            return;
        }
        changingFromCheck = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("change")
                .isPresent();
        if (!prepare(event)) {
            return;
        }
        JourneySession.remember(draft.returnCode());
        JourneySession.keepOnDevice(draft);
        render();
    }

    /** A chance to check the route before drawing; false when the page forwarded elsewhere. */
    protected boolean prepare(BeforeEnterEvent event) {
        return true;
    }

    private void render() {
        removeAll();
        fields.clear();
        errors.clear();
        JourneySteps steps = steps();
        title = heading();

        Span arrow = new Span("\u2039 ");
        arrow.getElement().setAttribute("aria-hidden", "true");
        Anchor back = new Anchor(
                changingFromCheck ? JourneySteps.CHECK : steps.previous(path()),
                arrow,
                new Span(getTranslation("journey.back")));
        back.addClassName("back-link");

        Paragraph progress = new Paragraph(progressText(steps));
        progress.addClassName("journey-progress");
        progress.setId("journey-progress");

        H1 question = new H1(heading());
        question.setId("journey-question");
        // The layouts move focus to the page's heading on arrival (PageArrival, decision 0023).
        question.getElement().setAttribute("tabindex", "-1");
        Div headingRow = new Div(Pictures.picture(picture()), question);
        headingRow.addClassName("question-heading");

        ReadAloud readAloud = new ReadAloud(textToRead(), getTranslation("read-aloud.question"));

        Div answer = new Div();
        answer.addClassName("journey-answer");
        buildAnswer(answer);

        Button next = new Button(continueLabel(), e -> saveAndContinue());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClassName("continue-button");
        next.setDisableOnClick(true);
        Div actions = new Div(next);
        actions.addClassName("journey-actions");
        extraActions(actions);

        add(back, progress, errors, headingRow, readAloud, answer, actions, returnCodeBox());
    }

    protected String continueLabel() {
        return getTranslation("journey.continue");
    }

    /** Room for a second action beside Continue, such as "Skip this question". */
    protected void extraActions(Div actions) {}

    private String progressText(JourneySteps steps) {
        if (path().startsWith(JourneySteps.QUESTION)) {
            return getTranslation(
                    "journey.progress.question", path().substring(JourneySteps.QUESTION.length()), questions.size());
        }
        return getTranslation("journey.progress.step", steps.position(path()), steps.total());
    }

    private Component returnCodeBox() {
        Span code = new Span(draft.returnCode());
        code.addClassName("return-code");
        Paragraph line = new Paragraph(getTranslation("journey.return-code.intro") + " ");
        line.add(code);
        Div box = new Div(
                Pictures.picture("code"), new Div(line, new Paragraph(getTranslation("journey.return-code.explain"))));
        box.addClassName("return-code-box");
        return box;
    }

    protected JourneySteps steps() {
        return new JourneySteps(draft, questions.size());
    }

    /** A charter question in the words this person is asked in (Easy Read when the page is in Easy Read). */
    protected String questionText(Expectation expectation) {
        Wording wording = Wording.of(
                draft.respondentGroup(), Languages.isEasyRead(UI.getCurrent().getLocale()));
        return getTranslation("charter." + expectation.position() + ".question." + wording.key());
    }

    /** Registers a field, so a problem with it is shown at the field and in the error summary. */
    protected <C extends Component> C field(String name, C component) {
        fields.put(name, component);
        return component;
    }

    /** Saves, then goes to the next page (or back to "check your answers" when changing an answer). */
    protected void saveAndContinue() {
        attempt(this::save).ifPresent(saved -> {
            draft = saved;
            handOver(saved, questions);
            String next = changingFromCheck ? JourneySteps.CHECK : steps().next(path());
            UI.getCurrent().navigate(next);
        });
    }

    /** Runs a save, showing what is wrong (and keeping everything typed) when it fails. */
    protected Optional<DraftSnapshot> attempt(Supplier<DraftSnapshot> action) {
        errors.clear();
        fields.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
            }
        });
        try {
            return Optional.of(action.get());
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                String message = getTranslation(problem.messageKey());
                Component field = fields.getOrDefault(
                        problem.field(), fields.values().stream().findFirst().orElse(this));
                if (field instanceof HasValidation v) {
                    v.setErrorMessage(message);
                    v.setInvalid(true);
                }
                errors.add(message, field);
            }
            errors.show();
            reenableContinue();
            return Optional.empty();
        } catch (NoSuchDraftException gone) {
            JourneySession.forget();
            UI.getCurrent().navigate(StartFeedbackView.class);
            return Optional.empty();
        } catch (DraftAlreadySentException sent) {
            JourneySession.sent(sent.referenceCode());
            UI.getCurrent().navigate(SentView.class);
            return Optional.empty();
        } catch (RuntimeException failure) {
            if (!DatabaseUnreachable.causedBy(failure)) {
                throw failure;
            }
            // Nothing is lost: the answers stay on the page and on the device, and sending again is safe (the
            // submission key makes a second send return the first reference code).
            LOG.warn("Could not save a feedback journey page: the database is not reachable", failure);
            errors.add(
                    getTranslation("robust.database-down"),
                    fields.values().stream().findFirst().orElse(this));
            errors.show();
            reenableContinue();
            return Optional.empty();
        }
    }

    private void reenableContinue() {
        getChildren()
                .filter(c -> c.hasClassName("journey-actions"))
                .flatMap(Component::getChildren)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .forEach(b -> b.setEnabled(true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", title);
    }
}
