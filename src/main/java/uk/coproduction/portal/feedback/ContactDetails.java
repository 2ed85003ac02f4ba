package uk.coproduction.portal.feedback;

import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.TextInput;

import java.util.List;
import java.util.regex.Pattern;

/** Checks "do you want a reply?" answers: each method needs its one detail, and nothing else is kept. */
final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");

    private ContactDetails() {}

    /** The request with only the chosen method's detail, tidied; problems are added for anything wrong. */
    static ContactRequest check(ContactRequest request, List<InvalidInputException.Problem> problems) {
        if (request == null || request.method() == null || request.method() == ReplyMethod.NONE) {
            return ContactRequest.NONE;
        }
        return switch (request.method()) {
            case EMAIL -> {
                String email = TextInput.clean(request.email());
                if (email == null) {
                    problems.add(new InvalidInputException.Problem("email", "feedback.error.email-required"));
                } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                    problems.add(new InvalidInputException.Problem("email", "feedback.error.email-invalid"));
                }
                yield new ContactRequest(ReplyMethod.EMAIL, email, null, null);
            }
            case PHONE -> {
                String phone = TextInput.clean(request.phone());
                long digits = phone == null
                        ? 0
                        : phone.chars().filter(Character::isDigit).count();
                if (phone == null) {
                    problems.add(new InvalidInputException.Problem("phone", "feedback.error.phone-required"));
                } else if (!PHONE.matcher(phone).matches() || digits < 10 || digits > 15) {
                    problems.add(new InvalidInputException.Problem("phone", "feedback.error.phone-invalid"));
                }
                yield new ContactRequest(ReplyMethod.PHONE, null, phone, null);
            }
            case ADVOCATE -> {
                String advocate = TextInput.clean(request.advocate());
                if (advocate == null) {
                    problems.add(new InvalidInputException.Problem("advocate", "feedback.error.advocate-required"));
                } else if (advocate.length() > 200) {
                    problems.add(new InvalidInputException.Problem("advocate", "feedback.error.advocate-too-long"));
                }
                yield new ContactRequest(ReplyMethod.ADVOCATE, null, null, advocate);
            }
            case NONE -> ContactRequest.NONE;
        };
    }
}
