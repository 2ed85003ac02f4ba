package uk.coproduction.portal.frontline.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import uk.coproduction.portal.frontline.FrontlineDetail;
import uk.coproduction.portal.frontline.FrontlineViewsService;

/** On the feedback detail page of a frontline worker's view: the quarter it counts for and the role they gave. */
public class FrontlineSection extends Section {

    public FrontlineSection(FrontlineViewsService frontline, long feedbackId) {
        addClassNames("form-section", "frontline-section");
        frontline.detail(feedbackId).ifPresentOrElse(this::show, () -> setVisible(false));
    }

    private void show(FrontlineDetail detail) {
        DescriptionList list = new DescriptionList();
        list.add(
                new DescriptionList.Term(getTranslation("frontline.detail.quarter")),
                new DescriptionList.Description(detail.quarter()),
                new DescriptionList.Term(getTranslation("frontline.detail.role")),
                new DescriptionList.Description(
                        detail.role() == null ? getTranslation("frontline.detail.no-role") : detail.role()));
        add(new H2(getTranslation("frontline.detail.title")), list);
    }
}
