package uk.coproduction.portal.packs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a pack a screen-reader user can read. The PDF is tagged (PDF/UA-1): structure tree in reading order,
 * title shown and language en-GB, headings, tables with header cells and their scope, the chart as a figure whose
 * alternative text gives its numbers, lists, page numbers as artifacts, the PDF/UA identifier in its metadata; and
 * veraPDF's PDF/UA-1 validation finds nothing wrong.
 */
@PortalTest
class PackStructureTest {

    @Autowired
    EvidencePacks packs;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    private final Quarter now = Quarter.of(LocalDate.now());
    private String service;

    @BeforeEach
    void aServiceWithAnswers() {
        accounts.ensureStandardAccounts();
        service = fixtures.newService();
        String when = now.start() + " 00:00:01";
        fixtures.answers(service, "EAST_KENT", when, 7, "VERY_GOOD");
        fixtures.answers(service, "EAST_KENT", when, 3, "BAD");
        fixtures.feedback(service, "WEST_KENT", "PARENT_CARER", null, "ONLINE", when, false, Map.of(1, "OK"));
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aScreenReaderUserFindsTheTitleLanguageHeadingsTablesAndWhatTheChartShows() throws Exception {
        EvidencePack pack = packs.make(PackRequest.forService(service, now));

        try (PackReader pdf = new PackReader(pack.pdf())) {
            List<String> structure = pdf.structure();
            assertThat(structure).as("structure tree").isNotEmpty();
            assertThat(pdf.language()).isEqualTo("en-GB");
            assertThat(pdf.title()).isEqualTo(pack.title());
            assertThat(pdf.displaysTitle()).isTrue();
            assertThat(structure.stream().filter(e -> e.matches("H\\d")).findFirst())
                    .contains("H1");
            assertThat(structure)
                    .contains(
                            "H2",
                            "H3",
                            "Table",
                            "TR",
                            "TH Scope=Column",
                            "TH Scope=Row",
                            "TD",
                            "L",
                            "LI",
                            "LBody",
                            "P");
            // The chart is a figure that says what it shows, with its numbers (the published, rounded share).
            assertThat(structure)
                    .anySatisfy(element -> assertThat(element)
                            .startsWith("Figure Alt=Bar chart of the share of positive answers")
                            .containsPattern("1\\. Respect us & be kind: \\d+%")
                            .contains("2. Include and accept us (none)"));
            // Reading order: the sections in the order the contents list gives them. A section with nothing to show
            // is left out of the pack and its contents list (decision 0035), so only those the list names are looked
            // for.
            List<String> sections = List.of(
                    "What this pack counts",
                    "Charter scores",
                    "Outcome indicators beside these voices",
                    "Themes heard",
                    "In their words",
                    "Coproduction activities and their Lundy checks",
                    "Plan actions and the changes made",
                    "Replies and closing the loop",
                    "Who we heard from",
                    "Easy Read summary");
            String text = pdf.text();
            int last = text.indexOf("Easy Read summary");
            List<String> headings = sections.stream()
                    .filter(h -> (text.indexOf(h) >= 0 && text.indexOf(h) < last) || h.startsWith("Easy"))
                    .toList();
            assertThat(headings).as("sections the contents list names").hasSizeGreaterThanOrEqualTo(5);
            int at = -1;
            for (String heading : headings) {
                int next = text.indexOf(heading, Math.max(last, at) + 1);
                assertThat(next)
                        .as("%s after the contents list, in order", heading)
                        .isGreaterThan(at);
                at = next;
            }
            // Page numbers and the running title are page furniture, skipped by screen readers.
            for (int page = 1; page <= pdf.pages(); page++) {
                assertThat(pdf.artifacts(page)).contains("Page " + page + " / " + pdf.pages());
            }
            assertThat(pdf.xmp()).contains("pdfuaid").containsPattern("pdfuaid:part(>|=\")1");
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void veraPdfFindsThePackConformsToPdfUa1() throws Exception {
        EvidencePack pack = packs.make(PackRequest.forService(service, now));

        assertThat(pdfUaFailures(pack.pdf())).as("PDF/UA-1 rules broken").isEmpty();
    }

    /** The PDF/UA-1 rules veraPDF finds broken, each as "clause-test: message"; empty when the PDF conforms. */
    static List<String> pdfUaFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = new ByteArrayInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
            assertThat(result.isCompliant()).as("compliant, failing %s", failed).isEqualTo(failed.isEmpty());
            return failed;
        }
    }
}
