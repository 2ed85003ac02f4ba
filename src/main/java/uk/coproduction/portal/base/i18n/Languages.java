package uk.coproduction.portal.base.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks. Easy Read English is a variant of English with its own translation file
 * ({@code translations_en_GB_easyread.properties}); Polish is the first community language spoken in Kent.
 * Adding a language is a translation file and a line here.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale EASY_READ = new Locale.Builder()
            .setLanguage("en")
            .setRegion("GB")
            .setVariant("easyread")
            .build();
    public static final Locale POLISH =
            new Locale.Builder().setLanguage("pl").setRegion("PL").build();

    /** In the order the language picker shows them. */
    public static final List<Locale> ALL = List.of(ENGLISH, EASY_READ, POLISH);

    private Languages() {}

    public static boolean isEasyRead(Locale locale) {
        return EASY_READ.equals(locale);
    }

    public static boolean isEasyRead(String languageTag) {
        return languageTag != null && EASY_READ.toLanguageTag().equalsIgnoreCase(languageTag);
    }

    /** The supported language with this tag (en-GB, en-GB-easyread, pl-PL), if there is one. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.length() > 40) {
            return Optional.empty();
        }
        return ALL.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(tag)).findFirst();
    }

    /** The supported language for a locale, falling back to English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        if (ALL.contains(locale)) {
            return locale;
        }
        return ALL.stream()
                .filter(l -> l.getVariant().isEmpty() && l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    /** The value for the html lang attribute: Easy Read is English. */
    public static String htmlLang(Locale locale) {
        return new Locale.Builder()
                .setLanguage(locale.getLanguage())
                .setRegion(locale.getCountry())
                .build()
                .toLanguageTag();
    }
}
