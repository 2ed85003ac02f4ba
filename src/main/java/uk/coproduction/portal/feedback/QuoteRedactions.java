package uk.coproduction.portal.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes identifying details out of words before they can be published: e-mails, phone numbers, postcodes, dates
 * (of birth or otherwise), schools, streets, names and Kent and Medway places become [email], [phone],
 * [postcode], [date], [school], [street], [name] and [place]. Every proposed quote goes through it, so nothing a
 * commissioner types can reach a public page unredacted (docs/decisions/0021). It errs on the side of taking too
 * much out: a second commissioner reads the result before it is published.
 */
final class QuoteRedactions {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    /** A capitalised word: the shape of a name. */
    private static final String CAP = "\\p{Lu}[\\p{L}'’-]*";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\w])(?:\\+44\\s?\\(?0?\\)?|0)\\d(?:[\\s-]?\\d){8,9}(?![\\w])");
    private static final Pattern POSTCODE =
            Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b", Pattern.CASE_INSENSITIVE);
    /** The first half of a Kent, Medway or nearby London postcode on its own ("we live in ME7"). */
    private static final Pattern POSTCODE_DISTRICT = Pattern.compile("\\b(?:ME|CT|TN|DA|BR)\\d{1,2}\\b");

    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"
            + "|\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+\\d{4})?"
            + "|\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+\\d{4})?"
            + "|\\b" + MONTH + "\\s+\\d{4}\\b"
            + "|(?i:\\b(?:born|birthday|date of birth|dob|d\\.o\\.b\\.?)\\s*(?:is|was|:)?\\s*(?:on|in)?\\s+)"
            + "(?:19|20)\\d{2}\\b");

    private static final String SCHOOL_KIND = "(?:Primary|Infant|Infants|Junior|Juniors|Nursery|Grammar|High|"
            + "Secondary|Church of England|C of E|CofE|Catholic|Methodist|Free|Foundation|Community|Special|"
            + "Technical|Studio|Sixth Form|School|Academy|College|UTC|Pupil Referral Unit|PRU)";
    private static final String SCHOOL_END = "(?:School|Schools|Academy|College|Grammar|UTC|Primary|Infants|"
            + "Juniors|Nursery|Pupil Referral Unit|PRU)";
    /** "Oak Tree Primary School", "St Mary's C of E Primary", "Simon Langton Grammar School for Boys". */
    private static final Pattern SCHOOL = Pattern.compile("\\b(?:(?!" + SCHOOL_KIND + "\\b)" + CAP
            + "(?:\\s+(?:of|the|&|le|de|upon))?\\s+)+(?:" + SCHOOL_KIND + "\\s+)*" + SCHOOL_END
            + "\\b(?:\\s+for\\s+(?:Boys|Girls))?");
    /** The same written in small letters after "go to", "at" and the like: "I go to oak tree primary". */
    private static final Pattern SCHOOL_LOWER = Pattern.compile("(?i)\\b(?:go|goes|went|going|attend|attends|"
            + "attended|at|from|to)\\s+((?:(?!(?:my|the|a|an|our|his|her|their|your|its|this|that|new|old|local|"
            + "special|big|same|other|another|mainstream|secondary|primary|high|grammar|infant|junior|nursery|"
            + "school|college|academy|to|in|at|for|and|or|with|of|out|back|after|before|every|each|go|went|going|"
            + "get|got|some|any|no|one|boarding|forest|summer|sunday|driving|home|holiday|day|is|was|be|been|"
            + "leave|left|start|started|change|changed|move|moved|from)\\b)[\\p{L}'’-]+\\s+){1,3}(?:primary|grammar|academy|infants?|juniors?|high school|college|"
            + "school)(?:\\s+school)?)\\b");

    private static final String STREET_KIND = "(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|"
            + "Crescent|Gardens|Place|Grove|Court|Terrace|Rise|Walk|Square|Mews|Parade|Row|Hill|Vale|Green|Park|"
            + "Estate)";
    /** "12 acacia road", "Flat 3, 45 Dover Road". */
    private static final Pattern STREET_NUMBERED =
            Pattern.compile("(?i)\\b(?:flat\\s+\\d+[a-z]?,?\\s+)?\\d{1,4}[a-z]?,?" + "\\s+(?:[\\p{L}'’-]+\\s+){1,3}?"
                    + STREET_KIND + "\\b\\.?");
    /** "Acacia Road", "Castle Hill Avenue": capitalised words then a capitalised street word. */
    private static final Pattern STREET = Pattern.compile("\\b(?:" + CAP + "\\s+){1,3}(?:Road|Street|Lane|Avenue|Close|"
            + "Drive|Crescent|Gardens|Grove|Terrace|Rise|Walk|Square|Mews|Parade|Row|Estate)\\b");

    private static final Pattern TITLE =
            Pattern.compile("\\b(Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Nurse|Sister|Professor|Sir|Dame)(\\.?\\s+)" + CAP
                    + "(?:\\s+" + CAP + ")*");
    /** What someone calls themselves: the next word or two, whatever their case. */
    private static final Pattern SELF_NAMED = Pattern.compile("(?iu)\\b(my name is|my name's|my names|"
            + "i'?m called|i am called|call me|they call me|nazywam się|mam na imię)(\\s+)([\\p{L}'’-]+)"
            + "((?:\\s+(?!(?:and|but|i|im|i'm|i’m|from|in|at|to|my|aged|age|is|was|the|a|an|who|not|so|too|also)\\b)"
            + "[\\p{L}'’-]+)?)");
    /** "called Tom", "named Tom", "I'm Tom", "I am Tom Reed", "this is Tom", "jestem Tomek". */
    private static final Pattern INTRODUCED = Pattern.compile("\\b((?i:called|named|i'?m|i’m|i am|this is|it's|it is|"
            + "jestem))(\\s+)(" + CAP + "(?:\\s+" + CAP + ")*)");

    private static final Pattern RELATION = Pattern.compile("(?i:\\b(?:my|our|his|her|their|the|your)\\s+(?:son|"
            + "daughter|child|kid|boy|girl|brother|sister|twin|mum|mom|mother|dad|father|nan|nanny|nana|gran|granny|"
            + "grandma|grandad|grandpa|grandson|granddaughter|friend|best friend|boyfriend|girlfriend|partner|"
            + "husband|wife|carer|worker|key worker|keyworker|social worker|support worker|case worker|teacher|"
            + "class teacher|head teacher|headteacher|ta|therapist|nurse|doctor|gp|consultant|counsellor|"
            + "paediatrician|senco|advocate|pa|cousin|aunt|auntie|aunty|uncle|neighbour|stepdad|stepmum|step dad|"
            + "step mum|foster carer|foster mum|foster dad|mentor|coach|tutor|manager|boss|sibling|baby|"
            + "little brother|little sister|big brother|big sister|older brother|older sister|younger brother|"
            + "younger sister)\\s*,?\\s+)(" + CAP + "(?:\\s+" + CAP + ")*)");
    private static final Pattern CAPITALISED_RUN = Pattern.compile(CAP + "(?:\\s+" + CAP + ")+");

    /** Capitalised words that are not names: services, organisations, days, languages, everyday capitals. */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "i",
            "i'm",
            "i’m",
            "i've",
            "i'd",
            "i'll",
            "nhs",
            "kcc",
            "kent",
            "medway",
            "county",
            "council",
            "hospital",
            "camhs",
            "send",
            "senco",
            "ehcp",
            "ehc",
            "adhd",
            "asd",
            "gp",
            "a&e",
            "ot",
            "salt",
            "speech",
            "language",
            "therapy",
            "therapist",
            "occupational",
            "short",
            "breaks",
            "break",
            "portage",
            "neurodevelopmental",
            "pathway",
            "specialist",
            "nursing",
            "emotional",
            "wellbeing",
            "mental",
            "health",
            "social",
            "care",
            "services",
            "service",
            "team",
            "early",
            "help",
            "youth",
            "club",
            "centre",
            "center",
            "trust",
            "foundation",
            "partnership",
            "community",
            "children's",
            "children",
            "young",
            "people",
            "adult",
            "adults",
            "learning",
            "disability",
            "disabilities",
            "autism",
            "autistic",
            "easy",
            "read",
            "english",
            "polish",
            "british",
            "deaf",
            "blind",
            "christmas",
            "easter",
            "halloween",
            "covid",
            "mum",
            "dad",
            "nan",
            "grandad",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "facebook",
            "instagram",
            "tiktok",
            "youtube",
            "whatsapp",
            "zoom",
            "teams",
            "google",
            "tesco",
            "asda",
            "lego",
            "xbox",
            "playstation",
            "minecraft",
            "roblox",
            "fortnite",
            "healthwatch",
            "childline",
            "samaritans",
            "kooth",
            "mencap",
            "ofsted",
            "government",
            "lockdown",
            "annual",
            "check",
            "checks",
            "supported",
            "living",
            "transforming",
            "leder",
            "home",
            "homes",
            "respite",
            "day",
            "holiday",
            "holidays",
            "ok",
            "okay",
            "tv",
            "pe",
            "maths",
            "science",
            "year",
            "thank",
            "thanks",
            "please",
            "hi",
            "hello",
            "dear",
            "yes",
            "no",
            "the",
            "a",
            "and",
            "but",
            "so",
            "we",
            "they",
            "he",
            "she",
            "it",
            "my",
            "our",
            "you",
            "not",
            "very",
            "really",
            "also",
            "then",
            "when",
            "what",
            "why",
            "how",
            "who",
            "this",
            "that",
            "independent",
            "special",
            "school",
            "schools",
            "assessment",
            "plan",
            "plans",
            "review",
            "referral",
            "waiting",
            "list",
            "office",
            "unit",
            "ward",
            "clinic",
            "surgery",
            "pharmacy",
            "bus",
            "train",
            "integrated",
            "board",
            "joint",
            "commissioning",
            "partnership",
            "voice",
            "forum",
            "parent",
            "carer",
            "carers",
            "parents",
            "family",
            "families",
            "direct",
            "payments",
            "payment",
            "universal",
            "credit",
            "personal",
            "independence",
            "blue",
            "badge",
            "education",
            "sen",
            "ld",
            "pmld",
            "bsl",
            "makaton",
            "picture",
            "pictures",
            "talking",
            "mats",
            "first",
            "aid",
            "one",
            "two",
            "three",
            "four",
            "five"));

    private static final Gazetteer PLACES = Gazetteer.load("/redaction/kent-medway-places.txt");
    private static final Gazetteer FIRST_NAMES = Gazetteer.load("/redaction/first-names.txt");

    private QuoteRedactions() {}

    static String suggest(String text) {
        if (text == null) {
            return null;
        }
        String redacted = EMAIL.matcher(text).replaceAll("[email]");
        redacted = PHONE.matcher(redacted).replaceAll("[phone]");
        redacted = POSTCODE.matcher(redacted).replaceAll("[postcode]");
        redacted = POSTCODE_DISTRICT.matcher(redacted).replaceAll("[postcode]");
        redacted = DATE.matcher(redacted).replaceAll("[date]");
        redacted = SCHOOL.matcher(redacted).replaceAll("[school]");
        redacted = replaceGroup(SCHOOL_LOWER, redacted, 1, m -> "[school]");
        redacted = STREET_NUMBERED.matcher(redacted).replaceAll("[street]");
        redacted = STREET.matcher(redacted).replaceAll("[street]");
        redacted = TITLE.matcher(redacted).replaceAll("$1$2[name]");
        redacted = replace(SELF_NAMED, redacted, QuoteRedactions::selfNamed);
        redacted = replace(INTRODUCED, redacted, QuoteRedactions::introduced);
        redacted = replaceGroup(RELATION, redacted, 1, m -> isName(m.group(1)) ? "[name]" : m.group(1));
        redacted = PLACES.replace(redacted, "[place]");
        redacted = FIRST_NAMES.replaceNames(redacted, QuoteRedactions::isNameWord);
        return replace(
                CAPITALISED_RUN, redacted, (BiFunction<MatchResult, String, String>) QuoteRedactions::capitalisedRun);
    }

    private static String selfNamed(MatchResult m) {
        String first = m.group(3);
        if (NOT_NAMES.contains(first.toLowerCase(Locale.ROOT)) || first.startsWith("[")) {
            return m.group();
        }
        return m.group(1) + m.group(2) + "[name]";
    }

    private static String introduced(MatchResult m) {
        String cue = m.group(1).toLowerCase(Locale.ROOT);
        String words = m.group(3);
        boolean weakCue = !cue.equals("called") && !cue.equals("named");
        // "I'm Polish", "it's Monday": only a cue like "called" names whatever follows.
        if (weakCue && !isName(words)) {
            return m.group();
        }
        return m.group(1) + m.group(2) + "[name]";
    }

    /** Two or more capitalised words together away from the start of a sentence are taken for a name. */
    private static String capitalisedRun(MatchResult m, String text) {
        String run = m.group();
        String[] words = run.split("\\s+");
        boolean sentenceStart = SentenceStart.at(text, m.start());
        int from = sentenceStart ? 1 : 0;
        if (words.length - from < 2) {
            return run;
        }
        for (int i = from; i < words.length; i++) {
            if (!isNameWord(words[i])) {
                return run;
            }
        }
        return (sentenceStart ? words[0] + " " : "") + "[name]";
    }

    static boolean isNameWord(String word) {
        return !word.startsWith("[") && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when none of the words is a known non-name (so "Polish" or "Speech Therapy" stay). */
    private static boolean isName(String words) {
        for (String word : words.split("\\s+")) {
            if (!isNameWord(word)) {
                return false;
            }
        }
        return true;
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        return replace(pattern, text, (m, whole) -> replacement.apply(m));
    }

    private static String replace(Pattern pattern, String text, BiFunction<MatchResult, String, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher, text)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replaceGroup(Pattern pattern, String text, int group, Function<MatchResult, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(text, last, matcher.start(group)).append(with.apply(matcher));
            last = matcher.end(group);
        }
        return out.append(text.substring(last)).toString();
    }
}
