package uk.coproduction.portal.feedback;

/** Whether a word begins a sentence, where a capital letter says nothing about it being a name. */
final class SentenceStart {

    private SentenceStart() {}

    static boolean at(String text, int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        return i < 0 || ".!?\"“‘:;(-–".indexOf(text.charAt(i)) >= 0;
    }
}
