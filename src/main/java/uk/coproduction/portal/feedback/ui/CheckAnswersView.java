package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.SubmissionReceipt;

/** Every answer on one page, each with a way to change it, then Send. */
@Route("feedback/check")
@AnonymousAllowed
class CheckAnswersView extends JourneyPage {

    CheckAnswersView(FeedbackDraftService drafts) {
        super(drafts);
    }

    @Override
    protected String path() {
        return JourneySteps.CHECK;
    }

    @Override
    protected String heading() {
        return getTranslation("journey.check.question");
    }

    @Override
    protected String picture() {
        return "check";
    }

    @Override
    protected String continueLabel() {
        return getTranslation("journey.check.send");
    }

    @Override
    protected void buildAnswer(Div answer) {
        String notAnswered = getTranslation("journey.check.not-answered");
        answer.add(Pictures.sentence("check", getTranslation("journey.check.intro")));

        answer.add(new H2(getTranslation("journey.check.about")));
        DescriptionList about = summary();
        row(
                about,
                getTranslation("journey.check.service"),
                draft.serviceAnswered()
                        ? (draft.serviceName() == null
                                ? getTranslation("journey.service.not-sure")
                                : draft.serviceName())
                        : notAnswered,
                JourneySteps.SERVICE);
        row(
                about,
                getTranslation("journey.check.area"),
                draft.areaAnswered()
                        ? (draft.areaName() == null ? getTranslation("journey.area.rather-not-say") : draft.areaName())
                        : notAnswered,
                JourneySteps.AREA);
        row(
                about,
                getTranslation("journey.check.who"),
                draft.respondentGroup() == null
                        ? notAnswered
                        : getTranslation("group." + draft.respondentGroup().name()),
                JourneySteps.WHO);
        if (draft.respondentGroup() == RespondentGroup.YOUNG_PERSON) {
            row(
                    about,
                    getTranslation("journey.check.age"),
                    !draft.ageAnswered()
                            ? notAnswered
                            : draft.ageBand() == null
                                    ? getTranslation("journey.age.rather-not-say")
                                    : getTranslation("age." + draft.ageBand().name()),
                    JourneySteps.AGE);
        }
        answer.add(about);

        answer.add(new H2(getTranslation("journey.check.promises")));
        DescriptionList promises = summary();
        for (Expectation expectation : questions) {
            DraftSnapshot.Answer given = draft.answers().get(expectation.id());
            String value;
            if (given == null) {
                value = notAnswered;
            } else if (given.skipped()) {
                value = getTranslation("journey.check.skipped");
            } else {
                value = getTranslation("answer." + given.rating().name());
            }
            if (given != null && given.comment() != null) {
                value = value + " \u2013 " + given.comment();
            }
            row(promises, questionText(expectation), value, JourneySteps.question(expectation.position()));
        }
        answer.add(promises);

        answer.add(new H2(getTranslation("journey.check.ideas")));
        DescriptionList ideas = summary();
        row(
                ideas,
                getTranslation("journey.change.question"),
                !draft.changeAnswered()
                        ? notAnswered
                        : draft.changeWanted() == null
                                ? getTranslation("journey.check.nothing-written")
                                : draft.changeWanted(),
                JourneySteps.CHANGE);
        ContactRequest contact = draft.contact();
        String reply = contact == null
                ? notAnswered
                : getTranslation("reply-method." + contact.method().name())
                        + (contact.detail() == null ? "" : ": " + contact.detail());
        row(ideas, getTranslation("journey.reply.question"), reply, JourneySteps.REPLY);
        answer.add(ideas);
        field("send", answer);
    }

    private static DescriptionList summary() {
        DescriptionList list = new DescriptionList();
        list.addClassName("summary-list");
        return list;
    }

    private void row(DescriptionList list, String question, String value, String changePath) {
        Anchor change = new Anchor(changePath + "?change=1", getTranslation("journey.check.change"));
        Span hidden = new Span(" " + question);
        hidden.addClassName("visually-hidden");
        change.add(hidden);
        change.addClassName("summary-change");
        Div row = new Div(
                new DescriptionList.Term(question),
                new DescriptionList.Description(value),
                new DescriptionList.Description(change));
        row.addClassName("summary-row");
        list.add(row);
    }

    @Override
    protected void saveAndContinue() {
        SubmissionReceipt[] receipt = new SubmissionReceipt[1];
        // Problems, and a database that cannot be reached, are shown on this page with every answer kept.
        attempt(() -> {
                    receipt[0] = drafts.send(draft.returnCode(), JourneySession.honeypotFilledFor(draft.returnCode()));
                    return draft;
                })
                .ifPresent(sent -> {
                    JourneySession.sent(receipt[0].referenceCode(), receipt[0].secret());
                    UI.getCurrent().navigate(SentView.class);
                });
    }

    @Override
    protected DraftSnapshot save() {
        return draft;
    }

    @Override
    protected String textToRead() {
        return heading() + " " + getTranslation("journey.check.intro");
    }
}
