package uk.coproduction.portal.activities;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.LundyAnswer;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.TextInput;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.plans.ActionStatus;
import uk.coproduction.portal.plans.ActionSummary;
import uk.coproduction.portal.reporting.ActivityFigures;
import uk.coproduction.portal.reporting.Voices;
import uk.coproduction.portal.security.ServiceScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.CommissionedService;
import uk.coproduction.portal.services.CommissionedServiceRepository;
import uk.coproduction.portal.services.CycleStage;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Coproduction activities: commissioners and advocates record them, see them (commissioners: those concerning their
 * team's services; advocates: their own), and later record the Lundy check and what changed as a result.
 */
@Service
@PreAuthorize(Access.COMMISSIONER_OR_ADVOCATE)
public class ActivityService {

    /** Counted feedback: decision 0046's rule, written once in {@link Voices}. */
    private static final String COUNTED = Voices.feedback("f").counted().sql();

    static final int TITLE_MAX = 200;
    static final int NOTE_MAX = 2000;
    static final int LUNDY_NOTE_MAX = 1000;
    static final int PEOPLE_MAX = 100_000;
    static final int LISTED = 500;

    /** The list's own columns; its figures (people, voices entered) come from {@link ActivityFigures}. */
    private static final String LIST = """
            SELECT a.id, a.title, a.kind, a.held_on, s.name, a.cycle_stage,
                a.lundy_space, a.lundy_voice, a.lundy_audience, a.lundy_influence
            FROM activity a JOIN commissioned_service s ON s.id = a.service_id WHERE
            """;

    private final ActivityRepository activities;
    private final ActivityScope scope;
    private final ServiceScope serviceScope;
    private final CommissionedServiceRepository services;
    private final ServiceCatalogue catalogue;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final ActivityFigures figures;

    ActivityService(
            ActivityRepository activities,
            ActivityScope scope,
            CommissionedServiceRepository services,
            ServiceCatalogue catalogue,
            StaffDirectory staff,
            JdbcClient jdbc,
            Clock clock,
            ServiceScope serviceScope,
            AuditLog audit,
            ActivityFigures figures) {
        this.audit = audit;
        this.figures = figures;
        this.serviceScope = serviceScope;
        this.activities = activities;
        this.scope = scope;
        this.services = services;
        this.catalogue = catalogue;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The services, plans and plan actions the signed-in person may say an activity concerns. */
    @Transactional(readOnly = true)
    public ActivityChoices choices() {
        StaffIdentity me = staff.requireCurrentStaff();
        boolean ownTeam = ActivityScope.asCommissioner(me);
        String team = me.team() == null ? "" : me.team().name();
        Set<Long> scoped = serviceScope.commissionedBy(me);
        List<ServiceSummary> offered = catalogue.activeServices().stream()
                .filter(s -> !ownTeam || scoped.contains(s.id()))
                .toList();
        List<ActivityChoices.PlanChoice> plans = jdbc.sql("""
                        SELECT p.id, p.short_name, p.title FROM plan p WHERE :every OR p.team = :team ORDER BY p.code
                        """)
                .param("every", !ownTeam)
                .param("team", team)
                .query((rs, n) -> new ActivityChoices.PlanChoice(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        List<ActionSummary> actions =
                actionSummaries("(:every OR p.team = :team)", Map.of("every", !ownTeam, "team", team));
        return new ActivityChoices(offered, plans, actions);
    }

    /**
     * Records an activity and returns its id.
     *
     * @throws InvalidInputException with every problem found, each naming its field
     */
    @Transactional
    public long record(NewActivity input) {
        StaffIdentity me = staff.requireCurrentStaff();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String title = TextInput.clean(input.title());
        if (title == null) {
            problems.add(problem("title", "activity.error.title-needed"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(problem("title", "activity.error.title-too-long"));
        }
        if (input.kind() == null) {
            problems.add(problem("kind", "activity.error.kind-needed"));
        }
        LocalDate today = LocalDate.now(clock);
        if (input.heldOn() == null) {
            problems.add(problem("heldOn", "activity.error.date-needed"));
        } else if (input.heldOn().isAfter(today.plusYears(1))) {
            problems.add(problem("heldOn", "activity.error.date-too-far"));
        } else if (input.heldOn().isBefore(today.minusYears(20))) {
            problems.add(problem("heldOn", "activity.error.date-too-early"));
        }
        CommissionedService main = null;
        if (input.mainServiceId() == null) {
            problems.add(problem("mainService", "activity.error.service-needed"));
        } else {
            main = services.findById(input.mainServiceId())
                    .filter(s -> mayChoose(s, me))
                    .orElse(null);
            if (main == null) {
                problems.add(problem("mainService", "activity.error.service-unknown"));
            }
        }
        Set<Long> others = nonNull(input.otherServiceIds());
        if (!others.isEmpty()
                && services.findAllById(others).stream()
                                .filter(s -> mayChoose(s, me))
                                .count()
                        != others.size()) {
            problems.add(problem("otherServices", "activity.error.service-unknown"));
        }
        Set<Long> planIds = nonNull(input.planIds());
        Set<Long> actionIds = nonNull(input.actionIds());
        ActivityChoices offered = planIds.isEmpty() && actionIds.isEmpty() ? null : choices();
        if (!planIds.isEmpty()
                && !offered.plans().stream()
                        .map(ActivityChoices.PlanChoice::id)
                        .toList()
                        .containsAll(planIds)) {
            problems.add(problem("plans", "activity.error.plan-unknown"));
        }
        if (!actionIds.isEmpty()
                && !offered.actions().stream().map(ActionSummary::id).toList().containsAll(actionIds)) {
            problems.add(problem("actions", "activity.error.action-unknown"));
        }
        if (input.stage() == null) {
            problems.add(problem("stage", "activity.error.stage-needed"));
        }
        List<ParticipantCount> participants = participants(input.participants(), problems);
        String note = TextInput.clean(input.howRunNote());
        if (note != null && note.length() > NOTE_MAX) {
            problems.add(problem("howRunNote", "activity.error.note-too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Activity activity = new Activity(
                title,
                input.kind(),
                input.heldOn(),
                main,
                others,
                planIds,
                actionIds,
                input.stage(),
                participants,
                input.accessibleVenue(),
                input.accessibleMaterials(),
                input.communicationSupport(),
                note,
                me.username(),
                clock.instant());
        long id = activities.save(activity).getId();
        audit.record("activity.recorded", "activity", id, title + ", held on " + input.heldOn());
        return id;
    }

    /** The activities the signed-in person may see, newest first (at most {@value #LISTED}). */
    @Transactional(readOnly = true)
    public List<ActivityListItem> activities() {
        StaffIdentity me = staff.requireCurrentStaff();
        return listed(ActivityScope.VISIBLE, visibleParams(me, Map.of()));
    }

    /**
     * The activities concerning a service, newest first, for its page: a commissioner sees those the scope allows,
     * an administrator every one.
     */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ActivityListItem> forService(long serviceId) {
        StaffIdentity me = staff.requireCurrentStaff();
        String concerns =
                "EXISTS (SELECT 1 FROM activity_service y WHERE y.activity_id = a.id AND y.service_id = :service)";
        if (me.hasRole(Roles.ADMIN)) {
            return listed(concerns, Map.of("service", serviceId));
        }
        return listed(concerns + " AND " + ActivityScope.VISIBLE, visibleParams(me, Map.of("service", serviceId)));
    }

    /** The activity's page, or empty when there is none or the person may not see it. */
    @Transactional(readOnly = true)
    public Optional<ActivityPage> page(long id) {
        StaffIdentity me = staff.requireCurrentStaff();
        return scope.find(id, me).map(this::toPage);
    }

    /**
     * The Lundy check: space, voice, audience and influence, each yes, partly or no, with a note.
     *
     * @throws InvalidInputException naming each element not answered and each note too long
     */
    @Transactional
    public void recordLundyCheck(long activityId, LundyCheck check) {
        StaffIdentity me = staff.requireCurrentStaff();
        Activity activity = scope.require(activityId, me);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String[] elements = {"space", "voice", "audience", "influence"};
        LundyAnswer[] answers = {check.space(), check.voice(), check.audience(), check.influence()};
        String[] notes = {check.spaceNote(), check.voiceNote(), check.audienceNote(), check.influenceNote()};
        for (int i = 0; i < elements.length; i++) {
            if (answers[i] == null) {
                problems.add(problem(elements[i], "activity.error.lundy-" + elements[i] + "-needed"));
            }
            notes[i] = TextInput.clean(notes[i]);
            if (notes[i] != null && notes[i].length() > LUNDY_NOTE_MAX) {
                problems.add(problem(elements[i] + "Note", "activity.error.lundy-note-too-long"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        activity.recordLundyCheck(
                new LundyCheck(answers[0], notes[0], answers[1], notes[1], answers[2], notes[2], answers[3], notes[3]),
                me.username(),
                clock.instant());
        audit.record("activity.lundy-check-recorded", "activity", activityId, null);
    }

    /**
     * What changed as a result of the activity, and when.
     *
     * @throws InvalidInputException when the words or the date are missing, too long or in the future
     */
    @Transactional
    public void recordWhatChanged(long activityId, String words, LocalDate changedOn) {
        StaffIdentity me = staff.requireCurrentStaff();
        Activity activity = scope.require(activityId, me);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String cleaned = TextInput.within(words, "whatChanged", "activity.error.changed-too-long", problems);
        if (cleaned == null && problems.isEmpty()) {
            problems.add(problem("whatChanged", "activity.error.changed-needed"));
        }
        if (changedOn == null) {
            problems.add(problem("changedOn", "activity.error.changed-on-needed"));
        } else if (changedOn.isAfter(LocalDate.now(clock))) {
            problems.add(problem("changedOn", "activity.error.changed-on-future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        activity.recordWhatChanged(cleaned, changedOn, me.username(), clock.instant());
        audit.record("activity.what-changed-recorded", "activity", activityId, "changed on " + changedOn);
    }

    private ActivityPage toPage(Activity a) {
        Map<Long, String> names = new LinkedHashMap<>();
        names.put(a.getService().getId(), a.getService().getName());
        services.findAllById(a.getServiceIds()).stream()
                .sorted(Comparator.comparing(CommissionedService::getName))
                .forEach(s -> names.putIfAbsent(s.getId(), s.getName()));
        List<String> plans = a.getPlanIds().isEmpty()
                ? List.of()
                : jdbc.sql("SELECT p.short_name FROM plan p WHERE p.id IN (:ids) ORDER BY p.code")
                        .param("ids", a.getPlanIds())
                        .query(String.class)
                        .list();
        List<String> actions = a.getActionIds().isEmpty()
                ? List.of()
                : actionSummaries("a.id IN (:ids)", Map.of("ids", a.getActionIds())).stream()
                        .map(ActionSummary::label)
                        .toList();
        StaffIdentity me = staff.requireCurrentStaff();
        Set<Long> mayOpen = me.hasRole(Roles.COMMISSIONER) ? serviceScope.commissionedBy(me) : Set.of();
        List<ActivityPage.EnteredAnswers> answers = jdbc.sql("""
                        SELECT f.id, f.reference_code, f.respondent_group, f.age_band,
                            (SELECT COUNT(*) FROM feedback_rating r WHERE r.feedback_id = f.id), f.comment IS NOT NULL,
                            f.service_id
                        FROM activity_feedback af JOIN feedback f ON f.id = af.feedback_id
                        WHERE af.activity_id = :activity AND \s""" + COUNTED + """
                        \sORDER BY f.id
                        """)
                .param("activity", a.getId())
                .query((rs, n) -> new ActivityPage.EnteredAnswers(
                        rs.getLong(1),
                        // the code only for staff who may open the item itself (decision 0017)
                        me.hasRole(Roles.COMMISSIONER) && (rs.getObject(7) == null || mayOpen.contains(rs.getLong(7)))
                                ? rs.getString(2)
                                : null,
                        RespondentGroup.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : AgeBand.valueOf(rs.getString(4)),
                        rs.getInt(5),
                        rs.getBoolean(6)))
                .list();
        List<ParticipantCount> participants = a.getParticipants();
        long counted = participants.stream().mapToLong(ParticipantCount::people).sum();
        Map<String, String> who = displayNames(a.getRecordedBy(), a.getLundyCheckedBy(), a.getChangeRecordedBy());
        return new ActivityPage(
                a.getId(),
                a.getTitle(),
                a.getKind(),
                a.getHeldOn(),
                a.getService().getCode(),
                List.copyOf(names.values()),
                plans,
                actions,
                a.getStage(),
                participants,
                counted > 0 ? counted : answers.size(),
                a.isAccessibleVenue(),
                a.isAccessibleMaterials(),
                a.isCommunicationSupport(),
                a.getHowRunNote(),
                who.get(a.getRecordedBy()),
                a.getRecordedAt(),
                a.lundyCheck(),
                who.get(a.getLundyCheckedBy()),
                a.getLundyCheckedAt(),
                a.getWhatChanged(),
                a.getChangedOn(),
                who.get(a.getChangeRecordedBy()),
                answers);
    }

    /** Staff display names by username ("Chris Children"), the username itself when the account is gone. */
    private Map<String, String> displayNames(String... usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String username : usernames) {
            if (username != null && !names.containsKey(username)) {
                names.put(
                        username,
                        jdbc.sql("SELECT display_name FROM staff_account WHERE username = :u")
                                .param("u", username)
                                .query(String.class)
                                .optional()
                                .orElse(username));
            }
        }
        return names;
    }

    private List<ActivityListItem> listed(String condition, Map<String, Object> params) {
        record Row(
                long id,
                String title,
                ActivityKind kind,
                LocalDate heldOn,
                String service,
                CycleStage stage,
                LundyCheck lundy) {}
        List<Row> rows = jdbc.sql(LIST + condition + " ORDER BY a.held_on DESC, a.id DESC LIMIT " + LISTED)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        ActivityKind.valueOf(rs.getString(3)),
                        localDate(rs.getDate(4)),
                        rs.getString(5),
                        CycleStage.valueOf(rs.getString(6)),
                        new LundyCheck(
                                lundy(rs.getString(7)),
                                null,
                                lundy(rs.getString(8)),
                                null,
                                lundy(rs.getString(9)),
                                null,
                                lundy(rs.getString(10)),
                                null)))
                .list();
        Map<Long, ActivityFigures.Reach> reach =
                figures.forActivities(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> {
                    ActivityFigures.Reach counts = reach.getOrDefault(r.id(), ActivityFigures.Reach.NONE);
                    long counted = counts.people();
                    long answers = counts.answers();
                    return new ActivityListItem(
                            r.id(),
                            r.title(),
                            r.kind(),
                            r.heldOn(),
                            r.service(),
                            r.stage(),
                            counted > 0 ? counted : answers,
                            answers,
                            r.lundy());
                })
                .toList();
    }

    private List<ActionSummary> actionSummaries(String condition, Map<String, Object> params) {
        return jdbc.sql("""
                        SELECT a.id, a.code, a.title, p.short_name, p.title, o.title, a.status
                        FROM plan_action a JOIN plan_outcome o ON o.id = a.outcome_id
                        JOIN plan_domain d ON d.id = o.domain_id JOIN plan p ON p.id = d.plan_id
                        WHERE """ + " " + condition + " ORDER BY p.code, a.code")
                .params(params)
                .query((rs, n) -> new ActionSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        ActionStatus.valueOf(rs.getString(7))))
                .list();
    }

    private Map<String, Object> visibleParams(StaffIdentity me, Map<String, Object> more) {
        Map<String, Object> params = new LinkedHashMap<>(more);
        params.put("commissioner", ActivityScope.asCommissioner(me));
        params.put("scoped", ServiceScope.forSql(serviceScope.commissionedBy(me)));
        params.put("advocate", me.hasRole(Roles.ADVOCATE));
        params.put("username", me.username());
        return params;
    }

    /** Commissioners record activities about services in their scope; advocates about any active service. */
    private static boolean mayChoose(CommissionedService service, StaffIdentity me) {
        return service.isActive()
                && (!ActivityScope.asCommissioner(me) || ServiceScope.commissionerCovers(me, service));
    }

    /** Counts by group and age band, merged when the same pair is given twice; zero counts left out. */
    private static List<ParticipantCount> participants(
            List<ParticipantCount> given, List<InvalidInputException.Problem> problems) {
        if (given == null) {
            return List.of();
        }
        Map<String, ParticipantCount> merged = new LinkedHashMap<>();
        long total = 0;
        for (ParticipantCount count : given) {
            if (count == null || count.group() == null || count.people() < 0 || count.people() > PEOPLE_MAX) {
                problems.add(problem("participants", "activity.error.count-invalid"));
                return List.of();
            }
            total += count.people();
            if (count.people() > 0) {
                String key = count.group() + "/" + count.ageBand();
                ParticipantCount before = merged.get(key);
                merged.put(
                        key,
                        new ParticipantCount(
                                count.group(),
                                count.ageBand(),
                                count.people() + (before == null ? 0 : before.people())));
            }
        }
        if (total > PEOPLE_MAX) {
            problems.add(problem("participants", "activity.error.count-invalid"));
        }
        return List.copyOf(merged.values());
    }

    private static Set<Long> nonNull(Collection<Long> ids) {
        Set<Long> set = new HashSet<>();
        if (ids != null) {
            ids.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }

    private static LundyAnswer lundy(String value) {
        return value == null ? null : LundyAnswer.valueOf(value);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static InvalidInputException.Problem problem(String field, String key) {
        return new InvalidInputException.Problem(field, key);
    }
}
