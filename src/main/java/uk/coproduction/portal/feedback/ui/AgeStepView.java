package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "How old are you?" An age band, never a birth date; children and young people only; optional. */
@Route("feedback/age")
@AnonymousAllowed
class AgeStepView extends ChoiceStep<Optional<AgeBand>> {

    private static final Optional<AgeBand> RATHER_NOT_SAY = Optional.empty();

    AgeStepView(FeedbackDraftService drafts) {
        super(drafts);
    }

    @Override
    protected boolean prepare(BeforeEnterEvent event) {
        if (draft.respondentGroup() != RespondentGroup.YOUNG_PERSON) {
            event.forwardTo(JourneySteps.WHO);
            return false;
        }
        return true;
    }

    @Override
    protected String path() {
        return JourneySteps.AGE;
    }

    @Override
    protected String heading() {
        return getTranslation("journey.age.question");
    }

    @Override
    protected String picture() {
        return "age";
    }

    @Override
    protected String intro() {
        return getTranslation("journey.age.intro");
    }

    @Override
    protected List<Optional<AgeBand>> items() {
        List<Optional<AgeBand>> items = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            items.add(Optional.of(band));
        }
        items.add(RATHER_NOT_SAY);
        return items;
    }

    @Override
    protected String label(Optional<AgeBand> band) {
        return band.map(b -> getTranslation("age." + b.name()))
                .orElseGet(() -> getTranslation("journey.age.rather-not-say"));
    }

    @Override
    protected Optional<AgeBand> current() {
        return draft.ageAnswered() ? Optional.ofNullable(draft.ageBand()) : null;
    }

    @Override
    protected String fieldName() {
        return "ageBand";
    }

    @Override
    protected DraftSnapshot save() {
        Optional<AgeBand> chosen = choices.getValue();
        return drafts.chooseAgeBand(draft.returnCode(), chosen == null ? null : chosen.orElse(null));
    }
}
