package uk.coproduction.portal.feedback;

/**
 * "Do you want a reply?" and where to send it. Only the detail for the chosen method is kept.
 *
 * @param advocate the name of the advocate, support worker or organisation who will pass the reply on
 */
public record ContactRequest(ReplyMethod method, String email, String phone, String advocate) {

    public static final ContactRequest NONE = new ContactRequest(ReplyMethod.NONE, null, null, null);

    /** The email address, phone number or advocate for the chosen method; null for no reply. */
    public String detail() {
        return switch (method) {
            case EMAIL -> email;
            case PHONE -> phone;
            case ADVOCATE -> advocate;
            case NONE -> null;
        };
    }
}
