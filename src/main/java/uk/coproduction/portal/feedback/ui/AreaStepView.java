package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.services.AreaSummary;
import uk.coproduction.portal.services.ServiceCatalogue;

import java.util.ArrayList;
import java.util.List;

/** "Where do you live?" One of the four areas, or rather not say. Optional. */
@Route("feedback/area")
@AnonymousAllowed
class AreaStepView extends ChoiceStep<AreaSummary> {

    private static final AreaSummary RATHER_NOT_SAY = new AreaSummary(-1, "", "");
    private final List<AreaSummary> areas;

    AreaStepView(FeedbackDraftService drafts, ServiceCatalogue catalogue) {
        super(drafts);
        this.areas = catalogue.areas();
    }

    @Override
    protected String path() {
        return JourneySteps.AREA;
    }

    @Override
    protected String heading() {
        return getTranslation("journey.area.question");
    }

    @Override
    protected String picture() {
        return "area";
    }

    @Override
    protected String intro() {
        return getTranslation("journey.area.intro");
    }

    @Override
    protected List<AreaSummary> items() {
        List<AreaSummary> items = new ArrayList<>(areas);
        items.add(RATHER_NOT_SAY);
        return items;
    }

    @Override
    protected String label(AreaSummary area) {
        return area == RATHER_NOT_SAY ? getTranslation("journey.area.rather-not-say") : area.name();
    }

    @Override
    protected AreaSummary current() {
        if (!draft.areaAnswered()) {
            return null;
        }
        return areas.stream()
                .filter(a -> draft.areaId() != null && a.id() == draft.areaId())
                .findFirst()
                .orElse(RATHER_NOT_SAY);
    }

    @Override
    protected String fieldName() {
        return "area";
    }

    @Override
    protected DraftSnapshot save() {
        AreaSummary chosen = choices.getValue();
        return drafts.chooseArea(draft.returnCode(), chosen == null || chosen == RATHER_NOT_SAY ? null : chosen.id());
    }
}
