package uk.coproduction.portal.base.ui;

import com.vaadin.flow.component.upload.Upload;

/**
 * An upload widget for one file at a time stays usable after a file fails to send. The widget counts a failed file
 * towards its limit, so with a limit of one its "Choose" button stayed disabled beside the failure's message until
 * the person found and removed that row (a 10,000-character file name, refused before the portal sees it, did
 * this). After a failure the limit makes room for one more; choosing the next file takes the failed rows away, and
 * the limit is one again. The failure's message stays on screen until then.
 */
public final class ChooseAgainAfterAFailedUpload {

    private ChooseAgainAfterAFailedUpload() {}

    public static void on(Upload upload) {
        upload.getElement().executeJs("""
                const upload = this;
                if (upload.__portalChooseAgain) { return; }
                upload.__portalChooseAgain = true;
                upload.addEventListener('upload-error', () => { upload.maxFiles = upload.files.length + 1; });
                upload.addEventListener('upload-before', e => {
                  const next = e.detail.file;
                  const failed = upload.files.filter(f => f !== next && f.error);
                  if (failed.length > 0) { upload.files = upload.files.filter(f => !failed.includes(f)); }
                  upload.maxFiles = 1;
                });""");
    }
}
