package uk.coproduction.portal.advocacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.coproduction.portal.advocacy.AdvocacyService;
import uk.coproduction.portal.advocacy.CaseloadItem;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.base.ui.StaffLayout;

/**
 * The reply to something an advocate sent, in Easy Read, ready to print and take back to the person. Only for what
 * the advocate sent themselves: anything else looks as if it does not exist.
 */
@Route(value = "staff/advocacy/:id/reply", layout = StaffLayout.class)
@RolesAllowed(Roles.ADVOCATE)
public class ReplyToTakeBackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AdvocacyService advocacy;
    private CaseloadItem item;

    ReplyToTakeBackView(AdvocacyService advocacy) {
        this.advocacy = advocacy;
        addClassNames("page", "advocacy-reply");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        item = event.getRouteParameters()
                .get("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .flatMap(advocacy::caseItem)
                .orElse(null);
        if (item == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        RouterLink back = new RouterLink(getTranslation("advocacy.reply.back"), CaseloadView.class);
        back.addClassNames("back-link", "advocacy-no-print");
        H1 title = new H1(getTranslation("advocacy.reply.title", item.referenceCode()));
        add(back, title);
        if (!item.hasReply()) {
            add(new Paragraph(getTranslation("advocacy.reply.none")));
            return;
        }
        Button print = new Button(
                getTranslation("advocacy.reply.print"), e -> getElement().executeJs("window.print()"));
        print.addClassName("advocacy-no-print");
        add(print, easyRead());
        Section plain = new Section(new H2(getTranslation("advocacy.reply.plain")));
        plain.addClassName("advocacy-no-print");
        item.replies().forEach(r -> {
            Paragraph body = new Paragraph(r.body());
            body.addClassName("their-words");
            plain.add(
                    new Paragraph(getTranslation("advocacy.reply.sent-on", DisplayDates.date(r.sentAt(), getLocale()))),
                    body);
        });
        add(plain);
    }

    /** The sheet to print: short sentences with pictures, the reply in Easy Read (or plain words when there is none). */
    private Div easyRead() {
        Div sheet = new Div(new H2(getTranslation("advocacy.reply.sheet-title")));
        sheet.addClassNames("easy-read", "advocacy-readback");
        sheet.add(Pictures.sentence(
                "reply",
                getTranslation(
                        "advocacy.reply.sheet.intro",
                        item.serviceName() == null
                                ? getTranslation("advocacy.reply.sheet.service-unknown")
                                : item.serviceName())));
        sheet.add(Pictures.sentence("code", getTranslation("advocacy.reply.sheet.code", item.referenceCode())));
        for (CaseloadItem.Reply reply : item.replies()) {
            sheet.add(Pictures.sentence(
                    "write",
                    getTranslation("advocacy.reply.sheet.they-wrote", DisplayDates.date(reply.sentAt(), getLocale()))));
            String words = reply.easyRead() != null ? reply.easyRead() : reply.body();
            if (reply.easyRead() == null) {
                Paragraph note = new Paragraph(getTranslation("advocacy.reply.no-easy-read"));
                note.addClassName("advocacy-no-print");
                sheet.add(note);
            }
            Div text = new Div();
            text.addClassName("advocacy-reply-text");
            words.lines().filter(l -> !l.isBlank()).forEach(l -> text.add(new Paragraph(l)));
            sheet.add(text);
        }
        sheet.add(Pictures.sentence(
                "track", getTranslation("status.public." + item.status().name())));
        return sheet;
    }

    @Override
    public String getPageTitle() {
        return item == null
                ? getTranslation("advocacy.reply.page-title-plain")
                : getTranslation("advocacy.reply.page-title", item.referenceCode());
    }
}
