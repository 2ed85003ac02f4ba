package uk.coproduction.portal.exports.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.coproduction.portal.api.FiguresFeed;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.exports.EvidenceExports;
import uk.coproduction.portal.exports.ExportCancelledException;
import uk.coproduction.portal.exports.ExportFormat;
import uk.coproduction.portal.exports.ExportProgress;
import uk.coproduction.portal.exports.ExportedFile;
import uk.coproduction.portal.outcomes.ui.FilterForm;
import uk.coproduction.portal.reporting.CharterScores.Dimension;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.services.ServiceCatalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Export of the filtered evidence as CSV or XLSX: the charter scores (aggregates, for everyone who sees dashboards)
 * and, for commissioners (their team's services) and administrators, the feedback one row per item. The export runs
 * in the background with a progress bar and Cancel (the page polls while it runs, as the CSV import does); when it
 * is ready, a link downloads the file.
 */
@Route(value = "staff/export", layout = StaffLayout.class)
@Menu(title = "export.nav", order = 360)
@RolesAllowed({Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN})
public class ExportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 500;
    private static final long REPORT_EVERY_NANOS = 200_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(ExportView.class);

    private final EvidenceExports exports;
    private final FiguresFeed feed;
    private final ServiceCatalogue catalogue;
    private final StaffDirectory staff;
    private final Executor executor;
    private final Clock clock;
    private final ServiceDashboard dashboard;

    private final ComboBox<Dimension> dimension = new ComboBox<>();
    private final RadioButtonGroup<ExportFormat> scoresFormat = new RadioButtonGroup<>();
    private final RadioButtonGroup<ExportFormat> rowsFormat = new RadioButtonGroup<>();
    private final Button exportScores = new Button();
    private final Button exportRows = new Button();
    private final Div working = new Div();
    private final Paragraph workingText = new Paragraph();
    private final ProgressBar progressBar = new ProgressBar();
    private final Button cancel = new Button();
    private final Paragraph result = new Paragraph();
    private final Div download = new Div();

    private EvidenceFilter filter = EvidenceFilter.ALL;
    private @Nullable Job job;
    private @Nullable ExportedFile ready;

    ExportView(
            EvidenceExports exports,
            FiguresFeed feed,
            ServiceCatalogue catalogue,
            StaffDirectory staff,
            @Qualifier("applicationTaskExecutor") Executor executor,
            Clock clock,
            ServiceDashboard dashboard) {
        this.dashboard = dashboard;
        this.exports = exports;
        this.feed = feed;
        this.catalogue = catalogue;
        this.staff = staff;
        this.executor = executor;
        this.clock = clock;
        addClassNames("page", "page-wide", "outcomes-page", "export-page");

        dimension.setLabel(getTranslation("export.scores.dimension"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("export.dimension." + d.name()));
        dimension.setValue(Dimension.SERVICE);
        for (RadioButtonGroup<ExportFormat> format : List.of(scoresFormat, rowsFormat)) {
            format.setLabel(getTranslation("export.format"));
            format.setItems(ExportFormat.values());
            format.setItemLabelGenerator(f -> getTranslation("export.format." + f.name()));
            format.setValue(ExportFormat.CSV);
        }
        exportScores.setText(getTranslation("export.scores.button"));
        exportScores.addClickListener(e -> {
            EvidenceFilter chosen = filter;
            Dimension splitBy = dimension.getValue() == null ? Dimension.SERVICE : dimension.getValue();
            ExportFormat format = scoresFormat.getValue() == null ? ExportFormat.CSV : scoresFormat.getValue();
            String fewerThanFive = getTranslation("evidence.fewer-than-5");
            start(progress -> exports.charterScores(chosen, splitBy, format, fewerThanFive, progress));
        });
        exportRows.setText(getTranslation("export.rows.button"));
        exportRows.addClickListener(e -> {
            EvidenceFilter chosen = filter;
            ExportFormat format = rowsFormat.getValue() == null ? ExportFormat.CSV : rowsFormat.getValue();
            start(progress -> exports.feedbackRows(chosen, format, progress));
        });

        workingText.getElement().setAttribute("role", "status");
        progressBar.setMin(0);
        progressBar.setMax(1);
        progressBar.getElement().setAttribute("aria-label", getTranslation("export.working.progress"));
        cancel.setText(getTranslation("export.working.cancel"));
        cancel.addClickListener(e -> {
            if (job != null) {
                job.cancelled.set(true);
                cancel.setEnabled(false);
                workingText.setText(getTranslation("export.working.stopping"));
            }
        });
        working.add(workingText, progressBar, cancel);
        working.addClassName("export-working");
        working.setVisible(false);
        result.getElement().setAttribute("role", "status");
        download.addClassName("export-download");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = FilterForm.fromUrl(event.getLocation().getQueryParameters());
        removeAll();
        Section scores = new Section(
                new H2(getTranslation("export.scores.title")),
                new Paragraph(getTranslation("export.scores.intro")),
                dimension,
                scoresFormat,
                exportScores);
        scores.addClassName("form-section");
        add(
                new H1(getTranslation("export.title")),
                new Paragraph(getTranslation("export.intro")),
                new FilterForm(
                        ExportView.class,
                        filter,
                        dashboard.teamChoices(),
                        feed.services(),
                        catalogue.areas(),
                        dashboard.campaignChoices(),
                        clock,
                        List.of("team", "service", "area", "group", "age", "channel", "quarters", "campaign")),
                new Paragraph(getTranslation(
                        "outcomes.filter.period",
                        filter.firstQuarter(clock).toString(),
                        filter.lastQuarter(clock).toString())),
                scores);
        boolean rowsAllowed = staff.currentStaff()
                .map(me -> me.hasRole(Roles.ADMIN) || me.hasRole(Roles.COMMISSIONER))
                .orElse(false);
        if (rowsAllowed) {
            Section rows = new Section(
                    new H2(getTranslation("export.rows.title")),
                    new Paragraph(getTranslation("export.rows.intro")),
                    rowsFormat,
                    exportRows);
            rows.addClassName("form-section");
            add(rows);
        }
        add(working, result, download);
    }

    /** Runs the export in the background with the signed-in person's security context; the page polls meanwhile. */
    private void start(Function<ExportProgress, ExportedFile> work) {
        if (job != null) {
            return;
        }
        UI ui = UI.getCurrent();
        Job started = new Job(ui);
        job = started;
        discardReady();
        result.setText("");
        workingText.setText(getTranslation("export.working.started"));
        progressBar.setIndeterminate(true);
        cancel.setEnabled(true);
        working.setVisible(true);
        exportScores.setEnabled(false);
        exportRows.setEnabled(false);
        ui.setPollInterval(POLL_MILLIS);
        Runnable task = () -> {
            try {
                ExportedFile file = work.apply(started);
                started.access(
                        () -> {
                            finish();
                            offer(file);
                        },
                        () -> delete(file));
            } catch (ExportCancelledException e) {
                started.access(
                        () -> {
                            finish();
                            result.setText(getTranslation("export.result.cancelled"));
                        },
                        () -> {});
            } catch (AccessDeniedException e) {
                started.access(
                        () -> {
                            finish();
                            result.setText(getTranslation("export.result.refused"));
                        },
                        () -> {});
            } catch (RuntimeException e) {
                LOG.error("Export failed", e);
                started.access(
                        () -> {
                            finish();
                            result.setText(getTranslation("export.result.failed"));
                        },
                        () -> {});
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private void offer(ExportedFile file) {
        ready = file;
        long size;
        try {
            size = Files.size(file.file());
        } catch (IOException e) {
            size = -1;
        }
        long length = size;
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        Files.newInputStream(file.file()),
                        file.fileName(),
                        file.format().contentType(),
                        length)),
                AttachmentType.DOWNLOAD,
                getTranslation("export.download", file.fileName()));
        link.addClassName("export-download-link");
        download.removeAll();
        download.add(link);
        result.setText(getTranslation("export.result.ready", file.rows()));
    }

    private void finish() {
        job = null;
        working.setVisible(false);
        exportScores.setEnabled(true);
        exportRows.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
    }

    private void showProgress(long done, long total) {
        if (total > 0) {
            progressBar.setIndeterminate(false);
            progressBar.setValue(Math.min(1.0, (double) done / total));
            workingText.setText(getTranslation(
                    "export.working.progress-text", String.format("%,d", done), String.format("%,d", total)));
        }
    }

    private void discardReady() {
        download.removeAll();
        if (ready != null) {
            delete(ready);
            ready = null;
        }
    }

    private static void delete(ExportedFile file) {
        try {
            Files.deleteIfExists(file.file());
        } catch (IOException ignored) {
            // a temporary file; the system's clean-up will take it
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (job != null) {
            job.cancelled.set(true);
        }
        discardReady();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title");
    }

    /** Progress passed to the page (at most every 200 ms), and the person's "Cancel". */
    private final class Job implements ExportProgress {

        private final UI ui;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile long lastReport;

        Job(UI ui) {
            this.ui = ui;
        }

        @Override
        public void update(long done, long total) {
            long now = System.nanoTime();
            if (done < total && now - lastReport < REPORT_EVERY_NANOS) {
                return;
            }
            lastReport = now;
            access(() -> showProgress(done, total), () -> {});
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        /** Runs on the page when it is still open; otherwise runs {@code closed} (e.g. to delete the file). */
        void access(Runnable change, Runnable closed) {
            try {
                ui.access(change::run);
            } catch (UIDetachedException pageClosed) {
                closed.run();
            }
        }
    }
}
