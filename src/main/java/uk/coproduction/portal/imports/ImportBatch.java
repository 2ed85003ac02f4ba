package uk.coproduction.portal.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.coproduction.portal.services.Team;

import java.time.Instant;

/** One imported file: who imported it, when, and what happened to its rows. */
@Entity
@Table(name = "import_batch")
class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_hash")
    private String fileHash;

    @Enumerated(EnumType.STRING)
    private Team team;

    @Column(name = "imported_by")
    private long importedBy;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "rows_imported")
    private int rowsImported;

    @Column(name = "rows_with_problems")
    private int rowsWithProblems;

    @Column(name = "rows_already_imported")
    private int rowsAlreadyImported;

    /** Likely duplicates the importer chose to import anyway (each row says what it was taken for). */
    @Column(name = "rows_imported_anyway")
    private int rowsImportedAnyway;

    protected ImportBatch() {}

    ImportBatch(
            String fileName,
            String fileHash,
            Team team,
            long importedBy,
            Instant importedAt,
            int rowsImported,
            int rowsWithProblems,
            int rowsAlreadyImported,
            int rowsImportedAnyway) {
        this.rowsImportedAnyway = rowsImportedAnyway;
        this.fileName = fileName;
        this.fileHash = fileHash;
        this.team = team;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.rowsImported = rowsImported;
        this.rowsWithProblems = rowsWithProblems;
        this.rowsAlreadyImported = rowsAlreadyImported;
    }

    Long getId() {
        return id;
    }

    String getFileName() {
        return fileName;
    }

    long getImportedBy() {
        return importedBy;
    }

    Instant getImportedAt() {
        return importedAt;
    }

    int getRowsImported() {
        return rowsImported;
    }

    int getRowsWithProblems() {
        return rowsWithProblems;
    }

    int getRowsAlreadyImported() {
        return rowsAlreadyImported;
    }

    int getRowsImportedAnyway() {
        return rowsImportedAnyway;
    }
}
