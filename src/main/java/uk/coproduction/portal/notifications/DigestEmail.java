package uk.coproduction.portal.notifications;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.i18n.Languages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a digest as a plain-text e-mail from the translation files (staff pages and e-mails are in English). Only
 * counts, reference codes, service names, dates and links: a resident's words or contact details never go into an
 * e-mail, which may be forwarded or read on a phone; the links open the items behind the portal's sign-in.
 */
@Component
class DigestEmail {

    record Message(String subject, String body) {}

    /** Longer lists are cut here, with a link to the rest in the inbox. */
    static final int LISTED = 25;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final I18NProvider translations;
    private final String portal;

    DigestEmail(I18NProvider translations, @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.translations = translations;
        this.portal = publicUrl.replaceAll("/+$", "");
    }

    Message compose(Digest digest) {
        StringBuilder body = new StringBuilder()
                .append(words("staff.digest.greeting", digest.name()))
                .append("\n\n")
                .append(words("staff.digest.intro"))
                .append("\n\n");

        body.append(words("staff.digest.new.heading", WHEN.format(digest.since()), digest.newCount()))
                .append('\n');
        for (Map.Entry<String, List<DigestItem>> service : digest.newByService().entrySet()) {
            body.append(words(
                            "staff.digest.new.service",
                            service.getKey(),
                            service.getValue().size(),
                            portal + "/staff/inbox?service="
                                    + service.getValue().getFirst().serviceId()))
                    .append('\n');
        }
        body.append('\n');

        body.append(words(
                        "staff.digest.due.heading",
                        DAY.format(digest.dueBy()),
                        digest.dueSoon().size()))
                .append('\n');
        list(body, digest.dueSoon(), "staff.digest.due.item", portal + "/staff/inbox");
        body.append('\n');

        body.append(words("staff.digest.overdue.heading", digest.overdue().size()))
                .append('\n');
        list(body, digest.overdue(), "staff.digest.overdue.item", portal + "/staff/inbox?overdue=yes");
        body.append('\n');

        body.append(words("staff.digest.scope"))
                .append("\n\n")
                .append(words("staff.digest.settings", portal + "/staff/settings"))
                .append('\n');
        String subject = words(
                "staff.digest.subject",
                DAY.format(digest.today()),
                digest.newCount(),
                digest.dueSoon().size(),
                digest.overdue().size());
        return new Message(subject, body.toString());
    }

    private void list(StringBuilder body, List<DigestItem> items, String key, String rest) {
        items.stream()
                .limit(LISTED)
                .forEach(i -> body.append(words(
                                key,
                                i.referenceCode(),
                                i.serviceName(),
                                DAY.format(i.replyBy()),
                                portal + "/staff/feedback/" + i.feedbackId()))
                        .append('\n'));
        if (items.size() > LISTED) {
            body.append(words("staff.digest.more", items.size() - LISTED, rest)).append('\n');
        }
    }

    private String words(String key, Object... arguments) {
        return translations.getTranslation(key, Languages.ENGLISH, arguments);
    }
}
