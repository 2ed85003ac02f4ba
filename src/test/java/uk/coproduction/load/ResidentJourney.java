package uk.coproduction.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A resident's way through {@code /feedback} up to Send, in English, by the words on the screen: Start, a service
 * found by typing, an area, "a parent or carer", six charter questions (the first with words, the third skipped),
 * an idea, no reply wanted, Back from "check your answers" and Continue again, then Send. Each step checks that the
 * page it lands on is the expected one, so a step that needed a second round trip would fail here.
 */
public final class ResidentJourney {

    /** Where {@link #start} leaves the person: the first page of the journey, with a draft saved. */
    public static final String STARTED_AT = "Which service is it about?";

    private final VaadinTab tab;
    private final List<Long> continueNanos = new ArrayList<>();
    private long sendNanos;
    private int clicks;

    public ResidentJourney(VaadinTab tab) {
        this.tab = tab;
    }

    /** Opens {@code /feedback} and presses Start: the journey's first page, with a draft saved on the server. */
    public void start() throws IOException, InterruptedException {
        tab.open("feedback");
        expect("Start");
        tab.clickButton("Start");
        expect(STARTED_AT);
    }

    /** From the service page to the first charter question. */
    public void toFirstQuestion() throws IOException, InterruptedException {
        tab.typeNow("vaadin-text-field", "Type a word about the service", "speech");
        tab.chooseRadio("Speech and Language Therapy");
        next("Where do you live?");
        tab.chooseRadio("I'd rather not say, or I'm not sure");
        next("Who are you?");
        tab.chooseRadio("A parent or carer");
        next("Question 1 of 6");
    }

    /** From the first question to the thank-you page; returns the reference code shown there. */
    public String finish(String words) throws IOException, InterruptedException {
        for (int number = 1; number <= 6; number++) {
            String after = number < 6 ? "Question " + (number + 1) + " of 6" : "What is one thing that should change?";
            if (number == 3) {
                click("Skip this question", after);
                continue;
            }
            tab.chooseRadio("Good");
            if (number == 1) {
                tab.type("vaadin-text-area", "Tell us more (you do not have to)", words);
            }
            next(after);
        }
        tab.type("vaadin-text-area", "Your idea (you do not have to write one)", "Shorter waits, please.");
        next("Do you want a reply?");
        tab.chooseRadio("No, thank you");
        next("Check your answers");
        long started = System.nanoTime();
        tab.followLink("Back");
        continueNanos.add(System.nanoTime() - started);
        clicks++;
        expect("Do you want a reply?");
        next("Check your answers");
        click("Send my feedback", "Thank you. We have your feedback.");
        sendNanos = tab.clickNanos();
        String code = tab.textOf("reference-code");
        if (code == null || code.isBlank()) {
            throw new IllegalStateException("The thank-you page shows no reference code");
        }
        return code.strip();
    }

    private void next(String arriveAt) throws IOException, InterruptedException {
        click("Continue", arriveAt);
    }

    private void click(String button, String arriveAt) throws IOException, InterruptedException {
        tab.clickButton(button);
        continueNanos.add(tab.clickNanos());
        clicks++;
        expect(arriveAt);
    }

    private void expect(String words) {
        if (!tab.shows(words)) {
            throw new IllegalStateException(
                    "Expected \"" + words + "\" after one round trip, but the page is \"" + tab.where() + "\"");
        }
    }

    public List<Long> continueNanos() {
        return continueNanos;
    }

    public long sendNanos() {
        return sendNanos;
    }

    public int clicks() {
        return clicks;
    }

    public VaadinTab tab() {
        return tab;
    }
}
