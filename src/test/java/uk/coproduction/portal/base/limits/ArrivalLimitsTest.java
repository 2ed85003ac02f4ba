package uk.coproduction.portal.base.limits;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.JourneySignals;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.frontline.FrontlineReceipt;
import uk.coproduction.portal.frontline.FrontlineSubmission;
import uk.coproduction.portal.frontline.FrontlineViewsService;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.Figures;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.representation.EqualityMonitoring;
import uk.coproduction.portal.representation.EqualityQuestion;
import uk.coproduction.portal.representation.Representation;
import uk.coproduction.portal.representation.RepresentationReport;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;
import uk.coproduction.portal.yousaid.ServiceLoop;
import uk.coproduction.portal.yousaid.YouSaidWeDidService;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Limits that fit people, not addresses (issue 25, decision 0026), with the figures as shipped and a clock the test
 * moves on: the largest real groups behind one address all get through without a check, a scripted flood from one
 * address raises the check and puts nothing into any figure, and the counts are shared by every instance.
 */
@ShippedLimits
@WithMockUser(
        username = TestAccounts.CHILDRENS_COMMISSIONER,
        roles = {Roles.COMMISSIONER, Roles.ADMIN})
class ArrivalLimitsTest {

    @Autowired
    ArrivalLimits limits;

    @Autowired
    ArrivalLimitSettings settings;

    @Autowired
    ArrivalCheck check;

    @Autowired
    MovableClock clock;

    @Autowired
    FeedbackDraftService drafts;

    @Autowired
    FrontlineViewsService frontline;

    @Autowired
    EqualityMonitoring equality;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    CharterService charter;

    @Autowired
    HeadlineFigures headlineFigures;

    @Autowired
    YouSaidWeDidService youSaidWeDid;

    @Autowired
    Representation representation;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SigningKey signingKey;

    private List<Expectation> questions;

    @BeforeEach
    void setUp() {
        accounts.ensureStandardAccounts();
        questions = charter.expectations();
    }

    @Test
    void theseTestsUseTheFiguresAsShipped() {
        assertThat(settings).isEqualTo(ArrivalLimitSettings.shipped());
    }

    @Test
    void aSchoolAssemblyOf300FromOneAddressWithinHalfAnHourAllFinishWithACode() {
        String school = freshAddress();
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        // Pupil i arrives 5 seconds after pupil i-1 and sends 2 to 4 minutes later, all within half an hour: in the
        // order
        // things happen, so the clock only moves forwards.
        record Step(Duration at, int pupil, boolean arrives) {}
        PriorityQueue<Step> timeline = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
        for (int pupil = 0; pupil < 300; pupil++) {
            Duration arrives = Duration.ofSeconds(5L * pupil);
            timeline.add(new Step(arrives, pupil, true));
            timeline.add(new Step(arrives.plusSeconds(120 + (pupil % 3) * 60L), pupil, false));
        }
        String[] browsers = new String[300];
        String[] returnCodes = new String[300];
        List<String> referenceCodes = new ArrayList<>();
        Duration now = Duration.ZERO;
        Instant first = clock.instant();
        while (!timeline.isEmpty()) {
            Step step = timeline.poll();
            clock.advance(step.at().minus(now));
            now = step.at();
            int pupil = step.pupil();
            if (step.arrives()) {
                browsers[pupil] = newBrowser();
                returnCodes[pupil] = arriving(
                                new Arrival(school, browsers[pupil], Optional.empty(), null),
                                () -> drafts.start("en-GB"))
                        .returnCode();
                continue;
            }
            String code = returnCodes[pupil];
            drafts.chooseService(code, service.id());
            drafts.chooseArea(code, null);
            drafts.chooseGroup(code, RespondentGroup.YOUNG_PERSON);
            drafts.chooseAgeBand(code, AgeBand.AGE_11_15);
            drafts.answer(code, questions.get(0).id(), RatingAnswer.GOOD, "Pupil " + pupil + ": my form tutor listens");
            drafts.wantChange(code, "Pupil " + pupil + " would like more clubs after school");
            String reference = drafts.send(code).referenceCode();
            referenceCodes.add(reference);
            arriving(
                    new Arrival(school, browsers[pupil], Optional.empty(), null),
                    () -> equality.save(reference, Map.of(EqualityQuestion.SEX, pupil % 2 == 0 ? "FEMALE" : "MALE")));
        }
        int checks = checksAsked.size();
        Duration took = Duration.between(first, clock.instant());

        assertThat(referenceCodes).hasSize(300).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(checks).as("checks asked of the school's pupils").isZero();
        assertThat(took).isLessThanOrEqualTo(Duration.ofMinutes(30));
        assertThat(heldAmong(referenceCodes)).as("held for review").isZero();
        report(
                "school assembly: %d journeys (and equality answers) from one address, first arrival to last code "
                        + "%d min; %d finished with a code; %d checks; %d held",
                300, took.toMinutes(), referenceCodes.size(), checks, heldAmong(referenceCodes));
    }

