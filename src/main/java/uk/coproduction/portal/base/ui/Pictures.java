package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The simple pictures shipped with the portal (src/main/resources/META-INF/resources/images/pictures), and
 * Easy Read sentences: a picture beside each sentence. Pictures are decorative: the words beside them say
 * everything, so screen readers skip them.
 */
public final class Pictures {

    private Pictures() {}

    public static Image picture(String name) {
        Image image = new Image("images/pictures/" + name + ".svg", "");
        image.addClassName("picture");
        image.getElement().setAttribute("aria-hidden", "true");
        image.setWidth("64px");
        image.setHeight("64px");
        return image;
    }

    /** A sentence with its picture beside it. Outside Easy Read the picture is not shown (see portal.css). */
    public static Component sentence(String picture, String text) {
        Image image = picture(picture);
        image.addClassName("sentence-picture");
        Div line = new Div(image, new Paragraph(ForeignWords.parts(text)));
        line.addClassName("sentence");
        return line;
    }
}
