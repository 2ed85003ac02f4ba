package uk.coproduction.portal.imports.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.imports.CsvTemplate;
import uk.coproduction.portal.security.TestAccounts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class CsvImportViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    private static String lastWeek() {
        return LocalDate.now().minusDays(7).toString();
    }

    private void upload(String name, byte[] content) {
        test(find(Upload.class).single()).upload(name, "text/csv", content);
    }

    /** Checking and importing run in the background; the page hears of them on its next round trip. */
    private void waitUntil(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(done.getAsBoolean()).as("the background work finished").isTrue();
    }

    private boolean paragraphStartingWith(String start) {
        return find(Paragraph.class).all().stream()
                .anyMatch(p -> p.getText() != null && p.getText().startsWith(start));
    }

    @Test
    void theTemplateDownloadsWithTheHeaderAndTheExampleRow() {
        navigate(CsvImportView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Import paper forms and other survey tools");

        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test(find(Anchor.class).withText("Download the CSV template").single()).download(downloaded);

        String text = downloaded.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFservice,area,group,age_band,channel,date_received,q1_respect");
        assertThat(text.lines()).hasSize(2);
        assertThat(downloaded.toByteArray()).isEqualTo(CsvTemplate.bytes());
        assertThat(find(ListItem.class)
                        .withText("SHORT_BREAKS \u2013 Short Breaks holiday clubs")
                        .exists())
                .isTrue();
        assertThat(find(ListItem.class)
                        .withText("COMMUNITY_LD_TEAMS \u2013 Community Learning Disability Teams")
                        .exists())
                .as("only the commissioner's own team's services")
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void commissionerUploadsAFileSeesEachProblemTicksTheWarningAndImportsTheGoodRows() throws Exception {
        String unique = UUID.randomUUID().toString();
        String header = String.join(",", CsvTemplate.header());
        byte[] file = (header + "\r\n"
                        + "SHORT_BREAKS,,YOUNG_PERSON,UNDER_11,PAPER," + lastWeek() + ",good,,,,,,Fun " + unique
                        + ",\r\n"
                        + "SHORT_BREAKS,,teenager,,PAPER," + lastWeek() + ",good,,,,,,,\r\n"
                        + "PORTAGE,,PARENT_CARER,,EVENT," + lastWeek() + ",,very bad,,,,,Waited " + unique + ",\r\n")
                .getBytes(StandardCharsets.UTF_8);
        navigate(CsvImportView.class);

        upload("postcards-" + unique + ".csv", file);
        waitUntil(() -> paragraphStartingWith("3 rows checked"));

        assertThat(paragraphStartingWith("3 rows checked: 2 ready to import, 1 with problems, 0 likely duplicates."))
                .isTrue();
        Grid<Object> problems =
                find(Grid.class).withClassName("import-problems").single();
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("group");
        assertThat(test(problems).getCellText(0, 2))
                .isEqualTo(
                        "\"teenager\" is not a group we know. Use YOUNG_PERSON, PARENT_CARER, LDA_ADULT or SOMEONE_ELSE.");
        Button importButton = find(Button.class).withText("Import 2 rows").single();
        assertThat(importButton.isEnabled())
                .as("bad rows are never skipped silently")
                .isFalse();
        int before = jdbc.queryForObject("select count(*) from feedback", Integer.class);

        test(find(Checkbox.class)
                        .withLabel(
                                "I understand that 1 row with a problem will be skipped and only 2 rows will be imported")
                        .single())
                .click();
        test(importButton).click();
        waitUntil(() -> paragraphStartingWith("Imported 2 rows"));

        assertThat(paragraphStartingWith("Imported 2 rows from postcards-" + unique + ".csv into your inbox (0 of them"
                        + " likely duplicates you chose to import anyway). Left out 1 row with problems and 0 likely"
                        + " duplicates."))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from feedback", Integer.class))
                .isEqualTo(before + 2);
        Grid<Object> history = find(Grid.class).withClassName("import-history").single();
        assertThat(test(history).getCellText(0, 1)).isEqualTo("Chris Children");
        assertThat(test(history).getCellText(0, 2)).isEqualTo("postcards-" + unique + ".csv");
        assertThat(test(history).getCellText(0, 3)).isEqualTo("2");

        upload("postcards-again.csv", file);
        waitUntil(() -> find(ListItem.class).all().stream()
                .anyMatch(li -> li.getText().startsWith("This file was imported already")));
        assertThat(find(Button.class).withText("Import 2 rows").exists()).isFalse();
    }

    @Test
    void aFileNotSavedAsUtf8GetsAClearMessageNotAnError() throws Exception {
        byte[] latin1 = (String.join(",", CsvTemplate.header()) + "\r\nSHORT_BREAKS,,YOUNG_PERSON,,," + lastWeek()
                        + ",good,,,,,,Caf\u00e9,\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        navigate(CsvImportView.class);

        upload("latin1.csv", latin1);
        waitUntil(() -> find(ListItem.class).all().stream()
                .anyMatch(li -> li.getText().startsWith("This file is not saved as UTF-8")));

        assertThat(find(ListItem.class).all().stream().map(ListItem::getText))
                .anyMatch(
                        t -> t.equals(
                                "This file is not saved as UTF-8 (the first problem is on line 2), so letters such as \u00e9 or \u0142 "
                                        + "would come out wrong. In Excel choose File, Save As, and \"CSV UTF-8 (Comma delimited) (*.csv)\"; "
                                        + "in Google Sheets choose File, Download, \"Comma-separated values\". Then upload it again."));
    }

    @Test
    void aFileOfOneRowIsCountedInTheSingular() throws Exception {
        String unique = UUID.randomUUID().toString();
        byte[] file = (String.join(",", CsvTemplate.header()) + "\r\n" + "SHORT_BREAKS,,YOUNG_PERSON,,PAPER,"
                        + lastWeek() + ",good,,,,,,Alone " + unique + ",\r\n")
                .getBytes(StandardCharsets.UTF_8);
        navigate(CsvImportView.class);

        upload("one-" + unique + ".csv", file);
        waitUntil(() -> paragraphStartingWith("1 row checked"));

        assertThat(paragraphStartingWith("1 row checked: 1 ready to import, 0 with problems, 0 likely duplicates."))
                .isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void commissionerSeesALikelyDuplicateWithItsReasonTicksImportAnywayAndTheDecisionIsRecorded() throws Exception {
        String unique = UUID.randomUUID().toString();
        String header = String.join(",", CsvTemplate.header());
        String row = "SHORT_BREAKS,,YOUNG_PERSON,,PAPER," + lastWeek() + ",good,,,,,,Twins " + unique + ",";
        byte[] file = (header + "\r\n" + row + "\r\n" + row.replace("SHORT_BREAKS", "short breaks") + "\r\n"
                        + "SHORT_BREAKS,,YOUNG_PERSON,,PAPER," + lastWeek() + ",good,,,,,,Someone else " + unique
                        + ",\r\n")
                .getBytes(StandardCharsets.UTF_8);
        navigate(CsvImportView.class);

        upload("twins-" + unique + ".csv", file);
        waitUntil(() -> paragraphStartingWith("3 rows checked"));

        assertThat(paragraphStartingWith("3 rows checked: 2 ready to import, 0 with problems, 1 likely duplicate."))
                .isTrue();
        Grid<Object> duplicates =
                find(Grid.class).withClassName("import-duplicates").single();
        assertThat(duplicates.getAriaLabel()).contains("Likely duplicates: tick a row to import it anyway");
        assertThat(test(duplicates).size()).isEqualTo(1);
        assertThat(test(duplicates).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(duplicates).getCellText(0, 3)).startsWith("Likely duplicate: same as line 2.");
        Button importButton = find(Button.class).withText("Import 2 rows").single();

        test(duplicates).select(0);
        assertThat(importButton.getText()).isEqualTo("Import 3 rows");
        test(importButton).click();
        waitUntil(() -> paragraphStartingWith("Imported 3 rows"));

        assertThat(jdbc.queryForList("""
                select r.source_row, r.duplicate_reason, r.imported_anyway from import_row r
                join import_batch b on b.id = r.batch_id where b.file_name = ? order by r.source_row""", "twins-" + unique + ".csv"))
                .extracting(r -> r.get("source_row"), r -> r.get("duplicate_reason"), r -> r.get("imported_anyway"))
                .containsExactly(
                        Assertions.tuple(2, null, false),
                        Assertions.tuple(3, "same as line 2", true),
                        Assertions.tuple(4, null, false));
    }
}
