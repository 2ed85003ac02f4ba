package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;

import java.util.List;

/** "Who are you?" The answer decides the words the questions are asked in. */
@Route("feedback/who")
@AnonymousAllowed
class WhoStepView extends ChoiceStep<RespondentGroup> {

    WhoStepView(FeedbackDraftService drafts) {
        super(drafts);
    }

    @Override
    protected String path() {
        return JourneySteps.WHO;
    }

    @Override
    protected String heading() {
        return getTranslation("journey.who.question");
    }

    @Override
    protected String picture() {
        return "person";
    }

    @Override
    protected String intro() {
        return getTranslation("journey.who.intro");
    }

    @Override
    protected List<RespondentGroup> items() {
        return RespondentGroup.residents();
    }

    @Override
    protected String label(RespondentGroup group) {
        return getTranslation("group." + group.name());
    }

    @Override
    protected RespondentGroup current() {
        return draft.respondentGroup();
    }

    @Override
    protected String fieldName() {
        return "respondentGroup";
    }

    @Override
    protected DraftSnapshot save() {
        return drafts.chooseGroup(draft.returnCode(), choices.getValue());
    }
}
