package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every proposed quote is redacted automatically: names, schools, streets, places, phone numbers, e-mails, dates
 * (of birth) and postcodes. The corpus below was written for this test, not taken from the lists; each sentence
 * names what must disappear. The figures are printed for the decision record (0021).
 */
class QuoteRedactionsTest {

    /** An identifying sentence and the words that must not survive redaction. */
    private record Identifying(String sentence, List<String> mustGo) {}

    private static Identifying id(String sentence, String... mustGo) {
        return new Identifying(sentence, List.of(mustGo));
    }

    private static final List<Identifying> CORPUS = List.of(
            id(
                    "My name is Ellie Brown and I go to Oak Tree Primary School in Ashford",
                    "Ellie",
                    "Brown",
                    "Oak Tree",
                    "Ashford"),
            id("I'm Jayden and I'm in year 5 at St Mary's C of E Primary School", "Jayden", "St Mary's"),
            id("my name is ellie brown", "ellie", "brown"),
            id("I go to oak tree primary in ashford", "oak tree", "ashford"),
            id("My son Alfie waited two years for his assessment", "Alfie"),
            id("Our worker Kerry-Anne never rang us back", "Kerry-Anne"),
            id("Call me on 07700 900123 if you want to know more", "07700 900123"),
            id("You can email me at sam.jones99@example.com", "sam.jones99@example.com"),
            id("We live at 14 Acacia Road, Gillingham ME7 1AB", "14 Acacia", "Gillingham", "ME7 1AB"),
            id("My daughter was born on 3rd March 2014 and has autism", "3rd March 2014"),
            id("DOB 12/04/2011, still waiting for speech therapy", "12/04/2011"),
            id("The nurse at Maidstone was lovely to my little girl", "Maidstone"),
            id("We drove all the way from Sheerness to Canterbury every week", "Sheerness", "Canterbury"),
            id("Simon Langton Grammar School for Boys did nothing to help him", "Simon", "Langton"),
            id("Dr Patel said there was nothing wrong with her", "Patel"),
            id("Mrs O'Neill the SENCO was brilliant", "O'Neill"),
            id("The club in Herne Bay is the best thing in my week", "Herne Bay"),
            id("I'm Zofia, I am 14 and I live in Dartford", "Zofia", "Dartford"),
            id("Nazywam się Kasia Nowak i mieszkam w Margate", "Kasia", "Nowak", "Margate"),
            id("Mam na imię Jakub, chodzę do szkoły w Folkestone", "Jakub", "Folkestone"),
            id("My brother Tyler has been kicked out of Hilltop Academy", "Tyler", "Hilltop"),
            id("Tom from the short breaks club made it fun", "Tom"),
            id("Oliver and Freya both use the service in Tonbridge", "Oliver", "Freya", "Tonbridge"),
            id("Ask for Sarah Jenkins at the Sittingbourne office", "Sarah", "Jenkins", "Sittingbourne"),
            id("The bus from Deal to Sandwich takes too long", "Deal", "Sandwich"),
            id("I was born in 2012 and I want to be heard", "2012"),
            id("Ring my mum on 01622 765432 after 4pm", "01622 765432"),
            id("We moved to Cliftonville last year and lost our place", "Cliftonville"),
            id("Our keyworker Danielle Okoro was amazing", "Danielle", "Okoro"),
            id("The staff at Highsted Grammar ignored my EHCP", "Highsted"),
            id("He goes to The Malling School and hates it", "Malling"),
            id("We are on Castle Hill Avenue in Folkestone", "Castle Hill Avenue", "Folkestone"),
            id("I live on Dover Road and the noise is awful", "Dover Road"),
            id("My carer is called Bogdan and he is kind", "Bogdan"),
            id("The people in Rochester and Strood were helpful", "Rochester", "Strood"),
            id("I am Alice Thompson, I have a learning disability", "Alice", "Thompson"),
            id("Please tell Mr Hughes at the clinic thank you", "Hughes"),
            id("My grandson Reggie loves the holiday club at Whitstable", "Reggie", "Whitstable"),
            id("Contact my social worker Gemma on gemma.w@kent.gov.uk", "Gemma", "gemma.w@kent.gov.uk"),
            id("We waited in Sevenoaks hospital for six hours with Maisie", "Sevenoaks", "Maisie"),
            id("My postcode is CT9 2XY and there is nothing near us", "CT9 2XY"),
            id("Grace Adeyemi helped us get a direct payment", "Grace", "Adeyemi"),
            id("It is hard to get to Paddock Wood without a car", "Paddock Wood"),
            id("At Swanley the group is full of older kids", "Swanley"),
            id("My twin Harvey and I both go to Bearsted Primary", "Harvey", "Bearsted"),
            id("The team at Aylesford changed my dad's care plan without asking", "Aylesford"),
            id("I'm called Ruby and I like art club", "Ruby"),
            id("my birthday is 5 June 2010 and nobody remembered", "5 June 2010"),
            id("Ramsgate and Broadstairs have no clubs for autistic teens", "Ramsgate", "Broadstairs"),
            id("Kieran Walsh in the portage team visited every week", "Kieran", "Walsh"),
            id("Our flat at 7 Mill Lane is too small for his wheelchair", "7 Mill Lane"),
            id("I want the youth club in Edenbridge to open on Fridays", "Edenbridge"),
            id("Ms Kowalczyk at Wrotham School helped me", "Kowalczyk", "Wrotham"),
            id("My son's school, Westlands Academy, would not let him in", "Westlands"),
            id("Text 07123456789 and ask for Jade", "07123456789", "Jade"),
            id("She was in Year 6 at Kingsnorth Primary in 2023", "Kingsnorth"),
            id("We are from Hoo and the bus never comes", "Hoo"),
            id("Mohammed needs a translator at every appointment", "Mohammed"),
            id("Speak to Auntie Lorraine if you need us", "Lorraine"),
            id("I'm Isla, autistic, from Faversham", "Isla", "Faversham"));

