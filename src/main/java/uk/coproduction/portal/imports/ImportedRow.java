package uk.coproduction.portal.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of a file that became feedback, with the hash that stops it being imported twice. */
@Entity
@Table(name = "import_row")
class ImportedRow {

    @Id
    @Column(name = "feedback_id")
    private Long feedbackId;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "source_row")
    private int sourceRow;

    @Column(name = "row_hash")
    private String rowHash;

    protected ImportedRow() {
    }

    ImportedRow(long feedbackId, long batchId, int sourceRow, String rowHash) {
        this.feedbackId = feedbackId;
        this.batchId = batchId;
        this.sourceRow = sourceRow;
        this.rowHash = rowHash;
    }
}
