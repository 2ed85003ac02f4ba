package uk.coproduction.portal.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableBiConsumer;
import uk.coproduction.portal.imports.ImportProgress;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress of a check or an import running in the background, passed to the page through {@link UI#access}
 * (at most every 200 ms, so a big file does not flood the page), and the person's "Cancel".
 */
final class ImportJob implements ImportProgress {

    private static final long REPORT_EVERY_NANOS = 200_000_000L;

    private final UI ui;
    private final SerializableBiConsumer<Integer, Integer> show;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long lastReport;

    ImportJob(UI ui, SerializableBiConsumer<Integer, Integer> show) {
        this.ui = ui;
        this.show = show;
    }

    @Override
    public void update(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastReport < REPORT_EVERY_NANOS) {
            return;
        }
        lastReport = now;
        access(() -> show.accept(done, total));
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }

    /** Runs on the page when it is still open; a closed page has nobody to tell. */
    void access(Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException pageClosed) {
            // the work itself has finished or rolled back; nothing to show
        }
    }
}
