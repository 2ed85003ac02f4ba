package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback comes into being in one place (decision 0045): the compiler keeps everyone outside this package from
 * building an item or reaching its repository, and the sources show that inside it only the intake builds one and
 * makes its reference code. A new channel that builds its own item, or a feature that injects the repository again,
 * fails here.
 */
class OneIntakeForFeedbackTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path FEEDBACK = MAIN.resolve("uk/coproduction/portal/feedback");
    private static final String INTAKE = "FeedbackIntake.java";
    private static final Pattern BUILDS_AN_ITEM = Pattern.compile("new\\s+Feedback\\s*\\(");
    private static final Pattern MAKES_A_CODE = Pattern.compile("ReferenceCode\\s*\\.\\s*random\\s*\\(");

    @Test
    void noFeatureOutsideFeedbackCanReachItsRepository() {
        assertThat(Modifier.isPublic(FeedbackRepository.class.getModifiers()))
                .as("FeedbackRepository is package-private")
                .isFalse();
        assertThat(sourcesUnder(MAIN)
                        .filter(file -> !file.getParent().equals(FEEDBACK))
                        .filter(file -> read(file).contains("FeedbackRepository"))
                        .map(Path::toString)
                        .toList())
                .as("classes outside the feedback package naming its repository")
                .isEmpty();
    }

    @Test
    void noFeatureOutsideFeedbackCanBuildAnItem() {
        for (Constructor<?> constructor : Feedback.class.getDeclaredConstructors()) {
            int modifiers = constructor.getModifiers();
            assertThat(Modifier.isPublic(modifiers))
                    .as(constructor + " is not public")
                    .isFalse();
            if (constructor.getParameterCount() > 0) {
                assertThat(Modifier.isProtected(modifiers))
                        .as(constructor + " is package-private")
                        .isFalse();
            }
        }
    }

    @Test
    void insideFeedbackOnlyTheIntakeBuildsAnItemOrMakesAReferenceCode() {
        List<Path> inThePackage = sourcesUnder(FEEDBACK)
                .filter(file -> file.getParent().equals(FEEDBACK))
                .toList();
        assertThat(inThePackage)
                .as("the feedback package's sources are where this test looks")
                .anyMatch(file -> file.getFileName().toString().equals(INTAKE));

        assertThat(inThePackage.stream()
                        .filter(file -> BUILDS_AN_ITEM.matcher(read(file)).find())
                        .map(file -> file.getFileName().toString())
                        .toList())
                .as("files that build a Feedback item")
                .containsExactly(INTAKE);
        assertThat(sourcesUnder(MAIN)
                        .filter(file -> MAKES_A_CODE.matcher(read(file)).find())
                        .map(file -> file.getFileName().toString())
                        .toList())
                .as("files that make a reference code")
                .containsExactly(INTAKE);
    }

    private static Stream<Path> sourcesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