    @Test
    void twoThousandFrontlineJourneysFromOneTrustAddressOverADayAreAllAccepted() {
        String trust = freshAddress();
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        List<String> codes = new ArrayList<>();
        Instant first = clock.instant();
        for (int person = 0; person < 2000; person++) {
            // Most come when the e-mail lands: 1,200 in the first two hours, the other 800 over the rest of the day.
            clock.advance(person < 1200 ? Duration.ofSeconds(6) : Duration.ofSeconds(98));
            int nurse = person;
            FrontlineReceipt receipt = arriving(
                    new Arrival(trust, newBrowser(), Optional.empty(), null),
                    () -> frontline.submit(
                            new FrontlineSubmission(
                                    UUID.randomUUID().toString(),
                                    service.id(),
                                    "Nurse " + nurse,
                                    null,
                                    fixtures.allAnswered(RatingAnswer.OK),
                                    "Staff member " + nurse + ": handovers take too long on ward " + (nurse % 40)),
                            new JourneySignals(false, Duration.ofSeconds(40 + nurse % 90)),
                            null));
            codes.add(receipt.referenceCode());
        }
        int checks = checksAsked.size();
        Duration took = Duration.between(first, clock.instant());

        assertThat(codes).hasSize(2000).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(checks).as("checks asked of the trust's staff").isZero();
        assertThat(took).isLessThanOrEqualTo(Duration.ofDays(1));
        assertThat(heldAmong(codes)).isZero();
        report(
                "frontline: %d journeys from one address over %d min; %d accepted with a code; %d checks; %d held",
                2000, took.toMinutes(), codes.size(), checks, heldAmong(codes));
    }

