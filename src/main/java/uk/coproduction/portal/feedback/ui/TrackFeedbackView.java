package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.ui.ArrivalGate;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.feedback.FeedbackProgress;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.PersonsAnswer;
import uk.coproduction.portal.feedback.Wording;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** "What happened to my feedback": the person types their reference code and sees its status and any reply. */
@Route("track")
@AnonymousAllowed
public class TrackFeedbackView extends Div implements HasDynamicTitle {

    /** The steps a person sees, in order; "closed" is not a step of its own. */
    private static final List<FeedbackStatus> STEPS = List.of(
            FeedbackStatus.NEW,
            FeedbackStatus.READ,
            FeedbackStatus.LINKED,
            FeedbackStatus.REPLIED,
            FeedbackStatus.CHANGE_PLANNED,
            FeedbackStatus.CHANGE_MADE);

    private final FeedbackSubmissionService submissions;
    private final TextField code = new TextField();
    private final Div result = new Div();

    private final ArrivalGate gate;

    TrackFeedbackView(FeedbackSubmissionService submissions) {
        this.submissions = submissions;
        this.gate = new ArrivalGate();
        addClassName("page");

        code.setLabel(getTranslation("track.code.label"));
        code.setMaxLength(20);
        code.addClassName("code-field");
        Button show = new Button(getTranslation("track.show"), e -> show());
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.addClickShortcut(Key.ENTER);
        Div lookup = new Div(code, show);
        lookup.addClassName("lookup");

        result.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("track.title")),
                new Paragraph(getTranslation("track.intro")),
                lookup,
                gate,
                result,
                new Paragraph(new Anchor("my-data", getTranslation("privacy.mydata.link"))));
    }

    private void show() {
        result.removeAll();
        gate.pass(null, this::lookUp);
    }

    private void lookUp() {
        Optional<FeedbackProgress> progress = submissions.progress(code.getValue());
        if (progress.isEmpty()) {
            code.setErrorMessage(getTranslation("track.not-found"));
            code.setInvalid(true);
            code.focus();
            return;
        }
        code.setInvalid(false);
        result.add(progressOf(progress.get()));
    }

    private Section progressOf(FeedbackProgress progress) {
        Section section = new Section();
        section.addClassName("progress");
        section.add(new H2(getTranslation("track.result.title", progress.referenceCode())));
        String sent = DisplayDates.date(progress.submittedAt(), getLocale());
        section.add(new Paragraph(
                progress.serviceName() == null
                        ? getTranslation("track.result.sent", sent)
                        : getTranslation("track.result.sent-about", sent, progress.serviceName())));

        Paragraph now = new Paragraph(getTranslation("track.result.now") + " " + nowSaying(progress));
        now.addClassName("current-status");
        section.add(now);
        if (progress.closed() && !progress.changeMade() && progress.closeReason() != null) {
            // The reason is in the commissioner's words; the sentence around it is in the person's language.
            Paragraph why = new Paragraph(getTranslation("track.closed.why", progress.closeReason()));
            why.addClassName("close-reason");
            section.add(why);
        }

        OrderedList steps = new OrderedList();
        steps.addClassName("status-steps");
        for (FeedbackStatus step : STEPS) {
            boolean done = progress.done(step);
            Span marker = new Span(getTranslation(done ? "track.step.done" : "track.step.not-yet"));
            marker.addClassName("step-marker");
            ListItem item = new ListItem(marker, new Span(getTranslation("status.public." + step.name())));
            item.addClassName(done ? "step-done" : "step-to-do");
            steps.add(item);
        }
        section.add(new H3(getTranslation("track.result.steps")), steps);

        section.add(new H3(getTranslation("track.result.replies")));
        if (progress.replies().isEmpty()) {
            section.add(new Paragraph(getTranslation("track.result.no-reply")));
        }
        boolean easyRead = progress.wording() == Wording.EASY_READ || Languages.isEasyRead(getLocale());
        for (FeedbackProgress.PublicReply reply : progress.replies()) {
            // In the words they were asked in: Easy Read for people who used Easy Read, when we wrote one.
            String words = easyRead && reply.easyRead() != null ? reply.easyRead() : reply.body();
            Div replyBox = new Div(
                    new Paragraph(
                            getTranslation("track.result.reply-on", DisplayDates.date(reply.sentAt(), getLocale()))),
                    new Paragraph(words));
            replyBox.addClassName("reply");
            section.add(replyBox);
        }
        if (!progress.replies().isEmpty()) {
            section.add(responseTo(progress));
        }
        return section;
    }

    /** The furthest step that really happened; closing without a change says so plainly. */
    private String nowSaying(FeedbackProgress progress) {
        if (progress.closed()) {
            return getTranslation(progress.changeMade() ? "status.public.CLOSED" : "track.closed.no-change");
        }
        FeedbackStatus furthest = FeedbackStatus.NEW;
        for (FeedbackStatus step : STEPS) {
            if (progress.done(step)) {
                furthest = step;
            }
        }
        return getTranslation("status.public." + furthest.name());
    }

    /** One tap each: did the reply make sense, and did anything change for them. */
    private Section responseTo(FeedbackProgress progress) {
        Section response = new Section(new H3(getTranslation("track.response.title")));
        response.addClassName("reply-response");
        response.add(oneTap(
                "made-sense",
                progress.replyMadeSense(),
                answer -> submissions.respondToReply(progress.referenceCode(), answer, null)));
        response.add(oneTap(
                "changed",
                progress.somethingChanged(),
                answer -> submissions.respondToReply(progress.referenceCode(), null, answer)));
        return response;
    }

    private Div oneTap(String question, PersonsAnswer earlier, Consumer<PersonsAnswer> save) {
        Paragraph asked = new Paragraph(getTranslation("track.response." + question));
        asked.addClassName("one-tap-question");
        Paragraph said = new Paragraph();
        said.addClassName("one-tap-said");
        said.getElement().setAttribute("role", "status");
        Div buttons = new Div();
        buttons.addClassName("one-tap-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", asked.getText());
        for (PersonsAnswer answer : PersonsAnswer.values()) {
            String words = getTranslation("track.response." + question + "." + answer.name());
            Button button = new Button(words);
            button.getElement().setAttribute("aria-pressed", String.valueOf(answer == earlier));
            button.addClickListener(e -> {
                save.accept(answer);
                buttons.getChildren().forEach(b -> b.getElement().setAttribute("aria-pressed", "false"));
                button.getElement().setAttribute("aria-pressed", "true");
                said.setText(getTranslation("track.response.thanks") + " "
                        + getTranslation("track.response.you-said", words));
            });
            buttons.add(button);
        }
        if (earlier != null) {
            said.setText(getTranslation(
                    "track.response.you-said", getTranslation("track.response." + question + "." + earlier.name())));
        }
        return new Div(asked, buttons, said);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("track.page-title");
    }
}
