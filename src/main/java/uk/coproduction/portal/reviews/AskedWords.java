package uk.coproduction.portal.reviews;

import uk.coproduction.portal.feedback.Wording;

import java.util.ArrayList;
import java.util.List;

/**
 * How each audience was asked one of a review's own questions, in the words it was asked (issue 21): young people
 * read the young person's voice, parents and carers the parent's, anyone who read the pages in Easy Read the Easy
 * Read one. The report's page, its PDF and its Easy Read summary print these lines, so none shows an audience words
 * it never read.
 */
public final class AskedWords {

    /** A translation: key and arguments to the text (a view's {@code getTranslation}, or the PDF's English). */
    @FunctionalInterface
    public interface Text {
        String of(String key, Object... args);
    }

    private AskedWords() {}

    /** The staff report's heading of a question: its number and, for a shipped one, its "You're Welcome" theme. */
    public static String heading(ReviewReport.QuestionResult result, int number, Text text) {
        ReviewQuestionSummary question = result.question();
        return question.shipped()
                ? text.of("pack.review.report.question", number, text.of(question.themeKey()))
                : text.of("pack.review.report.question-number", number);
    }

    /** One line per audience and voice: "Young people were asked: “…”". */
    public static List<String> lines(ReviewReport.QuestionResult result, Text text) {
        List<String> lines = new ArrayList<>();
        result.asked().forEach((audience, voices) -> {
            String who = text.of("pack.review.audience." + audience.name());
            for (Wording voice : voices) {
                lines.add(text.of(
                        voice == Wording.EASY_READ && voices.size() > 1
                                ? "pack.review.report.asked-easy-read"
                                : "pack.review.report.asked",
                        who,
                        words(result, voice, text)));
            }
        });
        return lines;
    }

    /** An audience's line for the Easy Read summary: the words it was asked, then what it said. */
    public static String easyRead(
            ReviewReport.QuestionResult result, ReviewAudience audience, String fewer, String none, Text text) {
        List<Wording> voices = result.asked().get(audience);
        StringBuilder line = new StringBuilder(text.of(
                "pack.review.easy.asked",
                text.of("pack.review.audience." + audience.name()),
                words(result, voices.getFirst(), text)));
        for (Wording voice : voices.subList(1, voices.size())) {
            line.append(' ').append(text.of("pack.review.easy.asked-also", words(result, voice, text)));
        }
        ReviewReport.AudienceResult figures = result.byAudience().get(audience);
        line.append(' ');
        if (result.question().kind() == QuestionKind.WORDS) {
            line.append(text.of(
                    "pack.review.easy.question-words", figures.withWords().format(fewer)));
        } else if (figures.answered().none()) {
            line.append(text.of("pack.review.easy.question-nobody"));
        } else {
            line.append(text.of(
                    "pack.review.easy.question-share", figures.positive().formatPercent(fewer, none)));
        }
        return line.toString();
    }

    private static String words(ReviewReport.QuestionResult result, Wording voice, Text text) {
        return result.question().englishWords(voice, key -> text.of(key));
    }
}
