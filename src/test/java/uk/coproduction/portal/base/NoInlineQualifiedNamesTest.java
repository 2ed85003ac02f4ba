package uk.coproduction.portal.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code names a class by its simple name and says where it comes from once, in its imports (issue 16, decision 0050):
 * {@code java.time.LocalDate.now()} in the middle of a method hides a dependency from the reader and from the
 * module map. Comments and strings may name classes in full. A class whose simple name would clash with another
 * import is written through a lambda or a local variable instead; none is allowed to stay qualified.
 */
class NoInlineQualifiedNamesTest {

    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.\"])(?:java|javax|jakarta|com|org|uk|io|net|tools|ch|de|jdk)\\.(?:[a-z_][a-z0-9_]*\\.)*[A-Z]\\w*");
    private static final Pattern HEADER = Pattern.compile("^\\s*(?:package|import)\\s[^;]*;", Pattern.MULTILINE);

    @Test
    void noClassIsNamedInFullOutsideTheImports() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = HEADER.matcher(codeOnly(Files.readString(file, StandardCharsets.UTF_8)))
                            .replaceAll("");
                    Matcher m = QUALIFIED.matcher(code);
                    while (m.find()) {
                        found.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found)
                .as("classes named in full in code: import them (or use a lambda where the simple name" + " clashes)")
                .isEmpty();
    }

    @Test
    void theCheckSeesAQualifiedNameInCodeButNotInCommentsOrStrings() {
        String code = codeOnly("""
                // java.time.LocalDate in a comment
                String s = "java.time.LocalDate in a string";
                String t = \"""
                    java.time.LocalDate in a text block
                    \""";
                var day = java.time.LocalDate.now();
                """);
        Matcher m = QUALIFIED.matcher(code);
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("java.time.LocalDate");
        assertThat(m.find()).isFalse();
    }

    /** The source with comments, strings, characters and text blocks blanked out (same length, lines kept). */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = i + 3;
                while (end < n && !(source.startsWith("\"\"\"", end) && source.charAt(end - 1) != '\\')) {
                    end++;
                }
                end = Math.min(n, end + 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (end < n && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }
}
