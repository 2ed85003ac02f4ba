package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;

/** "What is one thing that should change?" Optional, in the person's own words. */
@Route("feedback/change")
@AnonymousAllowed
class ChangeStepView extends JourneyPage {

    private final TextArea words = new TextArea();

    ChangeStepView(FeedbackDraftService drafts) {
        super(drafts);
    }

    @Override
    protected String path() {
        return JourneySteps.CHANGE;
    }

    @Override
    protected String heading() {
        return getTranslation("journey.change.question");
    }

    @Override
    protected String picture() {
        return "change";
    }

    @Override
    protected void buildAnswer(Div answer) {
        words.setLabel(getTranslation("journey.change.label"));
        words.setHelperText(getTranslation("journey.change.helper"));
        words.setMaxLength(5000);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.addClassName("wide-field");
        words.setMinRows(4);
        words.setValue(draft.changeWanted() == null ? "" : draft.changeWanted());
        field("changeWanted", words);
        answer.add(Pictures.sentence("write", getTranslation("journey.change.intro")), words);
    }

    @Override
    protected DraftSnapshot save() {
        return drafts.wantChange(draft.returnCode(), words.getValue());
    }

    @Override
    protected String textToRead() {
        return heading() + " " + getTranslation("journey.change.intro");
    }
}
