package uk.coproduction.portal.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.ui.ArrivalGate;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.privacy.CodeSending;
import uk.coproduction.portal.privacy.DataHeld;
import uk.coproduction.portal.privacy.ErasureOutcome;
import uk.coproduction.portal.privacy.ErasurePreview;
import uk.coproduction.portal.privacy.MyDataService;
import uk.coproduction.portal.privacy.ProofResult;
import uk.coproduction.portal.privacy.SecondProof;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "See, download or delete my feedback". A reference code alone opens nothing here (decision 0017): the person types
 * it, then proves it is theirs with a one-time code sent to the e-mail address or phone number they gave, or with the
 * private code shown once when they sent it. Then they see everything we hold (contact details masked), can save a
 * copy and delete their words and contact details, after seeing what goes and what stays (decision 0040). Every step counts against the same per-address limit as the track page.
 */
@Route("my-data")
@AnonymousAllowed
public class MyDataView extends Div implements HasDynamicTitle {

    private final MyDataService myData;
    private final ArrivalGate gate;
    private final TextField code = new TextField();
    private final Div proofArea = new Div();
    private final Div result = new Div();
    /** The reference code the proof is for, as found (not as now typed in the field). */
    private @Nullable String provingCode;
    /** The heading of the deletion part shown last, where focus goes once the person has confirmed. */
    private @Nullable H3 eraseTitle;

