package uk.coproduction.portal.outcomes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.ui.ChooseAgainAfterAFailedUpload;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.outcomes.IndicatorNumber;
import uk.coproduction.portal.outcomes.OutcomeValueImport;
import uk.coproduction.portal.outcomes.ValueImportPreview;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Values of many indicators from one CSV file: the template to download, the file to choose, then a preview of every
 * line (or every problem, by line number) and a button that saves them only when the file has no problems.
 */
class ValueImportPanel extends Section {

    private final OutcomeValueImport imports;
    private final Runnable saved;
    private final Upload upload = new Upload();
    private final Div preview = new Div();
    private final Paragraph result = new Paragraph();
    private String fileName;
    private byte[] content;

    ValueImportPanel(OutcomeValueImport imports, Runnable saved) {
        this.imports = imports;
        this.saved = saved;
        addClassName("form-section");
        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = imports.template();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            OutcomeValueImport.TEMPLATE_FILE_NAME,
                            "text/csv; charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("outcomes.import.template"));
        template.setTarget(AnchorTarget.DEFAULT);
        template.getElement().setAttribute("download", true);
        upload.setUploadHandler(uploadHandler());
        upload.setMaxFiles(1);
        ChooseAgainAfterAFailedUpload.on(upload);
        upload.setMaxFileSize(OutcomeValueImport.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("outcomes.import.upload")));
        upload.addFileRejectedListener(e -> result.setText(getTranslation("outcomes.import.rejected")));
        result.getElement().setAttribute("role", "status");
        result.addClassName("outcomes-result");
        preview.addClassName("outcomes-import-preview");
        add(
                new H2(getTranslation("outcomes.import.title")),
                new Paragraph(getTranslation("outcomes.import.intro")),
                new Paragraph(template),
                upload,
                result,
                preview);
    }

    /** Reads at most one byte more than the limit, so an oversized file is refused without filling the memory. */
    private UploadHandler uploadHandler() {
        return event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(OutcomeValueImport.MAX_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> received(name, bytes));
        };
    }

    private void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        result.setText("");
        // The preview names the file; the upload is ready at once for a corrected one.
        upload.clearFileList();
        show(imports.preview(name, bytes));
    }

    private void show(ValueImportPreview checked) {
        preview.removeAll();
        preview.add(new H3(getTranslation("outcomes.import.preview.title", checked.fileName())));
        if (!checked.problems().isEmpty()) {
            Paragraph intro = new Paragraph(getTranslation("outcomes.import.problems.title"));
            intro.getElement().setAttribute("role", "alert");
            OrderedList problems = new OrderedList();
            problems.addClassName("outcomes-import-problems");
            for (ValueImportPreview.LineProblem problem : checked.problems()) {
                String message =
                        getTranslation(problem.messageKey(), problem.argument() == null ? "" : problem.argument());
                problems.add(new ListItem(
                        problem.column() == null
                                ? getTranslation("outcomes.import.problem", String.valueOf(problem.line()), message)
                                : getTranslation(
                                        "outcomes.import.problem.column",
                                        String.valueOf(problem.line()),
                                        problem.column(),
                                        message)));
            }
            preview.add(intro, problems, new Button(getTranslation("outcomes.import.cancel"), e -> startAgain()));
            return;
        }
        preview.add(
                new Paragraph(getTranslation(
                        "outcomes.import.preview.summary",
                        String.valueOf(checked.count(ValueImportPreview.Outcome.NEW)),
                        String.valueOf(checked.count(ValueImportPreview.Outcome.CORRECTS)),
                        String.valueOf(checked.count(ValueImportPreview.Outcome.ALREADY_RECORDED)))),
                table(checked));
        Button cancel = new Button(getTranslation("outcomes.import.cancel"), e -> startAgain());
        if (checked.canImport()) {
            Button confirm = new Button(getTranslation("outcomes.import.confirm"), e -> confirm());
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            preview.add(new Div(confirm, cancel));
        } else {
            preview.add(new Paragraph(getTranslation("outcomes.import.nothing-to-save")), new Div(cancel));
        }
    }

    private NativeTable table(ValueImportPreview checked) {
        NativeTable table = new NativeTable();
        table.addClassName("dashboard-table");
        table.setCaptionText(getTranslation("outcomes.import.preview.caption", checked.fileName()));
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "outcomes.import.preview.column.line",
            "outcomes.import.preview.column.indicator",
            "outcomes.import.preview.column.date",
            "outcomes.import.preview.column.value",
            "outcomes.import.preview.column.outcome"
        }) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (ValueImportPreview.Line line : checked.lines()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell number = row.addHeaderCell();
            number.setText(String.valueOf(line.line()));
            number.getElement().setAttribute("scope", "row");
            String unit = line.indicator().unit();
            row.addDataCell().setText(line.indicator().title());
            row.addDataCell()
                    .setText(line.value().period() + " ("
                            + DisplayDates.date(line.value().asOf(), getLocale()) + ")");
            row.addDataCell().setText(IndicatorNumber.format(line.value().value(), unit));
            row.addDataCell()
                    .setText(getTranslation(
                            "outcomes.import.preview." + line.outcome().name(),
                            line.replaces() == null ? "" : IndicatorNumber.format(line.replaces(), unit)));
        }
        return table;
    }

    private void confirm() {
        if (content == null) {
            return;
        }
        try {
            ValueImportPreview done = imports.confirm(fileName, content);
            long count = done.count(ValueImportPreview.Outcome.NEW) + done.count(ValueImportPreview.Outcome.CORRECTS);
            String name = fileName;
            startAgain();
            result.setText(getTranslation("outcomes.import.saved", String.valueOf(count), name));
            saved.run();
        } catch (InvalidInputException e) {
            // The history changed since the preview: show the file's problems as they are now.
            show(imports.preview(fileName, content));
        }
    }

    private void startAgain() {
        fileName = null;
        content = null;
        preview.removeAll();
        upload.clearFileList();
        result.setText("");
    }
}
