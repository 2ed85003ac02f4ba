package uk.coproduction.portal.feedback;

import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.mail.Outbox;
import uk.coproduction.portal.security.StaffIdentity;

import java.time.Clock;
import java.time.Instant;

/**
 * The rules of replying, shared by the services that write and approve replies (always inside their transaction
 * and security checks): what a reply must contain, when it needs a second commissioner's approval, and what
 * happens when it is sent — the feedback becomes "replied" and, if the person asked, an e-mail is queued.
 */
@Component
class ReplyDelivery {

    /** A reply's two versions, checked and cleaned. */
    record Texts(String body, String easyRead) {}

    private final Outbox outbox;
    private final ReplyEmail emails;
    private final Clock clock;

    ReplyDelivery(Outbox outbox, ReplyEmail emails, Clock clock) {
        this.outbox = outbox;
        this.emails = emails;
        this.clock = clock;
    }

    /**
     * Both versions as they would be sent. Someone who gave feedback in Easy Read always gets an Easy Read version.
     *
     * @throws InvalidInputException naming the field ("reply" or "easyReadReply") and how to put it right
     */
    Texts check(Feedback item, String body, String easyReadBody) {
        String easyRead = TextInput.clean(easyReadBody);
        if (easyRead == null && item.getWording() == Wording.EASY_READ) {
            throw InvalidInputException.of("easyReadReply", "triage.error.easy-read-needed");
        }
        if (easyRead != null && easyRead.length() > TextInput.MAX_LENGTH) {
            throw InvalidInputException.of("easyReadReply", "triage.error.reply-too-long");
        }
        String text = TextInput.clean(body);
        if (text == null) {
            throw InvalidInputException.of("reply", "triage.error.reply-empty");
        }
        if (text.length() > TextInput.MAX_LENGTH) {
            throw InvalidInputException.of("reply", "triage.error.reply-too-long");
        }
        return new Texts(text, easyRead);
    }

    /** Whether replies about this feedback wait for a second commissioner (jointly commissioned services). */
    static boolean needsApproval(Feedback item) {
        return item.getService() != null && item.getService().isJointlyCommissioned();
    }

    /** Sends the reply, or holds it for approval when the service is jointly commissioned. */
    FeedbackReply write(Feedback item, StaffIdentity author, String body, String easyReadBody) {
        Texts texts = check(item, body, easyReadBody);
        Instant now = clock.instant();
        if (needsApproval(item)) {
            return item.draftReply(texts.body(), texts.easyRead(), author.id(), now);
        }
        FeedbackReply reply = item.addReply(texts.body(), texts.easyRead(), author.id(), now);
        sent(item, reply, author, now);
        return reply;
    }

    /**
     * Holds a reply for a commissioner's approval whatever the service (provider staff's drafts): nothing is sent
     * and the feedback's status does not move until a commissioner approves it.
     */
    FeedbackReply draftForApproval(Feedback item, StaffIdentity author, String body, String easyReadBody) {
        Texts texts = check(item, body, easyReadBody);
        return item.draftReply(texts.body(), texts.easyRead(), author.id(), clock.instant());
    }

    /** A second commissioner approves a drafted reply, in its words or theirs: it is sent. */
    void approve(FeedbackReply reply, StaffIdentity approver, String body, String easyReadBody) {
        if (reply.getAuthorId() == approver.id()) {
            throw InvalidInputException.of("approval", "workspace.reply.error.own-reply");
        }
        if (reply.getState() != ReplyState.AWAITING_APPROVAL) {
            throw InvalidInputException.of("approval", "workspace.reply.error.not-awaiting");
        }
        Feedback item = reply.getFeedback();
        Texts texts = check(item, body, easyReadBody);
        Instant now = clock.instant();
        reply.approve(texts.body(), texts.easyRead(), approver.id(), now);
        sent(item, reply, approver, now);
    }

    /** Sends a drafted reply back to its author with a note; it is never sent as it is. */
    void giveBack(FeedbackReply reply, StaffIdentity approver, String note) {
        if (reply.getAuthorId() == approver.id()) {
            throw InvalidInputException.of("approval", "workspace.reply.error.own-reply");
        }
        if (reply.getState() != ReplyState.AWAITING_APPROVAL) {
            throw InvalidInputException.of("approval", "workspace.reply.error.not-awaiting");
        }
        String cleaned = TextInput.clean(note);
        if (cleaned == null) {
            throw InvalidInputException.of("returnNote", "workspace.reply.error.note-empty");
        }
        if (cleaned.length() > 2000) {
            throw InvalidInputException.of("returnNote", "workspace.reply.error.note-too-long");
        }
        reply.returnToAuthor(cleaned, approver.id(), clock.instant());
    }

    private void sent(Feedback item, FeedbackReply reply, StaffIdentity by, Instant at) {
        item.advanceTo(FeedbackStatus.REPLIED, by.username(), at);
        ContactRequest contact = item.getContact();
        if (contact.method() == ReplyMethod.EMAIL && contact.email() != null) {
            ReplyEmail.Message message = emails.compose(item, reply);
            outbox.queue(item.getId(), contact.email(), message.subject(), message.body());
        }
    }
}
