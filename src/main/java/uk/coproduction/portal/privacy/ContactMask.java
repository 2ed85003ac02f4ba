package uk.coproduction.portal.privacy;

import org.jspecify.annotations.Nullable;

/**
 * Contact details as "my data" shows them: enough for the person to recognise their own, too little for anyone
 * else to use ({@code j•••@e•••.com}, {@code ••••••789}).
 */
public final class ContactMask {

    private static final String HIDDEN = "\u2022\u2022\u2022";

    private ContactMask() {}

    public static @Nullable String email(@Nullable String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            return HIDDEN;
        }
        String domain = trimmed.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String ending = dot > 0 ? domain.substring(dot) : "";
        return trimmed.charAt(0) + HIDDEN + "@" + domain.charAt(0) + HIDDEN + ending;
    }

    public static @Nullable String phone(@Nullable String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("\\D", "");
        return digits.length() < 6 ? HIDDEN + HIDDEN : HIDDEN + HIDDEN + digits.substring(digits.length() - 3);
    }
}
