package uk.coproduction.portal.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ChooseAgainAfterAFailedUpload;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.imports.CsvImportService;
import uk.coproduction.portal.imports.CsvTemplate;
import uk.coproduction.portal.imports.ImportCancelledException;
import uk.coproduction.portal.imports.ImportPreview;
import uk.coproduction.portal.imports.ImportRefusedException;
import uk.coproduction.portal.imports.ImportResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Importing paper forms typed into a spreadsheet, or another survey tool's export, as CSV: download the template,
 * upload a file, see every row's result before anything is saved, import the good rows (all or nothing), and see
 * the team's earlier imports. Checking and importing run in the background with a progress bar (the page polls
 * while they run) and a Cancel button; a cancelled import leaves nothing behind.
 */
@Route(value = "staff/import", layout = StaffLayout.class)
@Menu(title = "nav.workspace.import", order = 130)
@RolesAllowed(Roles.COMMISSIONER)
public class CsvImportView extends Div implements HasDynamicTitle {

    /** The largest file accepted, the same limit the checker states (10 MB). */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private static final int POLL_MILLIS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(CsvImportView.class);

    private final CsvImportService imports;
    private final Executor executor;

    private final Upload upload = new Upload();
    private final Div working = new Div();
    private final Paragraph workingText = new Paragraph();
    private final ProgressBar progressBar = new ProgressBar();
    private final Button cancel = new Button();
    private final Paragraph result = new Paragraph();
    private final PreviewPanel preview = new PreviewPanel(this::importFile, this::startAgain);
    private final ImportHistory history = new ImportHistory();

    private String fileName;
    private byte[] content;
    private ImportJob job;

    CsvImportView(CsvImportService imports, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.imports = imports;
        this.executor = executor;
        addClassNames("page", "page-wide", "import-page");

        byte[] template = CsvTemplate.bytes();
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(e -> new DownloadResponse(
                        new ByteArrayInputStream(template),
                        CsvTemplate.FILE_NAME,
                        "text/csv; charset=UTF-8",
                        template.length)),
                AttachmentType.DOWNLOAD,
                getTranslation("import.template.download"));
        download.addClassName("import-download");
        Section templateSection = new Section(
                new H2(getTranslation("import.template.title")),
                new Paragraph(getTranslation("import.template.intro")),
                download,
                new Paragraph(getTranslation("import.template.columns-intro")),
                new ColumnGuide(imports.myServices(), imports.areaChoices()));
        templateSection.addClassName("form-section");

        upload.setUploadHandler(uploadHandler());
        upload.setMaxFiles(1);
        ChooseAgainAfterAFailedUpload.on(upload);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(uploadWords());
        // The widget's own reason (its texts are the portal's, below: too big, or not a .csv file), said once on the
        // page; a generic "not accepted" named neither which limit nor what to do (issue 24, finding 4).
        upload.addFileRejectedListener(e -> say(
                e.getErrorMessage() == null || e.getErrorMessage().isBlank()
                        ? getTranslation("import.upload.rejected")
                        : e.getErrorMessage()));
        Section uploadSection = new Section(
                new H2(getTranslation("import.upload.title")),
                new Paragraph(getTranslation("import.upload.intro", String.format("%,d", 10_000), 10)),
                upload);
        uploadSection.addClassName("form-section");

        workingText.getElement().setAttribute("role", "status");
        progressBar.setMin(0);
        progressBar.setMax(1);
        progressBar.setIndeterminate(true);
        progressBar.getElement().setAttribute("aria-label", getTranslation("import.working.progress"));
        cancel.setText(getTranslation("import.working.cancel"));
        cancel.addClickListener(e -> cancelJob());
        working.add(workingText, progressBar, cancel);
        working.addClassName("import-working");
        working.setVisible(false);

        result.getElement().setAttribute("role", "status");
        result.addClassName("import-result");

        Section historySection = new Section(new H2(getTranslation("import.history.title")), history);
        historySection.addClassName("form-section");

