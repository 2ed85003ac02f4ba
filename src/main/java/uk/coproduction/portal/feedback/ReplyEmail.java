package uk.coproduction.portal.feedback;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.i18n.Languages;

import java.util.Locale;

/**
 * The e-mail that carries a sent reply: in the language the person used, Easy Read first when they used Easy Read,
 * with their reference code and the address of the "what happened to my feedback" page. Plain text only.
 */
@Component
class ReplyEmail {

    record Message(String subject, String body) {}

    private final I18NProvider translations;
    private final String trackAddress;

    ReplyEmail(I18NProvider translations, @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.translations = translations;
        this.trackAddress = publicUrl.replaceAll("/+$", "") + "/track";
    }

    Message compose(Feedback feedback, FeedbackReply reply) {
        boolean easyRead = feedback.getWording() == Wording.EASY_READ;
        Locale locale = Languages.fromTag(feedback.getLanguage()).orElse(Languages.ENGLISH);
        if (easyRead && locale.getLanguage().equals("en")) {
            locale = Languages.EASY_READ;
        }
        String code = feedback.getReferenceCode();
        StringBuilder body = new StringBuilder(words(locale, "email.reply.intro")).append("\n\n");
        String plain = reply.getBody();
        String easy = reply.getEasyReadBody();
        if (easyRead && easy != null) {
            body.append(words(locale, "email.reply.easy-read"))
                    .append('\n')
                    .append(easy)
                    .append("\n\n")
                    .append(words(locale, "email.reply.plain"))
                    .append('\n')
                    .append(plain)
                    .append("\n\n");
        } else {
            body.append(words(locale, "email.reply.plain"))
                    .append('\n')
                    .append(plain)
                    .append("\n\n");
            if (easy != null) {
                body.append(words(locale, "email.reply.easy-read"))
                        .append('\n')
                        .append(easy)
                        .append("\n\n");
            }
        }
        body.append(words(locale, "email.reply.code", code))
                .append('\n')
                .append(words(locale, "email.reply.track", trackAddress))
                .append("\n\n")
                .append(words(locale, "email.reply.why"))
                .append('\n');
        return new Message(words(locale, "email.reply.subject", code), body.toString());
    }

    private String words(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
