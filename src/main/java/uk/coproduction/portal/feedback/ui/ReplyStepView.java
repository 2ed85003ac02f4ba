package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.ReplyMethod;

/**
 * "Do you want a reply?" By email, by phone, through an advocate, or no. Only the detail for the chosen way is
 * asked for and kept.
 */
@Route("feedback/reply")
@AnonymousAllowed
class ReplyStepView extends JourneyPage {

    private final RadioButtonGroup<ReplyMethod> method = new RadioButtonGroup<>();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField advocate = new TextField();

    ReplyStepView(FeedbackDraftService drafts) {
        super(drafts);
    }

    @Override
    protected String path() {
        return JourneySteps.REPLY;
    }

    @Override
    protected String heading() {
        return getTranslation("journey.reply.question");
    }

    @Override
    protected String picture() {
        return "reply";
    }

    @Override
    protected void buildAnswer(Div answer) {
        method.setItems(ReplyMethod.NONE, ReplyMethod.EMAIL, ReplyMethod.PHONE, ReplyMethod.ADVOCATE);
        method.setItemLabelGenerator(m -> getTranslation("reply-method." + m.name()));
        method.setAriaLabelledBy("journey-question");
        method.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        method.addClassName("big-choices");
        method.addValueChangeListener(e -> showDetailFor(e.getValue()));
        field("replyMethod", method);

        email.setLabel(getTranslation("journey.reply.email"));
        email.setMaxLength(254);
        email.addClassName("wide-field");
        email.setErrorMessage(getTranslation("feedback.error.email-invalid"));
        phone.setLabel(getTranslation("journey.reply.phone"));
        phone.setHelperText(getTranslation("journey.reply.phone.helper"));
        phone.setMaxLength(20);
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.addClassName("wide-field");
        advocate.setLabel(getTranslation("journey.reply.advocate"));
        advocate.setHelperText(getTranslation("journey.reply.advocate.helper"));
        advocate.setMaxLength(200);
        advocate.addClassName("wide-field");
        field("email", email);
        field("phone", phone);
        field("advocate", advocate);

        ContactRequest earlier = draft.contact();
        if (earlier != null) {
            method.setValue(earlier.method());
            email.setValue(earlier.email() == null ? "" : earlier.email());
            phone.setValue(earlier.phone() == null ? "" : earlier.phone());
            advocate.setValue(earlier.advocate() == null ? "" : earlier.advocate());
        }
        showDetailFor(method.getValue());
        Div details = new Div(email, phone, advocate);
        details.addClassName("conditional-details");
        answer.add(Pictures.sentence("reply", getTranslation("journey.reply.intro")), method, details);
    }

    private void showDetailFor(ReplyMethod chosen) {
        email.setVisible(chosen == ReplyMethod.EMAIL);
        phone.setVisible(chosen == ReplyMethod.PHONE);
        advocate.setVisible(chosen == ReplyMethod.ADVOCATE);
    }

    @Override
    protected DraftSnapshot save() {
        ReplyMethod chosen = method.getValue();
        if (chosen == null) {
            throw InvalidInputException.of("replyMethod", "journey.reply.error.choose");
        }
        return drafts.askForReply(
                draft.returnCode(),
                new ContactRequest(chosen, email.getValue(), phone.getValue(), advocate.getValue()));
    }

    @Override
    protected String textToRead() {
        return heading() + " " + getTranslation("journey.reply.intro") + " "
                + getTranslation("reply-method.NONE") + ". " + getTranslation("reply-method.EMAIL") + ". "
                + getTranslation("reply-method.PHONE") + ". " + getTranslation("reply-method.ADVOCATE") + ".";
    }
}