        add(
                new H1(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")),
                templateSection,
                uploadSection,
                working,
                result,
                preview,
                historySection);
        history.show(imports.history());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    /**
     * Reads at most one byte more than the limit, so an oversized file is refused without filling the memory. The
     * rest of an oversized upload is read and thrown away (up to {@link #DISCARD_AT_MOST}): left unread, the server
     * drops the connection and the upload widget shows its own "Upload failed, please try again later" beside the
     * portal's message saying the file is too big (issue 24, finding 4).
     */
    private UploadHandler uploadHandler() {
        return event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    discard(in);
                }
            }
            String name = event.getFileName();
            event.getUI().access(() -> received(name, bytes));
        };
    }

    /** An oversized upload read to its end this far at most; beyond it the connection is dropped as before. */
    static final long DISCARD_AT_MOST = 200L * 1024 * 1024;

    private static void discard(InputStream in) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[64 * 1024];
        int read;
        while (skipped < DISCARD_AT_MOST && (read = in.read(buffer)) > 0) {
            skipped += read;
        }
    }

    private void received(String name, byte[] bytes) {
        if (job != null) {
            say(getTranslation("import.upload.busy"));
            return;
        }
        fileName = name;
        content = bytes;
        result.setText("");
        preview.clear();
        run(
                getTranslation("import.working.checking", ShownName.of(name)),
                progress -> imports.check(name, bytes, progress),
                this::checked);
    }

    private void checked(ImportPreview checkedPreview) {
        if (!checkedPreview.fileProblems().isEmpty()) {
            // The page says what is wrong and how to fix it: the upload widget's own line for the file would only
            // sit beside it (one message per failure).
            upload.clearFileList();
        }
        preview.show(checkedPreview);
    }

    private void importFile(Set<Integer> importAnyway) {
        if (content == null || job != null) {
            return;
        }
        String name = fileName;
        byte[] bytes = content;
        run(
                getTranslation("import.working.importing", ShownName.of(name)),
                progress -> imports.importGoodRows(name, bytes, importAnyway, progress),
                this::imported);
    }

    private void imported(ImportResult done) {
        preview.clear();
        upload.clearFileList();
        content = null;
        fileName = null;
        say(getTranslation(
                "import.result.done-duplicates",
                done.imported(),
                done.fileName(),
                done.importedAnyway(),
                done.withProblems(),
                done.duplicates()));
        history.show(imports.history());
    }

    private void startAgain() {
        content = null;
        fileName = null;
        preview.clear();
        upload.clearFileList();
        say("");
    }

    private void cancelJob() {
        if (job != null) {
            job.cancel();
            cancel.setEnabled(false);
            workingText.setText(getTranslation("import.working.stopping"));
        }
    }

    /**
     * Runs the work in the background with the signed-in person's security context; the page polls for progress
     * while it runs, and every outcome (done, cancelled, refused, failed) is said on the page.
     */
    private <T> void run(String what, Function<ImportJob, T> work, Consumer<T> done) {
        UI ui = UI.getCurrent();
        ImportJob started = new ImportJob(ui, this::showProgress);
        job = started;
        workingText.setText(what);
        progressBar.setIndeterminate(true);
        cancel.setEnabled(true);
        working.setVisible(true);
        upload.setEnabled(false);
        ui.setPollInterval(POLL_MILLIS);
        Runnable task = () -> {
            try {
                T value = work.apply(started);
                started.access(() -> {
                    finish();
                    done.accept(value);
                });
            } catch (ImportCancelledException e) {
                started.access(() -> {
                    finish();
                    preview.clear();
                    say(getTranslation("import.result.cancelled"));
                });
            } catch (ImportRefusedException e) {
                started.access(() -> {
                    finish();
                    preview.clear();
                    preview.showFileProblems(e.problems());
                });
            } catch (DataIntegrityViolationException e) {
                started.access(() -> {
                    finish();
                    preview.clear();
                    say(getTranslation("import.result.at-the-same-time"));
                });
            } catch (RuntimeException e) {
                LOG.error("CSV import failed", e);
                started.access(() -> {
                    finish();
                    say(getTranslation("import.result.failed"));
                });
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private void showProgress(int doneRows, int total) {
        if (total > 0) {
            progressBar.setIndeterminate(false);
            progressBar.setValue(Math.min(1.0, (double) doneRows / total));
            workingText.setText(getTranslation(
                    "import.working.progress-text", String.format("%,d", doneRows), String.format("%,d", total)));
        }
    }

    private void finish() {
        job = null;
        working.setVisible(false);
        upload.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
    }

    private void say(String message) {
        result.setText(message);
    }

    private UploadI18N uploadWords() {
        UploadI18N words = new UploadI18N();
        // "many" too: while a failed file's row stays, the widget allows one more and would switch to its own words.
        words.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        words.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("import.upload.button"))
                .setMany(getTranslation("import.upload.button")));
        words.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.upload.too-big"))
                .setIncorrectFileType(getTranslation("import.upload.wrong-type")));
        // The widget's own words when sending fails ("Upload failed, please try again later", "Upload forbidden")
        // say neither why nor what to do: each says what the person can do instead.
        words.setUploading(new UploadI18N.Uploading()
                .setError(new UploadI18N.Uploading.Error()
                        .setFileTooLarge(getTranslation("import.upload.too-big"))
                        .setForbidden(getTranslation("import.upload.name-too-long", 200))
                        .setServerUnavailable(getTranslation("import.upload.failed"))
                        .setUnexpectedServerError(getTranslation("import.upload.failed"))));
        return words;
    }

    /** The file name as shown while working (shortened: the person's own computer chose it). */
    private static final class ShownName {
        private ShownName() {}

        static String of(String name) {
            String shown = name == null ? "" : name.strip();
            return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
        }
    }
}
