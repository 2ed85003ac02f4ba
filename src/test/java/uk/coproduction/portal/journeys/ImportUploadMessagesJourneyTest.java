package uk.coproduction.portal.journeys;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.imports.CsvTemplate;
import uk.coproduction.portal.security.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 24, finding 4, in a real browser: a file the portal cannot take gives one message that says why and what to
 * do, never the upload widget's own "Upload forbidden" or "Upload failed, please try again later" beside it, and
 * the widget keeps no failed file of its own next to the portal's message. Screenshots in target/journey-screenshots.
 */
@PortalTest
class ImportUploadMessagesJourneyTest extends BrowserJourney {

    private static final Pattern WIDGET_FAILURE =
            Pattern.compile("Upload forbidden|Upload failed|try again later", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_LIMIT = Pattern.compile("at most 200 characters", Pattern.CASE_INSENSITIVE);
    private static final int TEN_MB = 10 * 1024 * 1024;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    private Page importPage() {
        Page commissioner = newPerson();
        commissioner.navigate(url("/staff/import"));
        commissioner.getByLabel("Username").fill(TestAccounts.CHILDRENS_COMMISSIONER);
        commissioner
                .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(TestAccounts.PASSWORD);
        commissioner
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        commissioner.navigate(url("/staff/import"));
        assertThat(commissioner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Import paper forms and other survey tools");
        return commissioner;
    }

    private static void choose(Page page, String name, byte[] content) {
        FileChooser chooser = page.waitForFileChooser(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose a CSV file\u2026"))
                        .click());
        chooser.setFiles(new FilePayload(name, "text/csv", content));
    }

    /** The template's header and one good row: nothing but the file's name or size is wrong with it. */
    private static byte[] goodFile() {
        return (String.join(",", CsvTemplate.header()) + "\r\nSHORT_BREAKS,EAST_KENT,YOUNG_PERSON,AGE_11_15,PAPER,"
                        + LocalDate.now().minusDays(3) + ",good,,,,,,\"Browser " + UUID.randomUUID() + "\",\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] overTenMegabytes() {
        byte[] content = Arrays.copyOf(goodFile(), TEN_MB + 1);
        Arrays.fill(content, goodFile().length, content.length, (byte) ' ');
        return content;
    }

    /**
     * What the page shows: the widget also copies a failure into its screen-reader announcement (a live region outside
     * the page's main area), which is heard once, not shown.
     */
    private static Locator onThePage(Page page) {
        return page.locator("#main-content");
    }

    private static Locator filesInTheWidget(Page page) {
        return page.locator("vaadin-upload-file");
    }

    @Test
    void aFileNameLongerThanTheLimitIsRefusedByThePortalWithBothNumbers() {
        Page page = importPage();

        choose(page, "forms-" + "x".repeat(250) + ".csv", goodFile());

        Locator problems = page.getByRole(AriaRole.ALERT)
                .filter(new Locator.FilterOptions().setHasText("This file cannot be imported"));
        assertThat(problems)
                .containsText("The file name is 260 characters long; file names can be at most 200"
                        + " characters. Rename the file with a shorter name");
        assertThat(onThePage(page).getByText(NAME_LIMIT)).hasCount(1);
        assertThat(filesInTheWidget(page)).hasCount(0);
        assertThat(page.getByText(WIDGET_FAILURE)).hasCount(0);
        screenshot(page, "import-file-name-too-long");
    }

    @Test
    void aFileNameTooLongToBeSentAtAllGivesTheLimitInsteadOfUploadForbidden() {
        Page page = importPage();

        // Longer than a request header may be: the server refuses the upload before the portal sees it.
        choose(page, "forms-" + "x".repeat(10_000) + ".csv", goodFile());

        assertThat(filesInTheWidget(page).getByText(NAME_LIMIT)).isVisible();
        assertThat(onThePage(page).getByText(NAME_LIMIT)).hasCount(1);
        assertThat(page.getByText(WIDGET_FAILURE)).hasCount(0);
        screenshot(page, "import-file-name-far-too-long");

        // The person renames the file and chooses it again, without first finding and removing the failed row.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose a CSV file\u2026")))
                .isEnabled();
        choose(page, "forms-renamed.csv", goodFile());
        assertThat(page.getByText("1 row checked", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        assertThat(onThePage(page).getByText(NAME_LIMIT)).hasCount(0);
    }

    @Test
    void anOversizedFileIsRefusedWithThePortalsReasonAlone() {
        Page page = importPage();

        choose(page, "too-big-" + UUID.randomUUID() + ".csv", overTenMegabytes());

        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("10 MB")))
                .hasText("The file is larger than 10 MB. Split it into smaller files.");
        assertThat(filesInTheWidget(page)).hasCount(0);
        assertThat(page.getByText(WIDGET_FAILURE)).hasCount(0);
        screenshot(page, "import-file-too-big");
    }

    @Test
    void anOversizedFileSentWithoutThePagesCheckIsRefusedByTheServerWithThePortalsReasonAlone() {
        Page page = importPage();
        // As someone who switched the page's own size check off would send it: the server reads at most 10 MB.
        page.locator("vaadin-upload").evaluate("upload => upload.maxFileSize = Infinity");

        choose(page, "too-big-" + UUID.randomUUID() + ".csv", overTenMegabytes());

        Locator problems = page.getByRole(AriaRole.ALERT)
                .filter(new Locator.FilterOptions().setHasText("This file cannot be imported"));
        assertThat(problems).containsText("The file is larger than 10 MB. Split it into smaller files");
        assertThat(filesInTheWidget(page)).hasCount(0);
        assertThat(page.getByText(WIDGET_FAILURE)).hasCount(0);
        screenshot(page, "import-file-too-big-unchecked");
    }
}
