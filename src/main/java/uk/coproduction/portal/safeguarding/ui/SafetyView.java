package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ClientAddress;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.Honeypot;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.base.ui.ReadAloud;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.ReplyMethod;
import uk.coproduction.portal.feedback.SubmissionReceipt;
import uk.coproduction.portal.safeguarding.AcknowledgeTimes;
import uk.coproduction.portal.safeguarding.SafeguardingContacts;
import uk.coproduction.portal.safeguarding.SafetyContacts;
import uk.coproduction.portal.safeguarding.SafetyMessages;

import java.time.Duration;
import java.util.UUID;

/**
 * "I don't feel safe": what to do now, who to call, and a way to tell someone here. What the person sends is
 * kept out of every ordinary view and goes to the safeguarding leads only.
 */
@Route("help/safe")
@AnonymousAllowed
public class SafetyView extends Div implements HasDynamicTitle {

    private final SafetyMessages messages;
    private final String submissionKey = UUID.randomUUID().toString();
    private final ErrorSummary errors = new ErrorSummary();
    private final TextArea words = new TextArea();
    private final RadioButtonGroup<ReplyMethod> contactBy = new RadioButtonGroup<>();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Button tell = new Button();
    private final Div form = new Div();
    private final Honeypot honeypot = new Honeypot();

    private final String whenRead;
    private final String rightNow;

    SafetyView(
            SafetyMessages messages,
            SafetyContacts contacts,
            AcknowledgeTimes times,
            SafeguardingContacts safeguardingContacts) {
        this.messages = messages;
        // Said only as it is configured: how soon, on which clock, and whether a lead is e-mailed at once.
        this.whenRead = getTranslation(
                safeguardingContacts.leads().isEmpty() ? "safety.when.listed" : "safety.when.alerted",
                within(times.personWithin()));
        // One instruction to call 999, then who else answers (a second "call 999" near it read as two steps).
        this.rightNow = getTranslation("safety.danger") + " "
                + getTranslation(
                        "safety.now",
                        number(contacts, "childline", "0800 1111"),
                        number(contacts, "samaritans", "116 123"));
        addClassNames("page", "safety-page");

        H1 title = new H1(getTranslation("safety.title"));
        Div now = new Div(
                rightNow(),
                Pictures.sentence("phone", getTranslation("safety.talk")),
                Pictures.sentence("person", getTranslation("safety.not-your-fault")));
        ReadAloud readAloud = new ReadAloud(
                title.getText() + ". " + rightNow + " " + getTranslation("safety.talk") + " "
                        + getTranslation("safety.not-your-fault"),
                getTranslation("read-aloud.page"));

        UnorderedList numbers = new UnorderedList();
        numbers.addClassName("safety-numbers");
        for (SafetyContacts.Contact contact : contacts.contacts()) {
            Span name = new Span(getTranslation("safety.contact." + contact.key() + ".name"));
            name.addClassName("safety-name");
            Anchor call = new Anchor("tel:" + contact.number().replaceAll("[^0-9+]", ""), contact.number());
            call.addClassName("safety-number");
            Paragraph when = new Paragraph(getTranslation("safety.contact." + contact.key() + ".when"));
            numbers.add(new ListItem(name, call, when));
        }
        Section callSection = new Section(new H2(getTranslation("safety.numbers.title")), numbers);

        words.setLabel(getTranslation("safety.words.label"));
        words.setHelperText(getTranslation("safety.words.helper"));
        words.setMaxLength(5000);
        words.addClassName("wide-field");
        contactBy.setLabel(getTranslation("safety.contact-by.label"));
        contactBy.setItems(ReplyMethod.PHONE, ReplyMethod.EMAIL, ReplyMethod.NONE);
        contactBy.setItemLabelGenerator(m -> getTranslation("safety.contact-by." + m.name()));
        contactBy.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        contactBy.addClassName("big-choices");
        contactBy.addValueChangeListener(e -> showDetail());
        email.setLabel(getTranslation("journey.reply.email"));
        email.addClassName("wide-field");
        phone.setLabel(getTranslation("journey.reply.phone"));
        phone.addClassName("wide-field");
        showDetail();
        tell.setText(getTranslation("safety.tell"));
        tell.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        tell.setDisableOnClick(true);
        tell.addClickListener(e -> tellSomeone());
        Paragraph when = new Paragraph(whenRead);
        when.addClassName("safety-when");
        form.add(
                Pictures.sentence("advocate", getTranslation("safety.tell.intro")),
                when,
                words,
                contactBy,
                email,
                phone,
                new Div(tell),
                honeypot);
        Section tellSection = new Section(new H2(getTranslation("safety.tell.title")), errors, form);
        tellSection.addClassName("form-section");

        add(title, readAloud, now, callSection, tellSection);
    }

