package uk.coproduction.portal.journeys;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kind of device a browser test plays, as far as reading aloud goes: which voices it has, whether its voice
 * list arrives late, and whether speaking works, errors or never starts (src/test/resources/journeys/speech-stub.js,
 * installed before any of the portal's own script runs).
 */
record SpeechStub(String[] voiceLanguages, Integer lateMillis, String behaviour) {

    static SpeechStub noVoices() {
        return new SpeechStub(new String[0], null, "normal");
    }

    static SpeechStub voices(String... languages) {
        return new SpeechStub(languages, null, "normal");
    }

    SpeechStub arrivingAfter(int millis) {
        return new SpeechStub(voiceLanguages, millis, behaviour);
    }

    SpeechStub failingToSpeak() {
        return new SpeechStub(voiceLanguages, lateMillis, "error");
    }

    SpeechStub neverStarting() {
        return new SpeechStub(voiceLanguages, lateMillis, "never-start");
    }

    /** Each voice is named after its language, "voice en-GB", so a test can tell which one read. */
    Page installOn(Page page) {
        String voices = Arrays.stream(voiceLanguages)
                .map(lang -> "{name:'voice " + lang + "',lang:'" + lang + "'}")
                .collect(Collectors.joining(",", "[", "]"));
        String config = "window.__speechConfig = {voices:" + voices + ",late:" + lateMillis + ",behaviour:'" + behaviour
                + "'};\n";
        try {
            page.addInitScript(config + Files.readString(Path.of("src/test/resources/journeys/speech-stub.js")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page;
    }
}