    MyDataView(MyDataService myData) {
        this.myData = myData;
        this.gate = new ArrivalGate();
        addClassName("page");
        code.setLabel(getTranslation("track.code.label"));
        code.setMaxLength(20);
        code.addClassName("code-field");
        Button next = new Button(getTranslation("privacy.mydata.next"), e -> lookUp());
        next.addThemeVariants(ButtonVariant.PRIMARY);
        Div lookup = new Div(code, next);
        lookup.addClassName("lookup");
        proofArea.getElement().setAttribute("aria-live", "polite");
        result.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("privacy.mydata.title")),
                new Paragraph(getTranslation("privacy.mydata.intro")),
                lookup,
                gate,
                proofArea,
                result);
    }

    private void lookUp() {
        proofArea.removeAll();
        result.removeAll();
        provingCode = null;
        gate.pass(null, this::lookUpNow);
    }

    private void lookUpNow() {
        Optional<SecondProof> proof = myData.lookUp(code.getValue());
        if (proof.isEmpty()) {
            problem(code, code, getTranslation("track.not-found"));
            return;
        }
        code.setInvalid(false);
        provingCode = code.getValue();
        proofArea.add(new H2(getTranslation("privacy.mydata.proof.title")));
        switch (proof.get().way()) {
            case EMAIL_CODE, TEXT_CODE -> askForOneTimeCode(proof.get());
            case PRIVATE_CODE -> askForPrivateCode();
            case NONE -> proofArea.add(new Paragraph(getTranslation("privacy.mydata.proof.none")));
        }
    }

    private void askForOneTimeCode(SecondProof proof) {
        boolean byEmail = proof.way() == SecondProof.Way.EMAIL_CODE;
        Paragraph where = new Paragraph(
                getTranslation(byEmail ? "privacy.mydata.proof.email" : "privacy.mydata.proof.text", proof.sentTo()));
        Paragraph said = new Paragraph();
        said.getElement().setAttribute("role", "status");
        TextField oneTime = new TextField(getTranslation("privacy.mydata.proof.code"));
        oneTime.setMaxLength(12);
        oneTime.setHelperText(getTranslation("privacy.mydata.proof.code-help"));
        oneTime.setVisible(false);
        Button show = new Button(getTranslation("privacy.mydata.show"));
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.setVisible(false);
        Button send = new Button(getTranslation("privacy.mydata.proof.send"));
        send.addClickListener(e -> gate.pass(null, () -> {
            CodeSending sending = myData.sendCode(provingCode, getLocale());
            if (sending.outcome() == CodeSending.Outcome.TOO_MANY_CODES) {
                said.setText(getTranslation("privacy.mydata.proof.too-many-codes"));
                return;
            }
            if (sending.outcome() != CodeSending.Outcome.SENT) {
                said.setText(getTranslation("track.not-found"));
                return;
            }
            // a code is only sent where a second proof was found
            SecondProof sentProof = Objects.requireNonNull(sending.proof(), "a SENT code has its proof");
            String sent = getTranslation(
                    byEmail ? "privacy.mydata.proof.email-sent" : "privacy.mydata.proof.text-sent", sentProof.sentTo());
            if (!sentProof.canArrive()) {
                sent += " "
                        + getTranslation(
                                byEmail
                                        ? "privacy.mydata.proof.email-not-working"
                                        : "privacy.mydata.proof.text-not-working");
            }
            said.setText(sent);
            send.setText(getTranslation("privacy.mydata.proof.send-again"));
            oneTime.clear();
            oneTime.setInvalid(false);
            oneTime.setVisible(true);
            show.setVisible(true);
            oneTime.focus();
        }));
        show.addClickListener(e -> prove(oneTime, show));
        proofArea.add(where, send, said, oneTime, show);
    }

    private void askForPrivateCode() {
        TextField secret = new TextField(getTranslation("privacy.mydata.proof.private"));
        secret.setMaxLength(20);
        secret.setHelperText(getTranslation("privacy.mydata.proof.private-help"));
        Button show = new Button(getTranslation("privacy.mydata.show"));
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.addClickListener(e -> prove(secret, show));
        proofArea.add(new Paragraph(getTranslation("privacy.mydata.proof.private-intro")), secret, show);
        secret.focus();
    }

    private void prove(TextField proofField, Button show) {
        result.removeAll();
        gate.pass(null, () -> proveNow(proofField));
    }

    private void proveNow(TextField proofField) {
        ProofResult proof = myData.prove(provingCode, proofField.getValue());
        if (!proof.opened()) {
            problem(proofField, proofField, refusal(proof));
            return;
        }
        proofField.setInvalid(false);
        proofArea.removeAll();
        String access = Objects.requireNonNull(proof.accessToken(), "an OPENED proof carries its access token");
        Optional<DataHeld> held = myData.dataHeld(access);
        if (held.isEmpty()) {
            result.add(new Paragraph(getTranslation("privacy.mydata.timed-out")));
            return;
        }
        result.add(describe(held.get(), access));
    }

    /** Kind, and always saying what to do next. */
    private String refusal(ProofResult proof) {
        return switch (proof.outcome()) {
            case WRONG ->
                proof.triesLeft() < 0
                        ? getTranslation("privacy.mydata.refused.wrong-private")
                        : getTranslation("privacy.mydata.refused.wrong-code", proof.triesLeft());
            case EXPIRED -> getTranslation("privacy.mydata.refused.expired");
            case ALREADY_USED -> getTranslation("privacy.mydata.refused.used");
            case TOO_MANY_TRIES -> getTranslation("privacy.mydata.refused.too-many-tries");
            case NO_CODE_SENT -> getTranslation("privacy.mydata.refused.no-code");
            case NO_PROOF_POSSIBLE -> getTranslation("privacy.mydata.proof.none");
            case NOT_FOUND, OPENED -> getTranslation("track.not-found");
        };
    }

    private void problem(HasValidation field, Component focus, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (focus instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private Section describe(DataHeld held, String access) {
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
        item(
                about,
                lines,
                "privacy.mydata.group",
                held.group() == null
                        ? null
                        : getTranslation("group." + held.group().name()));
        item(
                about,
                lines,
                "privacy.mydata.age",
                held.ageBand() == null
                        ? null
                        : getTranslation("age." + held.ageBand().name()));
        item(
                about,
                lines,
                "privacy.mydata.channel",
                held.channel() == null
                        ? null
                        : getTranslation("channel." + held.channel().name()));
        section.add(about);

        section.add(heading(getTranslation("privacy.mydata.answers"), lines));
        UnorderedList answers = new UnorderedList();
        for (DataHeld.Answer answer : held.answers()) {
            line(
                    answers,
                    lines,
                    answer.question() + ": "
                            + getTranslation("answer."
                                    + Objects.requireNonNull(answer.rating(), "answers are the rated questions")
                                            .name()));
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
            line(
                    replies,
                    lines,
                    getTranslation("track.result.reply-on", DisplayDates.date(reply.sentAt(), getLocale())) + " "
                            + reply.body());
        }
        if (held.replies().isEmpty()) {
            line(replies, lines, getTranslation("track.result.no-reply"));
        }
        section.add(replies);

        section.add(heading(getTranslation("privacy.mydata.history"), lines));
        UnorderedList history = new UnorderedList();
        for (DataHeld.Step step : held.history()) {
            line(
                    history,
                    lines,
                    DisplayDates.date(step.at(), getLocale()) + ": "
                            + getTranslation("status.public." + step.status().name()));
        }
        section.add(history);

        String fileText = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        byte[] bytes = fileText.getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> myData.recordDownload(access)
                        ? new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "my-feedback-" + held.referenceCode() + ".txt",
                                "text/plain;charset=UTF-8",
                                bytes.length)
                        : DownloadResponse.error(HttpStatusCode.FORBIDDEN)),
                AttachmentType.DOWNLOAD,
                getTranslation("privacy.mydata.download"));
        download.addClassName("privacy-mydata-download");
        section.add(new Paragraph(download));
        section.add(erasure(held, access));
        return section;
    }

    /**
     * Deleting takes a look first (decision 0040): the person sees what would be removed and what would stay, from
     * what is actually held, then confirms with a button or cancels; only the confirmation the preview gave can
     * delete anything.
     */
    private Section erasure(DataHeld held, String access) {
        H3 title = new H3(getTranslation("privacy.erase.title"));
        title.getElement().setAttribute("tabindex", "-1");
        eraseTitle = title;
        Section erase = new Section(title);
        erase.addClassName("privacy-erase");
        Paragraph said = new Paragraph();
        said.getElement().setAttribute("role", "status");
        if (held.erasedAt() != null) {
            said.setText(getTranslation("privacy.erase.erased", DisplayDates.date(held.erasedAt(), getLocale())));
            erase.add(said);
            return erase;
        }
        if (held.erasureAskedAt() != null) {
            said.setText(
                    getTranslation("privacy.erase.waiting", DisplayDates.date(held.erasureAskedAt(), getLocale())));
            erase.add(said);
            return erase;
        }
        Div check = new Div();
        check.addClassName("privacy-erase-check");
        Button ask = new Button(getTranslation("privacy.erase.ask"));
        ask.addClickListener(e -> {
            said.setText("");
            Optional<ErasurePreview> preview = myData.previewErasure(access);
            if (preview.isEmpty()) {
                said.setText(getTranslation("privacy.mydata.timed-out"));
                return;
            }
            ask.setVisible(false);
            showCheck(check, preview.get(), access, said, ask);
        });
        erase.add(new Paragraph(getTranslation("privacy.erase.intro")), ask, check, said);
        return erase;
    }

    private void showCheck(Div check, ErasurePreview preview, String access, Paragraph said, Button ask) {
        check.removeAll();
        H4 heading = new H4(getTranslation("privacy.erase.check-title"));
        heading.getElement().setAttribute("tabindex", "-1");
        heading.setId("erase-check-title");
        UnorderedList removed = new UnorderedList();
        removed.setId("erase-removed");
        for (ErasurePreview.Item<ErasurePreview.Part> item : preview.removed()) {
            removed.add(new ListItem(
                    getTranslation("privacy.erase.part." + item.what().name(), item.count())));
        }
        if (preview.removed().isEmpty()) {
            removed.add(new ListItem(getTranslation("privacy.erase.nothing-to-remove")));
        }
        UnorderedList kept = new UnorderedList();
        kept.setId("erase-kept");
        for (ErasurePreview.Item<ErasurePreview.Kept> item : preview.kept()) {
            kept.add(new ListItem(
                    getTranslation("privacy.erase.kept." + item.what().name(), item.count())));
        }
        Paragraph removedIntro = new Paragraph(getTranslation("privacy.erase.will-remove"));
        removedIntro.setId("erase-removed-intro");
        removed.getElement().setAttribute("aria-labelledby", "erase-removed-intro");
        Paragraph keptIntro = new Paragraph(getTranslation("privacy.erase.will-stay"));
        keptIntro.setId("erase-kept-intro");
        kept.getElement().setAttribute("aria-labelledby", "erase-kept-intro");
        Button yes = new Button(getTranslation("privacy.erase.yes"));
        yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        Button no = new Button(getTranslation("privacy.erase.no"));
        yes.addClickListener(e -> confirm(preview, access, check, said, ask));
        no.addClickListener(e -> {
            myData.cancelErasure(access, preview.confirmation());
            check.removeAll();
            ask.setVisible(true);
            said.setText(getTranslation("privacy.erase.cancelled"));
            ask.focus();
        });
        Div buttons = new Div(yes, no);
        buttons.addClassName("privacy-erase-buttons");
        check.add(
                heading,
                removedIntro,
                removed,
                keptIntro,
                kept,
                new Paragraph(getTranslation("privacy.erase.sure")),
                buttons);
        heading.getElement().callJsFunction("focus");
    }

    private void confirm(ErasurePreview preview, String access, Div check, Paragraph said, Button ask) {
        ErasureOutcome outcome = myData.confirmErasure(access, preview.confirmation());
        check.removeAll();
        switch (outcome) {
            case ERASED, WAITING_FOR_CHECK -> {
                Optional<DataHeld> after = myData.dataHeld(access);
                result.removeAll();
                if (after.isEmpty()) {
                    result.add(new Paragraph(getTranslation("privacy.mydata.timed-out")));
                    return;
                }
                result.add(describe(after.get(), access));
                if (eraseTitle != null) {
                    eraseTitle.getElement().callJsFunction("focus");
                }
            }
            case NOT_CONFIRMED -> {
                ask.setVisible(true);
                said.setText(getTranslation("privacy.erase.not-confirmed"));
                ask.focus();
            }
            case TIMED_OUT -> said.setText(getTranslation("privacy.mydata.timed-out"));
        }
    }

    private H3 heading(String text, List<String> lines) {
        lines.add("");
        lines.add(text);
        return new H3(text);
    }

    private void item(UnorderedList list, List<String> lines, String key, @Nullable String value) {
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
