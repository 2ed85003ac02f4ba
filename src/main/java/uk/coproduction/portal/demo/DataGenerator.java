package uk.coproduction.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.reporting.Voices;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fills the database with a large, realistic data set to measure the evidence views on (issue 6, "fast at scale"):
 * feedback over the last 8 quarters on about 60 services across both teams and the 4 areas, from every group and
 * channel, with charter ratings (each service with its own tendency), themes, sent replies, links to plan actions and
 * the changes made under them, frontline workers' quarters, and a small share flagged for safeguarding.
 *
 * <p>Rows are written straight to the tables in multi-row INSERTs, 10,000 items per transaction, so that a million
 * items take minutes, not hours. The values are all made here (codes, enum names, dates), never typed by anyone.
 * The summaries' per-row triggers are switched off on this connection only ({@code @portal_summary_bulk},
 * {@code @portal_summaries_deferred}; decisions 0012 and 0055); each transaction adds its own items to rating, reply
 * and theme summaries set-based, so every summary is exact at every commit. Run it on a
 * database nobody else is writing feedback to (it numbers its rows from the highest feedback id). See README.
 */
@Component
public class DataGenerator {

    /** Counted feedback, as the summaries' triggers count it: decision 0046's rule, written once in {@link Voices}. */
    private static final String COUNTED = Voices.feedback("f").counted().sql();

    /**
     * What to generate.
     *
     * @param feedback                 how many pieces of feedback
     * @param services                 how many services to spread them over; services are made (code
     *                                 {@code prefix_NNN}) until there are this many, counting existing ones if used
     * @param useExistingServices      also spread feedback over the services already in the database
     * @param servicePrefix            code prefix of the services made here
     * @param newServicesActive        whether the services made here are listed to residents
     * @param seed                     the same seed makes the same data
     */
    public record Plan(
            int feedback,
            int services,
            boolean useExistingServices,
            String servicePrefix,
            boolean newServicesActive,
            long seed) {}

