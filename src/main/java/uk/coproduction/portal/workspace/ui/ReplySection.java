package uk.coproduction.portal.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.feedback.FeedbackDetail;
import uk.coproduction.portal.feedback.FeedbackReplies;
import uk.coproduction.portal.feedback.FeedbackReplyService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reply part of a feedback item: the replies so far (sent, waiting for approval, returned), and a form for a
 * new reply in plain English and Easy Read, with a template of short Easy Read sentences and a preview before
 * sending. Replies about jointly commissioned services are approved here by a second commissioner. What is typed
 * in the form survives errors, going back from the preview and changes elsewhere on the page.
 */
class ReplySection extends Section {

    private static final int MAX_LENGTH = 5000;

    private final FeedbackTriageService triage;
    private final FeedbackReplyService replies;
    private final Consumer<FeedbackDetail> changed;

    private final Div existing = new Div();
    private final Div notices = new Div();
    private final TextArea reply = new TextArea();
    private final TextArea easyReadReply = new TextArea();
    private final LongSentenceWarning longSentences = new LongSentenceWarning();
    private final Paragraph formProblem = problemParagraph();
    private final EasyReadTemplate template;
    private FeedbackReplies current;

    /** @param changed shows the item again after a reply was sent, approved or returned */
    ReplySection(FeedbackTriageService triage, FeedbackReplyService replies, Consumer<FeedbackDetail> changed) {
        this.triage = triage;
        this.replies = replies;
        this.changed = changed;
        addClassNames("form-section", "replies-section");

        reply.setLabel(getTranslation("detail.reply.label"));
        reply.setHelperText(getTranslation("detail.reply.helper"));
        reply.setMaxLength(MAX_LENGTH);
        reply.addClassName("wide-field");

        easyReadReply.setLabel(getTranslation("detail.reply.easy-read.label"));
        easyReadReply.setHelperText(getTranslation("detail.reply.easy-read.helper"));
        easyReadReply.setMaxLength(MAX_LENGTH);
        easyReadReply.addClassName("wide-field");
        easyReadReply.addValueChangeListener(e -> longSentences.check(e.getValue()));

        template = new EasyReadTemplate(sentences -> {
            easyReadReply.setValue(sentences);
            easyReadReply.setInvalid(false);
            notify("workspace.reply.template.used", false);
        });

        Button preview = new Button(getTranslation("workspace.reply.preview"), e -> previewNewReply());
        preview.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new H2(getTranslation("detail.replies")),
                existing,
                notices,
                reply,
                easyReadReply,
                longSentences,
                template,
                formProblem,
                new Div(preview));
    }

    /** Shows the item's replies as they are now; the form keeps what was typed. */
    void show(FeedbackDetail detail) {
        current = replies.repliesTo(detail.id());
        boolean easyRead = detail.wording() == Wording.EASY_READ;
        easyReadReply.setRequiredIndicatorVisible(easyRead);
        if (easyRead) {
            template.setOpened(true);
        }
        existing.removeAll();
        if (current.replies().isEmpty()) {
            existing.add(new Paragraph(getTranslation("detail.no-replies")));
        }
        current.replies()
                .forEach(entry -> existing.add(
                        switch (entry.state()) {
                            case SENT -> sent(entry);
                            case AWAITING_APPROVAL -> awaiting(entry);
                            case RETURNED -> returned(entry);
                        }));
        notices.removeAll();
        if (current.needsApproval()) {
            notices.add(new Paragraph(getTranslation("workspace.reply.approval-needed")));
        }
        if (current.wantsEmail()) {
            Paragraph email = new Paragraph(getTranslation(
                    current.emailReady() ? "workspace.reply.email.set-up" : "workspace.reply.email.not-set-up"));
            if (!current.emailReady()) {
                email.addClassName("replies-warning");
            }
            notices.add(email);
            var emails = current.emails();
            if (emails.sent() + emails.waiting() + emails.failed() > 0) {
                notices.add(new Paragraph(getTranslation(
                        "workspace.reply.email.status", emails.sent(), emails.waiting(), emails.failed())));
            }
        }
    }

    private Div sent(FeedbackReplies.Entry entry) {
        Div box = box(entry.body(), entry.easyRead());
        box.addComponentAsFirst(new Paragraph(getTranslation(
                "detail.reply.sent-by", entry.author(), DisplayDates.dateTime(entry.sentAt(), getLocale()))));
        if (entry.approvedBy() != null) {
            box.add(new Paragraph(getTranslation("workspace.reply.approved-by", entry.approvedBy())));
        }
        return box;
    }

    private Div awaiting(FeedbackReplies.Entry entry) {
        Paragraph by = new Paragraph(getTranslation(
                "workspace.reply.awaiting.by", entry.author(), DisplayDates.dateTime(entry.draftedAt(), getLocale())));
        if (entry.mine()) {
            Div box = box(entry.body(), entry.easyRead());
            box.addComponentAsFirst(by);
            box.addComponentAsFirst(new H3(getTranslation("workspace.reply.awaiting.title")));
            box.add(new Paragraph(getTranslation("workspace.reply.awaiting.own")));
            return box;
        }
        TextArea body = new TextArea(getTranslation("workspace.reply.approve.body"));
        body.setValue(entry.body());
        body.setHelperText(getTranslation("workspace.reply.approve.helper"));
        body.setMaxLength(MAX_LENGTH);
        body.addClassName("wide-field");
        TextArea easyRead = new TextArea(getTranslation("workspace.reply.approve.easy-read"));
        easyRead.setValue(entry.easyRead() == null ? "" : entry.easyRead());
        easyRead.setMaxLength(MAX_LENGTH);
        easyRead.addClassName("wide-field");
        easyRead.setRequiredIndicatorVisible(current.wording() == Wording.EASY_READ);
        Paragraph problem = problemParagraph();
        Button approve = new Button(
                getTranslation("workspace.reply.approve"), e -> previewApproval(entry, body, easyRead, problem));
        approve.addThemeVariants(ButtonVariant.PRIMARY);

        TextArea note = new TextArea(getTranslation("workspace.reply.return.note"));
        note.setHelperText(getTranslation("workspace.reply.return.helper"));
        note.setMaxLength(2000);
        note.addClassName("wide-field");
        Button giveBack =
                new Button(getTranslation("workspace.reply.return"), e -> returnToAuthor(entry, note, problem));

        Div box = new Div(
                new H3(getTranslation("workspace.reply.awaiting.title")),
                by,
                body,
                easyRead,
                problem,
                new Div(approve),
                note,
                new Div(giveBack));
        box.addClassNames("reply", "replies-awaiting");
        return box;
    }

    private Div returned(FeedbackReplies.Entry entry) {
        Div box = box(entry.body(), entry.easyRead());
        box.addComponentAsFirst(new Paragraph(getTranslation(
                "workspace.reply.returned.by",
                entry.returnedBy(),
                entry.author(),
                DisplayDates.dateTime(entry.returnedAt(), getLocale()),
                entry.returnNote())));
        box.addComponentAsFirst(new H3(getTranslation("workspace.reply.returned.title")));
        box.add(new Button(getTranslation("workspace.reply.use-again"), e -> {
            reply.setValue(entry.body());
            easyReadReply.setValue(entry.easyRead() == null ? "" : entry.easyRead());
            reply.focus();
            notify("workspace.reply.used-again", false);
        }));
        return box;
    }

    private Div box(String body, String easyRead) {
        Paragraph words = new Paragraph(body);
        words.addClassName("replies-text");
        Div box = new Div(words);
        if (easyRead != null) {
            Paragraph easy = new Paragraph(easyRead);
            easy.addClassName("replies-text");
            box.add(new H3(getTranslation("detail.reply.easy-read.label")), easy);
        }
        box.addClassName("reply");
        return box;
    }

    private void previewNewReply() {
        reply.setInvalid(false);
        easyReadReply.setInvalid(false);
        formProblem.setVisible(false);
        try {
            replies.check(current.feedbackId(), reply.getValue(), easyReadReply.getValue());
        } catch (InvalidInputException invalid) {
            showProblem(invalid);
            return;
        }
        List<String> notes = new ArrayList<>();
        if (current.needsApproval()) {
            notes.add(getTranslation("workspace.reply.preview.approval"));
        }
        emailNote(notes);
        String sendLabel =
                getTranslation(current.needsApproval() ? "workspace.reply.send-for-approval" : "workspace.reply.send");
        new ReplyPreview(
                        reply.getValue().strip(),
                        blankToNull(easyReadReply.getValue()),
                        current.wording(),
                        notes,
                        sendLabel,
                        this::sendNewReply)
                .open();
    }

    private void sendNewReply(ReplyPreview preview) {
        FeedbackDetail updated;
        boolean needsApproval = current.needsApproval();
        try {
            updated = triage.reply(current.feedbackId(), reply.getValue(), easyReadReply.getValue());
        } catch (InvalidInputException invalid) {
            preview.close();
            showProblem(invalid);
            return;
        }
        preview.close();
        reply.clear();
        easyReadReply.clear();
        template.reset();
        notify(needsApproval ? "workspace.reply.sent-for-approval" : "detail.reply.sent", true);
        changed.accept(updated);
    }

    private void previewApproval(FeedbackReplies.Entry entry, TextArea body, TextArea easyRead, Paragraph problem) {
        body.setInvalid(false);
        easyRead.setInvalid(false);
        problem.setVisible(false);
        try {
            replies.check(current.feedbackId(), body.getValue(), easyRead.getValue());
        } catch (InvalidInputException invalid) {
            showProblem(invalid, body, easyRead, problem);
            return;
        }
        List<String> notes = new ArrayList<>();
        emailNote(notes);
        new ReplyPreview(
                        body.getValue().strip(),
                        blankToNull(easyRead.getValue()),
                        current.wording(),
                        notes,
                        getTranslation("workspace.reply.approve-send"),
                        preview -> {
                            try {
                                replies.approve(entry.id(), body.getValue(), easyRead.getValue());
                            } catch (InvalidInputException invalid) {
                                preview.close();
                                showProblem(invalid, body, easyRead, problem);
                                return;
                            }
                            preview.close();
                            notify("workspace.reply.approved", true);
                            changed.accept(triage.open(current.feedbackId()));
                        })
                .open();
    }

    private void returnToAuthor(FeedbackReplies.Entry entry, TextArea note, Paragraph problem) {
        note.setInvalid(false);
        problem.setVisible(false);
        try {
            replies.returnToAuthor(entry.id(), note.getValue());
        } catch (InvalidInputException invalid) {
            InvalidInputException.Problem first = invalid.problems().getFirst();
            if ("returnNote".equals(first.field())) {
                note.setErrorMessage(getTranslation(first.messageKey()));
                note.setInvalid(true);
                note.focus();
            } else {
                problem.setText(getTranslation(first.messageKey()));
                problem.setVisible(true);
            }
            return;
        }
        notify("workspace.reply.returned", true);
        changed.accept(triage.open(current.feedbackId()));
    }

    private void emailNote(List<String> notes) {
        if (current.wantsEmail()) {
            notes.add(getTranslation(
                    current.emailReady() ? "workspace.reply.preview.email" : "workspace.reply.email.not-set-up"));
        }
    }

    private void showProblem(InvalidInputException invalid) {
        showProblem(invalid, reply, easyReadReply, formProblem);
    }

    private void showProblem(InvalidInputException invalid, TextArea body, TextArea easyRead, Paragraph other) {
        InvalidInputException.Problem problem = invalid.problems().getFirst();
        String message = getTranslation(problem.messageKey());
        TextArea field = switch (problem.field()) {
            case "reply" -> body;
            case "easyReadReply" -> easyRead;
            default -> null;
        };
        if (field == null) {
            other.setText(message);
            other.setVisible(true);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private void notify(String messageKey, boolean success) {
        Notification notification =
                Notification.show(getTranslation(messageKey), 4000, Notification.Position.TOP_CENTER);
        if (success) {
            notification.addThemeVariants(NotificationVariant.SUCCESS);
        }
    }

    private static Paragraph problemParagraph() {
        Paragraph problem = new Paragraph();
        problem.addClassName("replies-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        return problem;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