    @Test
    void aScriptedFloodFromOneAddressRaisesTheCheckAndPutsNothingIntoAnyFigure() {
        String flooder = freshAddress();
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        Figures headlineBefore = headlineFigures.forService(service.id());
        ServiceLoop publicBefore = youSaidWeDid.loop(serviceCode(service)).orElseThrow();
        RepresentationReport representationBefore = representation.report(EvidenceFilter.ALL);
        long inFiguresBefore = feedbackInFigures();

        int admittedAtOnce = 0;
        int checks = 0;
        int throughTheCheck = 0;
        List<String> codes = new ArrayList<>();
        // 1,000 attempts in a minute from one address, the same words every time, each sent within a second of
        // starting. The script throws its cookie away each time (a new "browser" every attempt), so only the
        // address limit can see it; and it does the check's work whenever asked, the worst case.
        for (int attempt = 0; attempt < 1000; attempt++) {
            clock.advance(Duration.ofMillis(60));
            Arrival arrival = new Arrival(flooder, newBrowser(), Optional.empty(), null);
            String code;
            try {
                code = Arrival.during(arrival, () -> drafts.start("en-GB")).returnCode();
                admittedAtOnce++;
            } catch (ArrivalCheckNeeded needed) {
                Admission admission = needed.admission();
                checks++;
                assertThat(admission.reason()).isEqualTo(Admission.Reason.ADDRESS);
                // Asked of the check itself: through admit() a made-up answer falls back to the bucket, which the
                // real time under the moving clock may just have refilled by one token.
                assertThat(check.passes(wrongAnswerTo(admission.challenge())))
                        .as("a made-up answer")
                        .isFalse();
                String answer = ArrivalCheck.solve(admission.challenge());
                code = Arrival.during(arrival.withProof(answer), () -> drafts.start("en-GB"))
                        .returnCode();
                assertThat(check.passes(answer)).as("an answer used twice").isFalse();
                throughTheCheck++;
            }
            drafts.chooseService(code, service.id());
            drafts.chooseGroup(code, RespondentGroup.PARENT_CARER);
            drafts.answer(code, questions.get(0).id(), RatingAnswer.VERY_BAD, "This service is a scam, avoid it");
            String reference = drafts.send(code).referenceCode();
            codes.add(reference);
            arriving(arrival, () -> equality.save(reference, Map.of(EqualityQuestion.DISABILITY, "YES")));
        }

        assertThat(codes).as("everyone who finishes gets a code").hasSize(1000).doesNotContainNull();
        assertThat(checks).as("checks raised").isPositive();
        assertThat(heldAmong(codes)).as("kept, but held for review").isEqualTo(1000);
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_rating r join feedback f on f.id = r.feedback_id"
                                + " where f.reference_code in (" + quoted(codes) + ")",
                        Integer.class))
                .as("nothing anyone sent is lost")
                .isEqualTo(1000);
        assertThat(headlineFigures.forService(service.id()))
                .as("headline figures")
                .isEqualTo(headlineBefore);
        assertThat(youSaidWeDid.loop(serviceCode(service)).orElseThrow())
                .as("you said, we did")
                .isEqualTo(publicBefore);
        assertThat(representation.report(EvidenceFilter.ALL))
                .as("representation and equality")
                .isEqualTo(representationBefore);
        assertThat(feedbackInFigures()).as("evidence").isEqualTo(inFiguresBefore);
        report(
                "scripted flood: 1,000 attempts in 60 s from one address; %d let through at once, %d checks raised "
                        + "(every one answered by the script), %d sent and all %d held for review; figures unchanged",
                admittedAtOnce, checks, codes.size(), heldAmong(codes));
        assertThat(throughTheCheck).isEqualTo(checks);
    }

    @Test
    void aServiceCalledDirectlyPastTheLimitDoesNothingUntilTheCheckIsDone() {
        Arrival script = new Arrival(freshAddress(), newBrowser(), Optional.empty(), null);
        for (int i = 0; i < 20; i++) {
            Arrival.during(script, () -> drafts.start("en-GB"));
        }
        Integer draftsBefore = jdbc.queryForObject("select count(*) from feedback_draft", Integer.class);
        assertThatThrownBy(() -> Arrival.during(script, () -> drafts.start("en-GB")))
                .isInstanceOfSatisfying(
                        ArrivalCheckNeeded.class,
                        needed -> assertThat(needed.admission().reason()).isEqualTo(Admission.Reason.BROWSER));
        assertThat(jdbc.queryForObject("select count(*) from feedback_draft", Integer.class))
                .as("no journey started past the limit")
                .isEqualTo(draftsBefore);
        String answer = ArrivalCheck.solve(check.challenge());
        assertThat(Arrival.during(script.withProof(answer), () -> drafts.start("en-GB"))
                        .returnCode())
                .as("with the check done, the same call goes ahead")
                .isNotBlank();

        // With no page at all (an API, a script calling the service): one shared allowance, limited all the same.
        assertThatThrownBy(() -> {
                    for (int i = 0; i <= 20; i++) {
                        drafts.start("en-GB");
                    }
                })
                .isInstanceOf(ArrivalCheckNeeded.class);
    }

    @Test
    void aBrowserPastItsOwnLimitIsAskedForTheCheckWhileItsNeighboursCarryOn() {
        String library = freshAddress();
        String busy = newBrowser();
        for (int i = 0; i < 20; i++) {
            assertThat(limits.admit(Journey.RESIDENT_FEEDBACK, new Arrival(library, busy, Optional.empty(), null))
                            .admitted())
                    .isTrue();
        }
        Admission twentyFirst =
                limits.admit(Journey.RESIDENT_FEEDBACK, new Arrival(library, busy, Optional.empty(), null));
        assertThat(twentyFirst.admitted()).isFalse();
        assertThat(twentyFirst.reason())
                .as("the message names the browser, not the address")
                .isEqualTo(Admission.Reason.BROWSER);
        assertThat(limits.admit(Journey.RESIDENT_FEEDBACK, new Arrival(library, newBrowser(), Optional.empty(), null))
                        .admitted())
                .as("the next person at the same library")
                .isTrue();
        clock.advance(Duration.ofMinutes(3));
        assertThat(limits.admit(Journey.RESIDENT_FEEDBACK, new Arrival(library, busy, Optional.empty(), null))
                        .admitted())
                .as("one more comes back every three minutes")
                .isTrue();
    }

    @Test
    void theCountsAreSharedByEveryInstanceAndOutliveARestart() {
        String ward = freshAddress();
        String browser = newBrowser();
        // Two instances of the portal: two sets of the limits' objects on the one database.
        ArrivalLimits secondInstance = new ArrivalLimits(
                new SharedBuckets(jdbc, transactions, clock),
                new ArrivalCheck(new SigningKey(settings, jdbc, clock), jdbc, clock, settings),
                settings,
                clock);
        for (int i = 0; i < 10; i++) {
            assertThat(limits.admit(Journey.EQUALITY, new Arrival(ward, browser, Optional.empty(), null))
                            .admitted())
                    .isTrue();
            assertThat(secondInstance
                            .admit(Journey.EQUALITY, new Arrival(ward, browser, Optional.empty(), null))
                            .admitted())
                    .isTrue();
        }
        Admission onTheFirst = limits.admit(Journey.EQUALITY, new Arrival(ward, browser, Optional.empty(), null));
        assertThat(onTheFirst.admitted()).isFalse();
        assertThat(secondInstance
                        .admit(Journey.EQUALITY, new Arrival(ward, browser, Optional.empty(), null))
                        .admitted())
                .isFalse();
        String answer = ArrivalCheck.solve(onTheFirst.challenge());
        assertThat(secondInstance
                        .admit(Journey.EQUALITY, new Arrival(ward, browser, Optional.empty(), answer))
                        .admitted())
                .as("a challenge from one instance is answered on the other")
                .isTrue();
        assertThat(limits.admit(Journey.EQUALITY, new Arrival(ward, browser, Optional.empty(), answer))
                        .admitted())
                .as("and only once")
                .isFalse();
    }

    @Test
    void anOpenCampaignMakesRoomForThePeopleItExpects() {
        String eventWifi = freshAddress();
        Instant now = clock.instant();
        CampaignAllowance event = new CampaignAllowance(
                ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), 900, now, now.plus(Duration.ofHours(1)));
        int checks = 0;
        for (int person = 0; person < 900; person++) {
            clock.advance(Duration.ofSeconds(2));
            checks += limits.admit(
                                    Journey.RESIDENT_FEEDBACK,
                                    new Arrival(eventWifi, newBrowser(), Optional.of(event), null))
                            .admitted()
                    ? 0
                    : 1;
        }
        assertThat(checks).as("900 expected people in the campaign's hour").isZero();
        String otherVisitor = freshAddress();
        int withoutCampaign = 0;
        for (int person = 0; person < 900; person++) {
            withoutCampaign += limits.admit(
                                    Journey.RESIDENT_FEEDBACK,
                                    new Arrival(otherVisitor, newBrowser(), Optional.empty(), null))
                            .admitted()
                    ? 0
                    : 1;
        }
        assertThat(withoutCampaign)
                .as("the same 900 at once without the campaign")
                .isPositive();
        report(
                "campaign: 900 expected people in its hour from one address, %d checks; without it %d of 900 at once "
                        + "were asked for the check",
                checks, withoutCampaign);
    }

    @Test
    void aCookieOrAnAnswerThatWeDidNotSignCountsForNothing() {
        BrowserCookie cookie = new BrowserCookie(signingKey);
        String id = newBrowser();
        assertThat(cookie.verified(id + "." + signingKey.sign("browser:" + id))).contains(id);
        assertThat(cookie.verified(id + "." + signingKey.sign("browser:" + newBrowser())))
                .isEmpty();
        assertThat(cookie.verified(id + ".0000")).isEmpty();
        assertThat(cookie.verified("not-a-cookie")).isEmpty();

        String challenge = check.challenge();
        String answer = ArrivalCheck.solve(challenge);
        String[] parts = challenge.split("\\.");
        String easier = parts[0] + "." + parts[1] + ".1." + parts[3];
        assertThat(check.passes(ArrivalCheck.solve(easier)))
                .as("a challenge made easier by the browser")
                .isFalse();
        clock.advance(Duration.ofDays(2));
        assertThat(check.passes(answer)).as("an answer two days old").isFalse();
    }

    private String serviceCode(ServiceSummary service) {
        return jdbc.queryForObject("select code from commissioned_service where id = ?", String.class, service.id());
    }

    private String freshAddress() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "-" + UUID.randomUUID();
    }

    private static String newBrowser() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private int heldAmong(List<String> codes) {
        return jdbc.queryForObject(
                "select count(*) from feedback where held_for_review = true and reference_code in (" + quoted(codes)
                        + ")",
                Integer.class);
    }

    /** Every feedback item the evidence counts: the same condition as {@code EvidenceSql}. */
    private long feedbackInFigures() {
        return jdbc.queryForObject(
                "select count(*) from feedback f where f.safeguarding_flag = false" + " and f.held_for_review = false",
                Long.class);
    }

    private static String quoted(List<String> codes) {
        return String.join(",", codes.stream().map(c -> "'" + c + "'").toList());
    }

    private static void report(String format, Object... values) {
        System.out.println("Arrival figures - " + String.format(format, values));
    }

    /** An answer that does not do the check's work: its SHA-256 has fewer leading zero bits than asked for. */
    private static String wrongAnswerTo(String challenge) {
        int bits = Integer.parseInt(challenge.split("\\.")[2]);
        for (int k = 0; ; k++) {
            String answer = challenge + ":made-up-" + k;
            byte[] hash;
            try {
                hash = MessageDigest.getInstance("SHA-256").digest(answer.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java", e);
            }
            if (new BigInteger(1, hash).bitLength() > 256 - bits) {
                return answer;
            }
        }
    }

    /** Challenges the services asked for in this test (each answered by {@link #arriving}, as a browser would). */
    private final List<Admission> checksAsked = new ArrayList<>();

    /** Calls a service as {@code arrival}; asked for the check, does it (as the browser would) and calls again. */
    private <T> T arriving(Arrival arrival, Supplier<T> call) {
        try {
            return Arrival.during(arrival, call);
        } catch (ArrivalCheckNeeded needed) {
            checksAsked.add(needed.admission());
            return Arrival.during(
                    arrival.withProof(ArrivalCheck.solve(needed.admission().challenge())), call);
        }
    }
}