    /** "1 hour", "24 hours", "30 minutes" in the page's language. */
    private String within(Duration duration) {
        return duration.toMinutes() % 60 == 0
                ? getTranslation("safety.when.hours", duration.toHours())
                : getTranslation("safety.when.minutes", duration.toMinutes());
    }

    private static String number(SafetyContacts contacts, String key, String otherwise) {
        return contacts.contacts().stream()
                .filter(c -> key.equals(c.key()))
                .map(SafetyContacts.Contact::number)
                .findFirst()
                .orElse(otherwise);
    }

    private void showDetail() {
        email.setVisible(contactBy.getValue() == ReplyMethod.EMAIL);
        phone.setVisible(contactBy.getValue() == ReplyMethod.PHONE);
    }

    private void tellSomeone() {
        errors.clear();
        email.setInvalid(false);
        phone.setInvalid(false);
        ReplyMethod method = contactBy.getValue() == null ? ReplyMethod.NONE : contactBy.getValue();
        // Never refused, however many came from this address before (a class or a ward share one): a flood is
        // grouped for a lead instead, and a filled honeypot is kept and marked for review (decision 0025).
        try {
            SubmissionReceipt receipt = messages.tell(
                    submissionKey,
                    words.getValue(),
                    new ContactRequest(method, email.getValue(), phone.getValue(), null),
                    UI.getCurrent().getLocale().toLanguageTag(),
                    ClientAddress.current(),
                    browserKey(),
                    honeypot.isFilled());
            form.removeAll();
            Paragraph done = new Paragraph(getTranslation("safety.told", receipt.referenceCode()));
            done.addClassName("safety-told");
            done.getElement().setAttribute("role", "status");
            Paragraph when = new Paragraph(whenRead);
            when.addClassName("safety-when");
            form.add(Pictures.sentence("sent", getTranslation("safety.told.title")), done, when);
            if (receipt.secret() != null) {
                Paragraph secret = new Paragraph(getTranslation("safety.told.secret", receipt.secret()));
                secret.addClassName("safety-told");
                form.add(secret);
            }
            form.add(rightNow());
        } catch (InvalidInputException invalid) {
            for (InvalidInputException.Problem problem : invalid.problems()) {
                String message = getTranslation(problem.messageKey());
                var field = switch (problem.field()) {
                    case "email" -> email;
                    case "phone" -> phone;
                    default -> words;
                };
                field.setErrorMessage(message);
                field.setInvalid(true);
                errors.add(message, field);
            }
            errors.show();
            tell.setEnabled(true);
        }
    }

    /** The browser's session id: one browser sending many is grouped too, whatever address it comes from. */
    private static @Nullable String browserKey() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? null
                : session.getSession().getId();
    }

    /** Call 999 if in danger now, then the free numbers that answer day and night: said once, with its picture. */
    private Div rightNow() {
        Image picture = Pictures.picture("safe");
        picture.addClassName("sentence-picture");
        Paragraph words = new Paragraph(rightNow);
        words.addClassName("safety-now");
        Div line = new Div(picture, words);
        line.addClassName("sentence");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", getTranslation("safety.title"));
    }
}