    /** What was generated, and how long it took. */
    public record Result(
            long firstFeedbackId, long lastFeedbackId, int servicesUsed, int servicesMade, long ratings, long millis) {}

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);
    private static final int PER_TRANSACTION = 10_000;
    private static final int PER_STATEMENT = 1_000;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final String[] ANSWERS = {"VERY_GOOD", "GOOD", "OK", "BAD", "VERY_BAD", "NOT_SURE"};
    private static final String[] AGE_BANDS = {"UNDER_11", "AGE_11_15", "AGE_16_18", "AGE_19_25"};
    private static final String[] STAGES = {"ANALYSE", "PLAN", "DO", "REVIEW"};
    private static final String[] CATEGORIES = {"HEALTH", "THERAPY", "FEELINGS", "AUTISM_ADHD", "SCHOOL", "FUN", "HOME"
    };
    private static final String[] COMMENTS = {
        "The staff were kind and explained things so I understood.",
        "I had to wait a long time and nobody told me why.",
        "They listened to me and not just to my mum.",
        "It would help if letters came in Easy Read.",
        "The building was noisy and there was nowhere quiet to wait.",
        "We were asked what we thought and something changed.",
        "Too many different people asked the same questions.",
        "Bardzo mili ludzie, ale długo czekaliśmy."
    };
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The profile of a real council's or trust's portal: made-up feedback must never land in its database. */
    static final String PRODUCTION_PROFILE = "prod";

    private final DataSource dataSource;
    private final Clock clock;
    private final Environment environment;

    DataGenerator(DataSource dataSource, Clock clock, Environment environment) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.environment = environment;
    }

    private record ServiceRow(long id, boolean lda, long[] areas, int weight, double tendency) {}

    /**
     * @throws GeneratorRefusedException in the {@code prod} profile, before anything is written: generated feedback
     *                                   would sit among real people's and change every figure the portal reports
     */
    public Result generate(Plan plan) {
        if (environment.matchesProfiles(PRODUCTION_PROFILE)) {
            throw new GeneratorRefusedException("The data generator writes made-up feedback, so it does not run in the"
                    + " '" + PRODUCTION_PROFILE + "' profile, and nothing was written. Run it against a copy of the"
                    + " database in the demo profile (README, \"Generate data\").");
        }
        long started = System.nanoTime();
        Random random = new Random(plan.seed());
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try (Statement statement = connection.createStatement()) {
                // Decision 0012 (and 0055): this connection's per-row summary triggers are off; each batch adds its own
                // items to every summary set-based before it commits. The rows are made here with ids that exist, so
                // the foreign and unique keys are checked by construction, not row by row.
                statement.execute("SET @portal_summary_bulk = 1, @portal_summaries_deferred = 1,"
                        + " SESSION foreign_key_checks = 0, SESSION unique_checks = 0");
                connection.setAutoCommit(false);
                Result result = generate(plan, random, connection, statement, started);
                return result;
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
                try (Statement reset = connection.createStatement()) {
                    // the connection goes back to the pool
                    reset.execute("SET @portal_summary_bulk = NULL, @portal_summaries_deferred = NULL,"
                            + " SESSION foreign_key_checks = 1, SESSION unique_checks = 1");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating data failed", e);
        }
    }

    private Result generate(Plan plan, Random random, Connection connection, Statement statement, long started)
            throws SQLException {
        int made = makeServices(plan, random, statement);
        List<ServiceRow> services = services(plan, random, statement);
        if (services.isEmpty()) {
            throw new IllegalStateException("No services to generate feedback for");
        }
        long author = author(statement);
        long[] expectations = ids(statement, "SELECT id FROM charter_expectation ORDER BY position");
        long[] themes = ids(statement, "SELECT id FROM theme ORDER BY id");
        long[] actions = ids(statement, "SELECT id FROM plan_action ORDER BY id");
        long[] changedActions = makeChanges(services, actions, random, statement);
        connection.commit();
        Set<String> taken = strings(statement, "SELECT reference_code FROM feedback");
        long firstId = single(statement, "SELECT COALESCE(MAX(id), 0) + 1 FROM feedback");

        int[] cumulative = new int[services.size()];
        int total = 0;
        for (int i = 0; i < services.size(); i++) {
            total += services.get(i).weight();
            cumulative[i] = total;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDateTime from =
                Quarter.of(today).lastQuarters(8).getFirst().start().atStartOfDay();
        long span = Duration.between(from, LocalDateTime.now(clock)).getSeconds();
        long codeSequence = Math.abs(plan.seed()) % 1_000_003;
        long ratings = 0;
        long id = firstId;
        Batch batch = new Batch();
        for (int n = 0; n < plan.feedback(); n++) {
            int pick = random.nextInt(total);
            int index = 0;
            while (cumulative[index] <= pick) {
                index++;
            }
            ServiceRow service = services.get(index);
            String code;
            do {
                code = referenceCode(codeSequence++);
            } while (taken.contains(code));
            LocalDateTime submitted = from.plusSeconds((long) (random.nextDouble() * span));
            ratings += item(
                    batch,
                    id,
                    code,
                    service,
                    submitted,
                    today,
                    random,
                    expectations,
                    themes,
                    actions,
                    changedActions,
                    author);
            id++;
            if (batch.items == PER_TRANSACTION || n == plan.feedback() - 1) {
                batch.write(statement);
                addToSummary(statement, id - batch.items, id - 1);
                addReplies(statement, id - batch.items, id - 1);
                addThemes(statement, id - batch.items, id - 1);
                connection.commit();
                batch = new Batch();
                if ((n + 1) % 100_000 == 0) {
                    log.info("Generated {} of {} pieces of feedback", n + 1, plan.feedback());
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(firstId, id - 1, services.size(), made, ratings, millis);
    }

    /** One piece of feedback with its ratings, themes, reply, plan action link and frontline quarter. */
    private int item(
            Batch batch,
            long id,
            String code,
            ServiceRow service,
            LocalDateTime submitted,
            LocalDate today,
            Random random,
            long[] expectations,
            long[] themes,
            long[] actions,
            long[] changedActions,
            long author) {
        String group = group(service.lda(), random);
        boolean frontline = group.equals("FRONTLINE_WORKER");
        String ageBand = group.equals("YOUNG_PERSON") ? AGE_BANDS[random.nextInt(AGE_BANDS.length)] : null;
        String channel = frontline ? "STAFF" : channel(service.lda(), random);
        Long area = random.nextInt(10) == 0 ? null : service.areas()[random.nextInt(service.areas().length)];
        String wording = switch (group) {
            case "LDA_ADULT" -> "EASY_READ";
            case "PARENT_CARER", "SOMEONE_ELSE", "FRONTLINE_WORKER" -> "PARENT_CARER";
            default -> "YOUNG_PERSON";
        };
        boolean flagged = random.nextInt(200) == 0;
        String comment = random.nextInt(10) < 4 ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
        LocalDate day = submitted.toLocalDate();
        long ageInDays = ChronoUnit.DAYS.between(day, today);
        boolean replied = !flagged && ageInDays > 14 && random.nextInt(100) < 40;
        long action =
                !flagged && random.nextInt(10) == 0 && actions.length > 0 ? actions[random.nextInt(actions.length)] : 0;
        boolean loopClosed = action != 0 && contains(changedActions, action);
        LocalDateTime sent = replied
                ? submitted
                        .plusDays(1 + random.nextInt(Math.min(40, (int) ageInDays - 1)))
                        .plusHours(random.nextInt(8))
                : null;
        String status = flagged
                ? "NEW"
                : loopClosed && replied
                        ? (ageInDays > 120 ? "CLOSED" : "CHANGE_MADE")
                        : replied ? "REPLIED" : action != 0 ? "LINKED" : ageInDays > 30 ? "READ" : "NEW";
        batch.feedback.add("(" + id + ",'" + code + "'," + service.id() + "," + (area == null ? "NULL" : area) + ",'"
                + group + "'," + quoted(ageBand) + ",'" + channel + "'," + quoted(comment) + ",'" + status + "','"
                + SQL_TIME.format(submitted) + "','" + (random.nextInt(20) == 0 ? "pl-PL" : "en-GB") + "','" + wording
                + "'," + flagged + "," + (flagged ? (random.nextBoolean() ? "'PERSON'" : "'KEYWORD'") : "NULL") + ","
                + (flagged ? "'" + SQL_TIME.format(submitted) + "'" : "NULL") + ",'" + day.plusDays(28) + "',"
                + (sent == null ? "NULL" : "'" + SQL_TIME.format(sent) + "'") + "," + loopClosed + ")");
        int rated = 0;
        for (int e = 0; e < expectations.length; e++) {
            if (random.nextInt(100) < 8) {
                continue; // a skipped question has no row
            }
            batch.ratings.add("(" + id + "," + expectations[e] + ",'"
                    + answer(service.tendency() + e * 0.04 - 0.1, random) + "')");
            rated++;
        }
        if (themes.length > 0 && !flagged && random.nextInt(10) < 3) {
            long theme = themes[random.nextInt(themes.length)];
            batch.themes.add(
                    "(" + id + "," + theme + ",'data-generator','" + SQL_TIME.format(submitted.plusDays(2)) + "')");
        }
        if (replied) {
            batch.replies.add("(" + id + ",'Thank you for telling us. We have shared what you said with the service.',"
                    + author + ",'" + SQL_TIME.format(sent) + "','" + SQL_TIME.format(sent) + "','SENT')");
        }
        if (action != 0) {
            batch.links.add("(" + id + "," + action + ")");
        }
        if (frontline) {
            batch.frontline.add("(" + id + ",'" + Quarter.of(day) + "','Support worker')");
        }
        batch.items++;
        return rated;
    }

    private static String group(boolean lda, Random random) {
        int roll = random.nextInt(100);
        if (lda) {
            return roll < 50
                    ? "LDA_ADULT"
                    : roll < 70
                            ? "PARENT_CARER"
                            : roll < 82 ? "SOMEONE_ELSE" : roll < 92 ? "FRONTLINE_WORKER" : "YOUNG_PERSON";
        }
        return roll < 45
                ? "YOUNG_PERSON"
                : roll < 80
                        ? "PARENT_CARER"
                        : roll < 88 ? "SOMEONE_ELSE" : roll < 95 ? "FRONTLINE_WORKER" : "LDA_ADULT";
    }

    private static String channel(boolean lda, Random random) {
        int roll = random.nextInt(100);
        int advocate = lda ? 30 : 10;
        return roll < 50 - advocate / 2
                ? "ONLINE"
                : roll < 50 + advocate / 2 ? "ADVOCATE" : roll < 80 ? "EVENT" : "PAPER";
    }

    /** An answer leaning positive (tendency near 1) or negative (near -1); some people are not sure. */
    private static String answer(double tendency, Random random) {
        if (random.nextInt(100) < 5) {
            return "NOT_SURE";
        }
        double value = Math.max(-2.49, Math.min(2.49, random.nextGaussian() * 1.1 + tendency * 1.5));
        return ANSWERS[2 - (int) Math.round(value)];
    }

    private int makeServices(Plan plan, Random random, Statement statement) throws SQLException {
        int existing = plan.useExistingServices()
                ? (int) single(statement, "SELECT COUNT(*) FROM commissioned_service WHERE active = TRUE")
                : 0;
        long[] areas = ids(statement, "SELECT id FROM area ORDER BY id");
        long[] providers = ids(statement, "SELECT id FROM organisation WHERE kind = 'PROVIDER' ORDER BY id");
        long kcc = single(statement, "SELECT id FROM organisation WHERE code = 'KCC'");
        long nhs = single(statement, "SELECT id FROM organisation WHERE code = 'NHS_KM'");
        int made = 0;
        LocalDate today = LocalDate.now(clock);
        for (int n = 1; existing + n <= plan.services(); n++) {
            String code = plan.servicePrefix() + "_" + String.format("%03d", n);
            if (single(statement, "SELECT COUNT(*) FROM commissioned_service WHERE code = '" + code + "'") > 0) {
                continue;
            }
            boolean lda = n % 2 == 0;
            statement.executeUpdate("""
                    INSERT INTO commissioned_service (code, name, description, search_terms, team, client_group,
                        commissioner_id, provider_id, cycle_stage, contract_end, active, category)
                    VALUES ('%s', '%s', 'A service made by the data generator, to measure the evidence views on.',
                        'generated', '%s', '%s', %d, %d, '%s', '%s', %s, '%s')
                    """.formatted(
                            code,
                            "Generated " + (lda ? "LD&A" : "children''s") + " service " + n,
                            lda ? "LDA" : "CHILDRENS",
                            lda ? "Adults with a learning disability or autism" : "Children and young people 0-25",
                            random.nextBoolean() ? kcc : nhs,
                            providers[random.nextInt(providers.length)],
                            STAGES[random.nextInt(STAGES.length)],
                            today.plusMonths(1 + random.nextInt(48)),
                            plan.newServicesActive(),
                            CATEGORIES[random.nextInt(CATEGORIES.length)]));
            long id = single(statement, "SELECT id FROM commissioned_service WHERE code = '" + code + "'");
            int covered = 1 + random.nextInt(areas.length);
            int offset = random.nextInt(areas.length);
            for (int a = 0; a < covered; a++) {
                statement.executeUpdate("INSERT INTO service_area (service_id, area_id) VALUES (" + id + ","
                        + areas[(offset + a) % areas.length] + ")");
            }
            made++;
        }
        return made;
    }

    private List<ServiceRow> services(Plan plan, Random random, Statement statement) throws SQLException {
        String which = plan.useExistingServices()
                ? "s.active = TRUE OR s.code LIKE '" + plan.servicePrefix() + "\\_%'"
                : "s.code LIKE '" + plan.servicePrefix() + "\\_%'";
        long[] allAreas = ids(statement, "SELECT id FROM area ORDER BY id");
        List<ServiceRow> services = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT s.id, s.team = 'LDA', "
                + "(SELECT GROUP_CONCAT(sa.area_id) FROM service_area sa WHERE sa.service_id = s.id) "
                + "FROM commissioned_service s WHERE " + which + " ORDER BY s.id")) {
            while (rs.next()) {
                String areas = rs.getString(3);
                long[] ids = areas == null
                        ? allAreas
                        : Arrays.stream(areas.split(","))
                                .mapToLong(Long::parseLong)
                                .toArray();
                long[] row = new long[ids.length + 2];
                row[0] = rs.getLong(1);
                row[1] = rs.getBoolean(2) ? 1 : 0;
                System.arraycopy(ids, 0, row, 2, ids.length);
                rows.add(row);
            }
        }
        for (long[] row : rows) {
            // Some services hear from many more people than others; each has its own tendency.
            int weight = 1 + random.nextInt(10) * random.nextInt(3);
            double tendency = Math.max(-1, Math.min(1, 0.35 + random.nextGaussian() * 0.4));
            services.add(new ServiceRow(row[0], row[1] == 1, Arrays.copyOfRange(row, 2, row.length), weight, tendency));
        }
        return services;
    }

    /**
     * Changes recorded under plan actions for some services; returns the actions that have one, including those that
     * had one before this run (an item linked to such an action closes its loop, as the triggers would say).
     */
    private long[] makeChanges(List<ServiceRow> services, long[] actions, Random random, Statement statement)
            throws SQLException {
        if (actions.length == 0) {
            return new long[0];
        }
        Set<Long> changed = new HashSet<>();
        try (ResultSet existing = statement.executeQuery("SELECT DISTINCT action_id FROM plan_change")) {
            while (existing.next()) {
                changed.add(existing.getLong(1));
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (ServiceRow service : services) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            long action = actions[random.nextInt(actions.length)];
            LocalDate on = today.minusDays(random.nextInt(600));
            statement.executeUpdate("""
                    INSERT INTO plan_change (action_id, service_id, what_changed, changed_on, done_by, published,
                        recorded_by, recorded_at)
                    VALUES (%d, %d, 'Appointments letters now come in Easy Read, as people asked.', '%s',
                        'The service', TRUE, 'data-generator', '%s')
                    """.formatted(action, service.id(), on, SQL_TIME.format(on.atTime(10, 0))));
            changed.add(action);
        }
        return changed.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The account replies are written by: a disabled account of its own that nobody can sign in with. */
    private long author(Statement statement) throws SQLException {
        if (single(statement, "SELECT COUNT(*) FROM staff_account WHERE username = 'data-generator'") == 0) {
            statement.executeUpdate(
                    "INSERT INTO staff_account (username, display_name, password_hash, enabled, created_at) "
                            + "VALUES ('data-generator', 'Data generator', '!', FALSE, '"
                            + SQL_TIME.format(LocalDateTime.now(clock)) + "')");
        }
        return single(statement, "SELECT id FROM staff_account WHERE username = 'data-generator'");
    }

    /** The summary's totals for the items just written (their triggers were off on this connection). */
    private static void addToSummary(Statement statement, long first, long last) throws SQLException {
        statement.executeUpdate("""
                INSERT INTO rating_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel,
                                            expectation_id, very_good, good, ok, bad, very_bad, not_sure)
                SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                       f.respondent_group, COALESCE(f.age_band, ''), f.channel, r.expectation_id,
                       SUM(r.answer = 'VERY_GOOD'), SUM(r.answer = 'GOOD'), SUM(r.answer = 'OK'), SUM(r.answer = 'BAD'),
                       SUM(r.answer = 'VERY_BAD'), SUM(r.answer = 'NOT_SURE')
                FROM feedback f JOIN feedback_rating r ON r.feedback_id = f.id
                WHERE f.id BETWEEN %d AND %d AND %s
                GROUP BY 1, 2, 3, 4, 5, 6, 7
                ON DUPLICATE KEY UPDATE very_good = very_good + VALUES(very_good), good = good + VALUES(good),
                                        ok = ok + VALUES(ok), bad = bad + VALUES(bad),
                                        very_bad = very_bad + VALUES(very_bad), not_sure = not_sure + VALUES(not_sure)
                """.formatted(first, last, COUNTED));
    }

    /**
     * The items just written, added to {@code reply_summary} (V0023) as its insert trigger would (V0220's
     * {@code @portal_summaries_deferred} skipped it). Their reply and loop facts were written with them: the generator
     * made each item's one sent reply and its link, and changes are written before any item, so the facts are known
     * (DataGeneratorTest compares them with a recount from the raw tables).
     */
    private static void addReplies(Statement statement, long first, long last) throws SQLException {
        statement.executeUpdate("""
                INSERT INTO reply_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel,
                                           items, replied, loop_closed)
                SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                       f.respondent_group, COALESCE(f.age_band, ''), f.channel,
                       COUNT(*), COUNT(f.first_reply_at), SUM(f.loop_closed = TRUE)
                FROM feedback f
                WHERE f.id BETWEEN %d AND %d AND %s
                GROUP BY 1, 2, 3, 4, 5, 6
                ON DUPLICATE KEY UPDATE items = items + VALUES(items), replied = replied + VALUES(replied),
                                        loop_closed = loop_closed + VALUES(loop_closed)
                """.formatted(first, last, COUNTED));
    }

    /** The theme summary (V0023) of the items just written: their themes' insert trigger was off on this connection. */
    private static void addThemes(Statement statement, long first, long last) throws SQLException {
        statement.executeUpdate("""
                INSERT INTO theme_summary (quarter_start, service_id, area_id, respondent_group, age_band, channel,
                                           theme_id, items)
                SELECT portal_quarter_start(f.submitted_at), COALESCE(f.service_id, 0), COALESCE(f.area_id, 0),
                       f.respondent_group, COALESCE(f.age_band, ''), f.channel, t.theme_id, COUNT(*)
                FROM feedback f JOIN feedback_theme t ON t.feedback_id = f.id
                WHERE f.id BETWEEN %d AND %d AND %s
                GROUP BY 1, 2, 3, 4, 5, 6, 7
                ON DUPLICATE KEY UPDATE items = items + VALUES(items)
                """.formatted(first, last, COUNTED));
    }

    /** Rows waiting to be written, as SQL value lists. */
    private static final class Batch {
        int items;
        final List<String> feedback = new ArrayList<>(PER_TRANSACTION);
        final List<String> ratings = new ArrayList<>(PER_TRANSACTION * 6);
        final List<String> themes = new ArrayList<>();
        final List<String> replies = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> frontline = new ArrayList<>();

        void write(Statement statement) throws SQLException {
            insert(
                    statement,
                    "feedback (id, reference_code, service_id, area_id, respondent_group, age_band, channel, "
                            + "comment, status, submitted_at, language, wording, safeguarding_flag, safeguarding_source, "
                            + "safeguarding_flagged_at, reply_by, first_reply_at, loop_closed)",
                    feedback,
                    PER_STATEMENT);
            insert(statement, "feedback_rating (feedback_id, expectation_id, answer)", ratings, PER_STATEMENT * 6);
            insert(statement, "feedback_theme (feedback_id, theme_id, tagged_by, tagged_at)", themes, PER_STATEMENT);
            insert(
                    statement,
                    "feedback_reply (feedback_id, body, author_id, drafted_at, sent_at, state)",
                    replies,
                    PER_STATEMENT);
            insert(statement, "feedback_plan_action (feedback_id, action_id)", links, PER_STATEMENT);
            insert(statement, "frontline_response (feedback_id, quarter, role)", frontline, PER_STATEMENT);
        }

        private static void insert(Statement statement, String into, List<String> rows, int perStatement)
                throws SQLException {
            for (int from = 0; from < rows.size(); from += perStatement) {
                statement.executeUpdate("INSERT INTO " + into + " VALUES "
                        + String.join(",", rows.subList(from, Math.min(rows.size(), from + perStatement))));
            }
        }
    }

    /** The n-th reference code of a sequence that looks random (a bijection on the 31^6 codes) and never repeats. */
    static String referenceCode(long n) {
        long space = 887_503_681L; // 31^6
        long value = Math.floorMod(n * 104_729L * 7_919L + 12_345L, space);
        char[] code = new char[7];
        for (int i = 6; i >= 0; i--) {
            if (i == 3) {
                code[i] = '-';
                continue;
            }
            code[i] = ALPHABET.charAt((int) (value % 31));
            value /= 31;
        }
        return new String(code);
    }

    private static boolean contains(long[] sorted, long value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }

    private static String quoted(String text) {
        return text == null ? "NULL" : "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long[] ids(Statement statement, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static Set<String> strings(Statement statement, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
