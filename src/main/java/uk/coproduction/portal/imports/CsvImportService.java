package uk.coproduction.portal.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.DisclosureCheck;
import uk.coproduction.portal.feedback.FeedbackRepository;
import uk.coproduction.portal.feedback.GivenDay;
import uk.coproduction.portal.feedback.ReferenceCode;
import uk.coproduction.portal.feedback.TextInput;
import uk.coproduction.portal.feedback.WorkingDays;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.security.Roles;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.Area;
import uk.coproduction.portal.services.AreaRepository;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;
import uk.coproduction.portal.services.ServiceScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CSV imports of paper forms and other survey tools. {@link #check} shows what a file would import and saves
 * nothing; {@link #importGoodRows} checks the file again and, in one transaction, turns its good rows into feedback
 * linked to an import batch. Cancelling rolls the whole import back. A file imported before is refused, and a row
 * already imported (from any file) is skipped. Commissioners import only for their own team's services.
 */
@Service
@PreAuthorize("hasRole('" + Roles.COMMISSIONER + "')")
@Transactional(readOnly = true)
public class CsvImportService {

    private static final int SAVE_IN_GROUPS_OF = 100;
    private static final DateTimeFormatter SAID_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ImportBatchRepository batches;
    private final ImportedRowRepository importedRows;
    private final FeedbackRepository feedback;
    private final CommissionedServiceRepository services;
    private final AreaRepository areas;
    private final CharterService charter;
    private final StaffDirectory staff;
    private final WorkingDays workingDays;
    private final DisclosureCheck keywords;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired private uk.coproduction.portal.audit.AuditLog audit;
    @PersistenceContext
    private EntityManager entityManager;

    CsvImportService(ImportBatchRepository batches, ImportedRowRepository importedRows, FeedbackRepository feedback,
                     CommissionedServiceRepository services, AreaRepository areas, CharterService charter,
                     StaffDirectory staff, WorkingDays workingDays, Clock clock, DisclosureCheck keywords) {
        this.keywords = keywords;
        this.batches = batches;
        this.importedRows = importedRows;
        this.feedback = feedback;
        this.services = services;
        this.areas = areas;
        this.charter = charter;
        this.staff = staff;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Everything wrong with the file and each of its rows, and what would be imported. Nothing is saved. */
    public ImportPreview check(String fileName, byte[] content, ImportProgress progress) {
        return checked(fileName, content, progress, staff.requireCurrentStaff()).preview();
    }

    /**
     * Checks the file again and imports its good rows, all or nothing. Rows with problems and rows imported before
     * are skipped (the person was told how many before confirming).
     *
     * @throws ImportRefusedException   when the file itself cannot be imported (e.g. it was imported meanwhile)
     * @throws ImportCancelledException when the person cancelled: nothing of the import is kept
     */
    @Transactional
    public ImportResult importGoodRows(String fileName, byte[] content, ImportProgress progress) {
        StaffIdentity me = staff.requireCurrentStaff();
        Checked checked = checked(fileName, content, ImportProgress.NONE, me);
        ImportPreview preview = checked.preview();
        if (!preview.importable()) {
            throw new ImportRefusedException(preview.fileProblems().isEmpty()
                    ? List.of(ImportProblem.file("import.file.nothing-to-import")) : preview.fileProblems());
        }
        ImportBatch batch = batches.save(new ImportBatch(preview.fileName(), preview.fileHash(), me.team(), me.id(),
                clock.instant(), preview.ready(), preview.withProblems(), preview.alreadyImported()));
        long batchId = batch.getId();
        List<RowChecker.GoodRow> good = checked.good();
        for (int i = 0; i < good.size(); i++) {
            if (progress.isCancelled()) {
                throw new ImportCancelledException();
            }
            RowChecker.GoodRow row = good.get(i);
            Feedback saved = feedback.save(feedbackOf(row, me));
            importedRows.save(new ImportedRow(saved.getId(), batchId, row.row(), row.hash()));
            if ((i + 1) % SAVE_IN_GROUPS_OF == 0) {
                entityManager.flush();
                entityManager.clear();
            }
            progress.update(i + 1, good.size());
        }
        if (progress.isCancelled()) {
            throw new ImportCancelledException();
        }
        audit.record("import.completed", "import-batch", batchId, preview.fileName() + ": " + preview.ready() + " rows imported, " + preview.withProblems() + " with problems left out, " + preview.alreadyImported() + " already imported");
        return new ImportResult(batchId, preview.fileName(), preview.ready(), preview.withProblems(),
                preview.alreadyImported());
    }

    /** The team's imports, newest first. */
    public List<ImportBatchSummary> history() {
        StaffIdentity me = staff.requireCurrentStaff();
        List<ImportBatch> recent = batches.findTop50ByTeamOrderByImportedAtDesc(me.team());
        Map<Long, String> names = staff.displayNames(recent.stream().map(ImportBatch::getImportedBy).toList());
        return recent.stream().map(b -> new ImportBatchSummary(b.getId(), b.getFileName(),
                names.getOrDefault(b.getImportedBy(), "?"), b.getImportedAt(), b.getRowsImported(),
                b.getRowsWithProblems(), b.getRowsAlreadyImported())).toList();
    }

    /** The services a row may name (code and name), for the column guide. */
    public List<ImportChoice> myServices() {
        StaffIdentity me = staff.requireCurrentStaff();
        return services.findAllByActiveTrueOrderByNameAsc().stream()
                .filter(s -> ServiceScope.commissionerCovers(me, s))
                .map(s -> new ImportChoice(s.getCode(), s.getName())).toList();
    }

    /** The areas a row may name (code and name), for the column guide. */
    public List<ImportChoice> areaChoices() {
        return areas.findAllByOrderByNameAsc().stream().map(a -> new ImportChoice(a.getCode(), a.getName())).toList();
    }

    private record Checked(ImportPreview preview, List<RowChecker.GoodRow> good) {
    }

    private Checked checked(String fileName, byte[] content, ImportProgress progress, StaffIdentity me) {
        String name = cleanFileName(fileName);
        String fileHash = RowChecker.sha256(content);
        List<ImportProblem> fileProblems = new ArrayList<>();
        batches.findByFileHash(fileHash).ifPresent(earlier -> fileProblems.add(ImportProblem.file(
                "import.file.already-imported", CsvFileReader.shorten(earlier.getFileName()),
                SAID_DATE.format(earlier.getImportedAt().atZone(WorkingDays.UK)))));
        CsvFileReader.Contents contents = CsvFileReader.read(content, progress);
        fileProblems.addAll(contents.problems());
        if (!contents.problems().isEmpty()) {
            return new Checked(new ImportPreview(name, fileHash, fileProblems, List.of(), 0), List.of());
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
        Set<String> existing = existingHashes(outcomes.stream().map(RowChecker.Outcome::hash).toList());
        List<CheckedRow> checkedRows = new ArrayList<>();
        List<RowChecker.GoodRow> good = new ArrayList<>();
        for (RowChecker.Outcome outcome : outcomes) {
            CheckedRow row = outcome.checked();
            if (row.status() == CheckedRow.Status.READY && existing.contains(outcome.hash())) {
                checkedRows.add(new CheckedRow(row.row(), CheckedRow.Status.ALREADY_IMPORTED, row.service(),
                        row.received(), List.of()));
            } else {
                checkedRows.add(row);
                if (outcome.good() != null) {
                    good.add(outcome.good());
                }
            }
        }
        return new Checked(new ImportPreview(name, fileHash, fileProblems, checkedRows, blank), good);
    }

    private Set<String> existingHashes(List<String> hashes) {
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < hashes.size(); from += 1000) {
            existing.addAll(importedRows.findExistingHashes(hashes.subList(from, Math.min(hashes.size(), from + 1000))));
        }
        return existing;
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
        Map<Integer, Long> expectations = charter.expectations().stream()
                .collect(Collectors.toMap(Expectation::position, Expectation::id));
        return new RowChecker.Choices(mine, others, areaIds, expectations, LocalDate.now(clock.withZone(WorkingDays.UK)));
    }

    private Feedback feedbackOf(RowChecker.GoodRow row, StaffIdentity me) {
        CommissionedService service = entityManager.find(CommissionedService.class, row.serviceId());
        Area area = row.areaId() == null ? null : entityManager.find(Area.class, row.areaId());
        Feedback entry = new Feedback(newReferenceCode(), null, service, area, row.group(), row.ageBand(),
                row.channel(), row.words(), row.ratings(), GivenDay.of(row.received(), clock.instant()), clock.instant(),
                me.username());
        entry.describeJourney(Map.of(), row.change(), Wording.of(row.group(), false), "en-GB", ContactRequest.NONE);
        entry.scheduleReply(workingDays);
        keywords.check(entry, clock.instant());
        return entry;
    }

    private String newReferenceCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = ReferenceCode.random();
            if (!feedback.existsByReferenceCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find a free reference code");
    }

    /** The name as the person's computer gave it, cleaned as typed text, without any folder or excess length. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        // As any typed text: no control characters, and no direction overrides that could make "txt.exe" look
        // like "exe.txt" in the import history.
        name = TextInput.clean(name);
        if (name == null) {
            return "upload.csv";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
