package uk.coproduction.portal.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.database.MultiRowInsert;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.FeedbackIntake;
import uk.coproduction.portal.feedback.GivenDay;
import uk.coproduction.portal.feedback.NewFeedback;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.Area;
import uk.coproduction.portal.services.AreaRepository;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CSV imports of paper forms and other survey tools. {@link #check} shows what a file would import and saves
 * nothing; {@link #importGoodRows} checks the file again and, in one transaction, turns its good rows into feedback
 * linked to an import batch. Cancelling rolls the whole import back. A file imported before is refused, and a row
 * already imported (from any file) is skipped. Commissioners import only for their own team's services.
 */
@Service
@PreAuthorize(Access.COMMISSIONER)
@Transactional(readOnly = true)
public class CsvImportService {

    private static final DateTimeFormatter SAID_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ImportBatchRepository batches;
    private final CommissionedServiceRepository services;
    private final AreaRepository areas;
    private final CharterService charter;
    private final StaffDirectory staff;
    private final Clock clock;
    private final FeedbackIntake intake;
    private final JdbcTemplate jdbc;

    private final AuditLog audit;

    CsvImportService(
            ImportBatchRepository batches,
            CommissionedServiceRepository services,
            AreaRepository areas,
            CharterService charter,
            StaffDirectory staff,
            Clock clock,
            FeedbackIntake intake,
            JdbcTemplate jdbc,
            AuditLog audit) {
        this.audit = audit;
        this.intake = intake;
        this.jdbc = jdbc;
        this.batches = batches;
        this.services = services;
        this.areas = areas;
        this.charter = charter;
        this.staff = staff;
        this.clock = clock;
    }

    /** Everything wrong with the file and each of its rows, and what would be imported. Nothing is saved. */
    public ImportPreview check(String fileName, byte[] content, ImportProgress progress) {
        return checked(fileName, content, progress, staff.requireCurrentStaff()).preview();
    }

    /**
     * Checks the file again and imports its good rows, all or nothing. Rows with problems and likely duplicates are
     * left out (the person was told how many before confirming).
     *
     * @throws ImportRefusedException   when the file itself cannot be imported (e.g. it was imported meanwhile)
     * @throws ImportCancelledException when the person cancelled: nothing of the import is kept
     */
    @Transactional
    public ImportResult importGoodRows(String fileName, byte[] content, ImportProgress progress) {
        return importGoodRows(fileName, content, Set.of(), progress);
    }

    /**
     * As {@link #importGoodRows(String, byte[], ImportProgress)}, also importing the likely duplicates on the given
     * lines, because the importer said they are different people's forms; each such row records what it was taken
     * for and that it was imported anyway.
     */
    @Transactional
    public ImportResult importGoodRows(
            String fileName, byte[] content, Set<Integer> importAnyway, ImportProgress progress) {
        StaffIdentity me = staff.requireCurrentStaff();
        Checked checked = checked(fileName, content, ImportProgress.NONE, me);
        ImportPreview preview = checked.preview();
        if (!preview.importable(importAnyway)) {
            throw new ImportRefusedException(
                    preview.fileProblems().isEmpty()
                            ? List.of(ImportProblem.file("import.file.nothing-to-import"))
                            : preview.fileProblems());
        }
        List<RowChecker.GoodRow> rows = new ArrayList<>(checked.good());
        Map<Integer, String> reasons = new HashMap<>();
        for (CheckedRow duplicate : preview.likelyDuplicates()) {
            if (importAnyway.contains(duplicate.row())) {
                rows.add(checked.duplicates().get(duplicate.row()));
                reasons.put(duplicate.row(), duplicate.duplicateOf().reason());
            }
        }
        rows.sort(Comparator.comparingInt(RowChecker.GoodRow::row));
        int duplicatesLeftOut = preview.likelyDuplicates().size() - reasons.size();
        ImportBatch batch = batches.save(new ImportBatch(
                preview.fileName(),
                preview.fileHash(),
                me.team(),
                me.id(),
                clock.instant(),
                rows.size(),
                preview.withProblems(),
                duplicatesLeftOut,
                reasons.size()));
        long batchId = batch.getId();

        ReferenceData reference = referenceData();
        List<NewFeedback.Imported> items = new ArrayList<>(rows.size());
        for (RowChecker.GoodRow row : rows) {
            items.add(arrivalOf(row, me, reference));
        }
        List<Long> ids = intake.takeAll(
                items,
                () -> {
                    if (progress.isCancelled()) {
                        throw new ImportCancelledException();
                    }
                },
                saved -> {
                    if (progress.isCancelled()) {
                        throw new ImportCancelledException();
                    }
                    progress.update(saved, rows.size());
                });
        List<Object[]> importRows = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RowChecker.GoodRow row = rows.get(i);
            String reason = reasons.get(row.row());
            importRows.add(
                    new Object[] {ids.get(i), batchId, row.row(), row.hash(), row.fingerprint(), reason, reason != null
                    });
        }
        MultiRowInsert.insert(
                jdbc,
                "import_row",
                List.of(
                        "feedback_id",
                        "batch_id",
                        "source_row",
                        "row_hash",
                        "fingerprint",
                        "duplicate_reason",
                        "imported_anyway"),
                importRows);
        if (progress.isCancelled()) {
            throw new ImportCancelledException();
        }
        audit.record(
                "import.completed",
                "import-batch",
                batchId,
                preview.fileName() + ": " + rows.size()
                        + " rows imported (" + reasons.size() + " likely duplicates imported anyway), "
                        + preview.withProblems()
                        + " with problems and " + duplicatesLeftOut + " likely duplicates left out");
        return new ImportResult(
                batchId, preview.fileName(), rows.size(), preview.withProblems(), duplicatesLeftOut, reasons.size());
    }

    /** The team's imports, newest first. */
    public List<ImportBatchSummary> history() {
        StaffIdentity me = staff.requireCurrentStaff();
        List<ImportBatch> recent = batches.findTop50ByTeamOrderByImportedAtDesc(me.team());
        Map<Long, String> names = staff.displayNames(
                recent.stream().map(ImportBatch::getImportedBy).toList());
        return recent.stream()
                .map(b -> new ImportBatchSummary(
                        b.getId(),
                        b.getFileName(),
                        names.getOrDefault(b.getImportedBy(), "?"),
                        b.getImportedAt(),
                        b.getRowsImported(),
                        b.getRowsWithProblems(),
                        b.getRowsAlreadyImported()))
                .toList();
    }

    /** The services a row may name (code and name), for the column guide. */
    public List<ImportChoice> myServices() {
        StaffIdentity me = staff.requireCurrentStaff();
        return services.findAllByActiveTrueOrderByNameAsc().stream()
                .filter(s -> ServiceScope.commissionerCovers(me, s))
                .map(s -> new ImportChoice(s.getCode(), s.getName()))
                .toList();
    }

    /** The areas a row may name (code and name), for the column guide. */
    public List<ImportChoice> areaChoices() {
        return areas.findAllByOrderByNameAsc().stream()
                .map(a -> new ImportChoice(a.getCode(), a.getName()))
                .toList();
    }

    /** The preview, the rows that would be imported, and the likely duplicates' rows by line. */
    private record Checked(
            ImportPreview preview, List<RowChecker.GoodRow> good, Map<Integer, RowChecker.GoodRow> duplicates) {}

    private Checked checked(String fileName, byte[] content, ImportProgress progress, StaffIdentity me) {
        String name = cleanFileName(fileName);
        String fileHash = RowChecker.sha256(content);
        List<ImportProblem> fileProblems = new ArrayList<>();
        batches.findByFileHash(fileHash)
                .ifPresent(earlier -> fileProblems.add(ImportProblem.file(
                        "import.file.already-imported",
                        CsvFileReader.shorten(earlier.getFileName()),
                        SAID_DATE.format(earlier.getImportedAt().atZone(WorkingDays.UK)))));
        int nameLength = baseName(fileName).codePointCount(0, baseName(fileName).length());
        if (nameLength > MAX_FILE_NAME) {
            fileProblems.add(ImportProblem.file(
                    "import.file.name-too-long", String.format("%,d", nameLength), String.valueOf(MAX_FILE_NAME)));
        }
        CsvFileReader.Contents contents = CsvFileReader.read(content, fileName, progress);
        fileProblems.addAll(contents.problems());
        if (!contents.problems().isEmpty()) {
            return new Checked(new ImportPreview(name, fileHash, fileProblems, List.of(), 0), List.of(), Map.of());
        }
        RowChecker checker = new RowChecker(choices(me));
        List<RowChecker.Outcome> outcomes = new ArrayList<>();
        int blank = 0;
        List<CsvFileReader.RawRow> rows = contents.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (progress.isCancelled()) {
                throw new ImportCancelledException();
            }
            CsvFileReader.RawRow raw = rows.get(i);
            if (raw.blank()) {
                blank++;
            } else {
                outcomes.add(checker.check(raw, contents.columns(), contents.width()));
            }
            progress.update(i + 1, rows.size());
        }
        Map<String, DuplicateOf> earlier = earlierImports(outcomes.stream()
                .map(RowChecker.Outcome::good)
                .filter(Objects::nonNull)
                .toList());
        Map<String, Integer> firstLine = new HashMap<>();
        List<CheckedRow> checkedRows = new ArrayList<>();
        List<RowChecker.GoodRow> good = new ArrayList<>();
        Map<Integer, RowChecker.GoodRow> duplicates = new HashMap<>();
        for (RowChecker.Outcome outcome : outcomes) {
            CheckedRow row = outcome.checked();
            RowChecker.GoodRow goodRow = outcome.good();
            if (goodRow == null) {
                checkedRows.add(row);
                continue;
            }
            DuplicateOf before =
                    earlier.getOrDefault(FINGERPRINT + goodRow.fingerprint(), earlier.get(EXACT + goodRow.hash()));
            Integer sameAs = firstLine.putIfAbsent(goodRow.fingerprint(), goodRow.row());
            if (before != null) {
                checkedRows.add(new CheckedRow(
                        row.row(),
                        CheckedRow.Status.ALREADY_IMPORTED,
                        row.service(),
                        row.received(),
                        List.of(),
                        before));
                duplicates.put(row.row(), goodRow);
            } else if (sameAs != null) {
                checkedRows.add(new CheckedRow(
                        row.row(),
                        CheckedRow.Status.REPEATED_IN_FILE,
                        row.service(),
                        row.received(),
                        List.of(),
                        DuplicateOf.lineInThisFile(sameAs)));
                duplicates.put(row.row(), goodRow);
            } else {
                checkedRows.add(row);
                good.add(goodRow);
            }
        }
        return new Checked(new ImportPreview(name, fileHash, fileProblems, checkedRows, blank), good, duplicates);
    }

    private static final String FINGERPRINT = "f:";
    private static final String EXACT = "h:";

    /**
     * Earlier imports of these rows, found in one indexed query per thousand rows: by fingerprint, and (for rows
     * imported before fingerprints were kept) by the exact cells. Keys are prefixed with {@link #FINGERPRINT} or
     * {@link #EXACT}; the earliest import wins.
     */
    private Map<String, DuplicateOf> earlierImports(List<RowChecker.GoodRow> rows) {
        Map<String, DuplicateOf> found = new HashMap<>();
        for (int from = 0; from < rows.size(); from += 1000) {
            List<RowChecker.GoodRow> group = rows.subList(from, Math.min(rows.size(), from + 1000));
            String marks = String.join(",", Collections.nCopies(group.size(), "?"));
            List<Object> args = new ArrayList<>();
            group.forEach(r -> args.add(r.fingerprint()));
            group.forEach(r -> args.add(r.hash()));
            jdbc.query(
                    """
                    SELECT r.fingerprint, r.row_hash, r.source_row, r.batch_id, b.file_name, b.imported_at
                    FROM import_row r JOIN import_batch b ON b.id = r.batch_id
                    WHERE r.fingerprint IN (%s) OR (r.fingerprint IS NULL AND r.row_hash IN (%s))
                    ORDER BY b.imported_at, r.source_row""".formatted(marks, marks),
                    rs -> {
                        DuplicateOf earlier = new DuplicateOf(
                                rs.getInt(3),
                                rs.getLong(4),
                                rs.getString(5),
                                rs.getTimestamp(6).toInstant());
                        String key = rs.getString(1) != null ? FINGERPRINT + rs.getString(1) : EXACT + rs.getString(2);
                        found.putIfAbsent(key, earlier);
                    },
                    args.toArray());
        }
        return found;
    }

    private RowChecker.Choices choices(StaffIdentity me) {
        Map<String, Long> mine = new HashMap<>();
        Map<String, String> others = new HashMap<>();
        for (CommissionedService service : services.findAllByActiveTrueOrderByNameAsc()) {
            if (ServiceScope.commissionerCovers(me, service)) {
                mine.put(RowChecker.key(service.getCode()), service.getId());
                mine.put(RowChecker.key(service.getName()), service.getId());
            } else {
                others.put(RowChecker.key(service.getCode()), service.getName());
                others.put(RowChecker.key(service.getName()), service.getName());
            }
        }
        Map<String, Long> areaIds = new HashMap<>();
        for (Area area : areas.findAll()) {
            areaIds.put(RowChecker.key(area.getCode()), area.getId());
            areaIds.put(RowChecker.key(area.getName()), area.getId());
        }
        Map<Integer, Long> expectations =
                charter.expectations().stream().collect(Collectors.toMap(Expectation::position, Expectation::id));
        return new RowChecker.Choices(
                mine, others, areaIds, expectations, LocalDate.now(clock.withZone(WorkingDays.UK)));
    }

    /** The services and areas rows point at, loaded once per import. */
    private record ReferenceData(Map<Long, CommissionedService> services, Map<Long, Area> areas) {}

    private ReferenceData referenceData() {
        return new ReferenceData(
                services.findAll().stream().collect(Collectors.toMap(CommissionedService::getId, s -> s)),
                areas.findAll().stream().collect(Collectors.toMap(Area::getId, a -> a)));
    }

    /** An imported row as the intake takes it: given on the day the row says, sent by the importer. */
    private NewFeedback.Imported arrivalOf(RowChecker.GoodRow row, StaffIdentity me, ReferenceData reference) {
        CommissionedService service = reference.services().get(row.serviceId());
        Area area = row.areaId() == null ? null : reference.areas().get(row.areaId());
        return new NewFeedback.Imported(
                service,
                area,
                row.group(),
                row.ageBand(),
                row.channel(),
                row.words(),
                row.ratings(),
                row.change(),
                GivenDay.of(row.received(), clock.instant()),
                me.username());
    }

    /** The name as the person's computer gave it, cleaned as typed text, without any folder or excess length. */
    static String cleanFileName(String fileName) {
        String name = baseName(fileName);
        // As any typed text: no control characters, and no direction overrides that could make "txt.exe" look
        // like "exe.txt" in the import history.
        name = TextInput.clean(name);
        if (name == null) {
            return "upload.csv";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }

    /** The longest file name kept in the import history; a longer one is refused with this limit stated. */
    static final int MAX_FILE_NAME = 200;

    private static String baseName(String fileName) {
        return fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
    }
}