    /** Ordinary feedback, nothing identifying: it must come out as it went in. */
    private static final List<String> ORDINARY = List.of(
            "We waited a long time and nobody called back. The staff were kind.",
            "Speech and Language Therapy helped my son talk to his friends.",
            "The Short Breaks holiday club was the best part of my summer.",
            "I don't like the waiting room because it is too loud.",
            "Please tell us what is happening with the ADHD assessment.",
            "The NHS letters are too hard to read.",
            "Kent County Council should listen to young people more.",
            "I want more clubs on Saturday and Sunday.",
            "Nobody asked me what I wanted at my review.",
            "My mum had to ring five times before anyone answered.",
            "The Easy Read letter made sense to me.",
            "CAMHS was good once we got in but it took a year.",
            "It would help if the bus came more often.",
            "I felt listened to and respected.",
            "Will you tell me when something changes?",
            "May I have the letter in Polish please?",
            "The occupational therapist gave us great ideas for home.",
            "I go to school every day and it is fine.",
            "We need more help in the holidays.",
            "Thank you for asking what I think.");

    @Test
    void aVariedSetOfIdentifyingSentencesIsCaught() {
        int caught = 0;
        StringBuilder missed = new StringBuilder();
        for (Identifying sample : CORPUS) {
            String redacted = QuoteRedactions.suggest(sample.sentence());
            List<String> left = sample.mustGo().stream()
                    .filter(w -> Pattern.compile(
                                    "(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE)
                            .matcher(redacted)
                            .find())
                    .toList();
            if (left.isEmpty()) {
                caught++;
            } else {
                missed.append("\n  ").append(redacted).append("  still has ").append(left);
            }
        }
        System.out.printf(
                "Quote redaction: %d of %d identifying sentences fully redacted%s%n", caught, CORPUS.size(), missed);
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(60);
        assertThat(caught)
                .as("identifying sentences fully redacted; missed:" + missed)
                .isEqualTo(CORPUS.size());
    }

    @Test
    void ordinaryFeedbackIsLeftAsItWasSoQuotesStayReadable() {
        long unchanged = ORDINARY.stream()
                .filter(s -> QuoteRedactions.suggest(s).equals(s))
                .count();
        System.out.printf("Quote redaction: %d of %d ordinary sentences left unchanged%n", unchanged, ORDINARY.size());
        assertThat(ORDINARY)
                .allSatisfy(s -> assertThat(QuoteRedactions.suggest(s)).isEqualTo(s));
    }

    @Test
    void theExampleFromIssue14IsFullyRedacted() {
        assertThat(QuoteRedactions.suggest("My name is Ellie Brown and I go to Oak Tree Primary School in Ashford"))
                .isEqualTo("My name is [name] and I go to [school] in [place]");
    }

    @Test
    void namesAfterTitlesAndCalledAreReplaced() {
        assertThat(QuoteRedactions.suggest("My worker called Sarah Jones was kind, but Dr Patel never listened."))
                .isEqualTo("My worker called [name] was kind, but Dr [name] never listened.");
        assertThat(QuoteRedactions.suggest("Mrs. O'Neill and a boy named Tom"))
                .isEqualTo("Mrs. [name] and a boy named [name]");
    }

    @Test
    void datesPhoneNumbersEmailsAndPostcodesAreReplaced() {
        assertThat(QuoteRedactions.suggest(
                        "On 12 March 2026 I rang 01622 123456 and wrote to mum@example.org from ME14 1XX."))
                .isEqualTo("On [date] I rang [phone] and wrote to [email] from [postcode].");
        assertThat(QuoteRedactions.suggest("Seen on 03/02/2025 and again on March 5th, call +44 7700 900123"))
                .isEqualTo("Seen on [date] and again on [date], call [phone]");
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        for (Identifying sample : CORPUS) {
            String once = QuoteRedactions.suggest(sample.sentence());
            assertThat(QuoteRedactions.suggest(once)).isEqualTo(once);
        }
    }

    @Test
    void theListsAreRealisticInSize() {
        Map<String, Integer> sizes = Map.of(
                "places", Gazetteer.load("/redaction/kent-medway-places.txt").size(),
                "first names", Gazetteer.load("/redaction/first-names.txt").size());
        System.out.println("Redaction lists: " + sizes);
        assertThat(sizes.get("places")).isGreaterThan(400);
        assertThat(sizes.get("first names")).isGreaterThan(300);
    }
}
