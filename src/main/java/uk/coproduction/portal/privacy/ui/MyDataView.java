package uk.coproduction.portal.privacy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import uk.coproduction.portal.base.ui.ClientAddress;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.privacy.DataHeld;
import uk.coproduction.portal.privacy.MyDataService;
import uk.coproduction.portal.security.AnonymousLimits;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "See, download or delete my feedback": the person types their reference code and sees everything we hold about
 * it, can save a copy as a text file, and can ask for it to be deleted. Same lookup limit as the track page.
 */
@Route("my-data")
@AnonymousAllowed
public class MyDataView extends Div implements HasDynamicTitle {

    private final MyDataService myData;
    private final AnonymousLimits limits;
    private final TextField code = new TextField();
    private final Div result = new Div();

    MyDataView(MyDataService myData, AnonymousLimits limits) {
        this.myData = myData;
        this.limits = limits;
        addClassName("page");
        code.setLabel(getTranslation("track.code.label"));
        code.setMaxLength(20);
        code.addClassName("code-field");
        Button show = new Button(getTranslation("privacy.mydata.show"), e -> show());
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.addClickShortcut(Key.ENTER);
        Div lookup = new Div(code, show);
        lookup.addClassName("lookup");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("privacy.mydata.title")), new Paragraph(getTranslation("privacy.mydata.intro")),
                lookup, result);
    }

    private void show() {
        result.removeAll();
        if (!limits.allow(AnonymousLimits.Purpose.LOOKUP, ClientAddress.current())) {
            problem(getTranslation("limits.too-much"));
            return;
        }
        Optional<DataHeld> held = myData.dataHeld(code.getValue());
        if (held.isEmpty()) {
            problem(getTranslation("track.not-found"));
            return;
        }
        code.setInvalid(false);
        result.add(describe(held.get()));
    }

    private void problem(String message) {
        code.setErrorMessage(message);
        code.setInvalid(true);
        code.focus();
    }

    private Section describe(DataHeld held) {
        List<String> lines = new ArrayList<>();
        Section section = new Section();
        section.addClassName("privacy-mydata");
        section.add(new H2(getTranslation("track.result.title", held.referenceCode())));
        lines.add(getTranslation("track.result.title", held.referenceCode()));

        section.add(heading(getTranslation("privacy.mydata.about"), lines));
        UnorderedList about = new UnorderedList();
        item(about, lines, "privacy.mydata.sent-on", DisplayDates.date(held.submittedAt(), getLocale()));
        item(about, lines, "privacy.mydata.service", held.serviceName());
        item(about, lines, "privacy.mydata.area", held.areaName());
        item(about, lines, "privacy.mydata.group",
                held.group() == null ? null : getTranslation("group." + held.group().name()));
        item(about, lines, "privacy.mydata.age",
                held.ageBand() == null ? null : getTranslation("age." + held.ageBand().name()));
        item(about, lines, "privacy.mydata.channel",
                held.channel() == null ? null : getTranslation("channel." + held.channel().name()));
        section.add(about);

        section.add(heading(getTranslation("privacy.mydata.answers"), lines));
        UnorderedList answers = new UnorderedList();
        for (DataHeld.Answer answer : held.answers()) {
            line(answers, lines, answer.question() + ": " + getTranslation("answer." + answer.rating().name()));
        }
        section.add(answers);

        section.add(heading(getTranslation("privacy.mydata.words"), lines));
        UnorderedList words = new UnorderedList();
        item(words, lines, "privacy.mydata.comment", held.comment());
        item(words, lines, "privacy.mydata.change", held.changeWanted());
        for (DataHeld.Answer more : held.moreWords()) {
            line(words, lines, more.question() + ": " + more.words());
        }
        if (words.getChildren().findAny().isEmpty()) {
            line(words, lines, getTranslation("privacy.mydata.none"));
        }
        section.add(words);

        section.add(heading(getTranslation("privacy.mydata.contact"), lines));
        UnorderedList contact = new UnorderedList();
        item(contact, lines, "privacy.mydata.email", held.email());
        item(contact, lines, "privacy.mydata.phone", held.phone());
        item(contact, lines, "privacy.mydata.advocate", held.advocate());
        if (contact.getChildren().findAny().isEmpty()) {
            line(contact, lines, getTranslation("privacy.mydata.no-contact"));
        }
        section.add(contact);

        section.add(heading(getTranslation("privacy.mydata.replies"), lines));
        UnorderedList replies = new UnorderedList();
        for (DataHeld.Reply reply : held.replies()) {
            line(replies, lines, getTranslation("track.result.reply-on", DisplayDates.date(reply.sentAt(), getLocale()))
                    + " " + reply.body());
        }
        if (held.replies().isEmpty()) {
            line(replies, lines, getTranslation("track.result.no-reply"));
        }
        section.add(replies);

        section.add(heading(getTranslation("privacy.mydata.history"), lines));
        UnorderedList history = new UnorderedList();
        for (DataHeld.Step step : held.history()) {
            line(history, lines, DisplayDates.date(step.at(), getLocale()) + ": "
                    + getTranslation("status.public." + step.status().name()));
        }
        section.add(history);

        String fileText = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        byte[] bytes = fileText.getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "my-feedback-" + held.referenceCode() + ".txt",
                "text/plain;charset=UTF-8", bytes.length)), AttachmentType.DOWNLOAD,
                getTranslation("privacy.mydata.download"));
        download.addClassName("privacy-mydata-download");
        section.add(new Paragraph(download));
        section.add(erasure(held));
        return section;
    }

    /** Asking for deletion takes two steps, so nobody deletes their feedback by mistake. */
    private Section erasure(DataHeld held) {
        Section erase = new Section(new H3(getTranslation("privacy.mydata.delete.title")));
        Paragraph said = new Paragraph();
        said.getElement().setAttribute("role", "status");
        if (held.erasureAskedAt() != null) {
            said.setText(getTranslation("privacy.mydata.delete.asked",
                    DisplayDates.date(held.erasureAskedAt(), getLocale())));
            erase.add(said);
            return erase;
        }
        Div confirm = new Div(new Paragraph(getTranslation("privacy.mydata.delete.sure")));
        confirm.setVisible(false);
        Button ask = new Button(getTranslation("privacy.mydata.delete.ask"));
        Button yes = new Button(getTranslation("privacy.mydata.delete.yes"));
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        Button no = new Button(getTranslation("privacy.mydata.delete.no"));
        confirm.add(yes, no);
        ask.addClickListener(e -> {
            confirm.setVisible(true);
            ask.setVisible(false);
            yes.focus();
        });
        no.addClickListener(e -> {
            confirm.setVisible(false);
            ask.setVisible(true);
            ask.focus();
        });
        yes.addClickListener(e -> {
            myData.askForErasure(held.referenceCode());
            confirm.setVisible(false);
            said.setText(getTranslation("privacy.mydata.delete.done"));
        });
        erase.add(new Paragraph(getTranslation("privacy.mydata.delete.intro")), ask, confirm, said);
        return erase;
    }

    private H3 heading(String text, List<String> lines) {
        lines.add("");
        lines.add(text);
        return new H3(text);
    }

    private void item(UnorderedList list, List<String> lines, String key, String value) {
        if (value != null) {
            line(list, lines, getTranslation(key, value));
        }
    }

    private void line(UnorderedList list, List<String> lines, String text) {
        list.add(new ListItem(text));
        lines.add("- " + text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.mydata.page-title");
    }
}
