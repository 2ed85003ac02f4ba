package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.PastDates;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.WorkingDays;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.charter.Expectation;
import uk.coproduction.portal.plans.PlanService;
import uk.coproduction.portal.safeguarding.SafeguardingFlags;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.workspace.ServicePage;
import uk.coproduction.portal.workspace.ServicePages;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A commissioner narrows the inbox, sees what is overdue, and moves items on only with evidence. */
@PortalTest
class InboxAndStatusServiceTest {

    /** Owns items only in these tests, so their overdue count is exact whatever else the run stored. */
    static final String OWNER = "test.triage.owner";

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    ThemeService themes;

    @Autowired
    PlanService plans;

    @Autowired
    CharterService charter;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    SafeguardingFlags flags;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    ServicePages servicePages;

    @Autowired
    PastDates pastDates;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensure(OWNER, "Olive Owner", Team.CHILDRENS, Set.of(Roles.COMMISSIONER));
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerSearchesTheirWordsAndOnlySeesTheirTeamsItems() {
        String token = uniqueWord();
        String mine = submit(Team.CHILDRENS, "The " + token + " club was closed");
        String tellUsMore = submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        fixtures.serviceOf(Team.CHILDRENS).id(),
                        null,
                        RespondentGroup.PARENT_CARER,
                        null,
                        fixtures.allAnswered(RatingAnswer.OK),
                        null,
                        Map.of(firstExpectation().id(), "Nobody asked about " + token.toUpperCase()),
                        null,
                        Wording.PARENT_CARER,
                        "en-GB",
                        ContactRequest.NONE))
                .referenceCode();
        String otherTeam = submit(Team.LDA, "Our " + token + " group");
        String otherWords = submit(Team.CHILDRENS, "Nothing to do with it");

        List<String> found = codes(triage.inbox(wordsFilter(token), 0, 100));

        assertThat(found).containsExactlyInAnyOrder(mine, tellUsMore).doesNotContain(otherTeam, otherWords);
        assertThat(triage.countInbox(wordsFilter(token))).isEqualTo(2);
        assertThat(codes(triage.inbox(wordsFilter(token + " closed"), 0, 100))).containsExactly(mine);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerFiltersByThemeAndStatus() {
        String token = uniqueWord();
        long themeId = newTheme();
        String tagged = submit(Team.CHILDRENS, token + " one");
        String taggedAndRead = submit(Team.CHILDRENS, token + " two");
        String untagged = submit(Team.CHILDRENS, token + " three");
        themes.tag(idOf(tagged), themeId);
        themes.tag(idOf(taggedAndRead), themeId);
        triage.open(idOf(taggedAndRead));

        InboxFilter byTheme = new InboxFilter(
                null, null, null, null, null, Set.of(), Set.of(), themeId, null, null, token, false, false);
        assertThat(codes(triage.inbox(byTheme, 0, 100)))
                .containsExactly(taggedAndRead, tagged)
                .doesNotContain(untagged);

        InboxFilter byThemeAndStatus = new InboxFilter(
                null,
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of(FeedbackStatus.NEW),
                themeId,
                null,
                null,
                token,
                false,
                false);
        assertThat(codes(triage.inbox(byThemeAndStatus, 0, 100))).containsExactly(tagged);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerFiltersByServiceGroupRatingAndDate() {
        String token = uniqueWord();
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        Expectation listen = charter.expectations().get(2);
        String bad = submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        service.id(),
                        null,
                        RespondentGroup.YOUNG_PERSON,
                        AgeBand.AGE_11_15,
                        Map.of(listen.id(), RatingAnswer.VERY_BAD),
                        token))
                .referenceCode();
        String good = submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        service.id(),
                        null,
                        RespondentGroup.PARENT_CARER,
                        null,
                        Map.of(listen.id(), RatingAnswer.GOOD),
                        token))
                .referenceCode();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        InboxFilter listenBadly = new InboxFilter(
                service.id(),
                null,
                null,
                Channel.ONLINE,
                listen.id(),
                Set.of(RatingAnswer.BAD, RatingAnswer.VERY_BAD),
                Set.of(),
                null,
                today.minusDays(1),
                today,
                token,
                false,
                false);
        assertThat(codes(triage.inbox(listenBadly, 0, 100))).containsExactly(bad);

        InboxFilter parents = new InboxFilter(
                null,
                null,
                RespondentGroup.PARENT_CARER,
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                token,
                false,
                false);
        assertThat(codes(triage.inbox(parents, 0, 100))).containsExactly(good);

        InboxFilter lastYear = new InboxFilter(
                null,
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                today.minusYears(1),
                today.minusYears(1).plusDays(7),
                token,
                false,
                false);
        assertThat(triage.inbox(lastYear, 0, 100)).isEmpty();

        InboxFilter backwards = new InboxFilter(
                null, null, null, null, null, Set.of(), Set.of(), null, today, today.minusDays(1), null, false, false);
        assertThatThrownBy(() -> triage.countInbox(backwards))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("workspace.inbox.error.dates"));
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void safeguardingFlaggedFeedbackIsNeverInTheInboxWhateverTheFilter() {
        String token = uniqueWord();
        String flagged = submit(Team.CHILDRENS, token + " something");
        flags.flag(idOf(flagged), "Says something at home frightens them");

        assertThat(triage.inbox(wordsFilter(token), 0, 100)).isEmpty();
        assertThat(triage.countInbox(wordsFilter(token))).isZero();
    }

    @Test
    @WithMockUser(username = OWNER, roles = Roles.COMMISSIONER)
    void overdueItemsAreListedAndCountedForTheirOwner() {
        String token = uniqueWord();
        long before = triage.countMyOverdue();
        String overdue = submit(Team.CHILDRENS, token + " late");
        String onTime = submit(Team.CHILDRENS, token + " fine");
        String closed = submit(Team.CHILDRENS, token + " closed");
        String replied = submit(Team.CHILDRENS, token + " replied");
        for (String code : List.of(overdue, onTime, closed, replied)) {
            triage.open(idOf(code));
        }
        pastDates.replyWasDueOn(Date.valueOf("2020-01-06"), List.of(overdue, closed, replied));
        triage.close(idOf(closed), "Passed to the school, which the council does not run");
        triage.reply(idOf(replied), "Thank you, we have read this.");

        // Closing is not replying: the closed item with no reply stays overdue (decision 0021).
        InboxFilter overdueOnly =
                new InboxFilter(null, null, null, null, null, Set.of(), Set.of(), null, null, null, token, true, true);
        assertThat(codes(triage.inbox(overdueOnly, 0, 100))).containsExactlyInAnyOrder(overdue, closed);
        assertThat(triage.inbox(wordsFilter(token), 0, 100))
                .filteredOn(InboxItem::overdue)
                .extracting(InboxItem::referenceCode)
                .containsExactlyInAnyOrder(overdue, closed);
        assertThat(triage.countMyOverdue()).isEqualTo(before + 2);
        assertThat(triage.triageState(idOf(closed)).overdue()).isTrue();
        assertThat(triage.triageState(idOf(overdue)).overdue()).isTrue();
        assertThat(triage.triageState(idOf(onTime)).overdue()).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theFirstCommissionerToOpenAnItemOwnsItAndAnotherCanTakeIt() {
        long id = idOf(submit(Team.CHILDRENS, "Who looks after this?"));
        assertThat(triage.triageState(id).owner()).as("nobody owns a new item").isNull();

        triage.open(id);
        TriageState opened = triage.triageState(id);
        assertThat(opened.owner()).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(opened.ownedByMe()).isTrue();

        SignedIn.as(OWNER, Roles.COMMISSIONER, () -> triage.takeOwnership(id));
        triage.open(id);
        assertThat(triage.triageState(id).owner()).isEqualTo(OWNER);
        assertThat(triage.takeOwnership(id).owner()).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void replyByIsTwentyWorkingDaysAfterItCameInAndFollowsTheServiceOnceKnown() {
        String code = submissions
                .submit(new FeedbackSubmission(
                        UUID.randomUUID().toString(),
                        null,
                        null,
                        RespondentGroup.PARENT_CARER,
                        null,
                        Map.of(),
                        "Not sure which service"))
                .referenceCode();
        long id = idOf(code);
        LocalDate submitted =
                triage.open(id).submittedAt().atZone(WorkingDays.UK).toLocalDate();
        assertThat(triage.triageState(id).replyBy()).isEqualTo(workingDays.after(submitted, 20));

        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        ServicePage settings = SignedIn.as(
                TestAccounts.ADMIN,
                Roles.ADMIN,
                () -> servicePages
                        .page(servicePages.services().stream()
                                .filter(s -> s.id() == service.id())
                                .findFirst()
                                .orElseThrow()
                                .code())
                        .orElseThrow());
        asAdministrator(() -> catalogue.changeReplySettings(settings.code(), 5, settings.jointlyCommissioned()));
        try {
            triage.assignService(id, service.id());
            assertThat(triage.triageState(id).replyBy()).isEqualTo(workingDays.after(submitted, 5));
        } finally {
            asAdministrator(() -> catalogue.changeReplySettings(
                    settings.code(), settings.replyWithinDays(), settings.jointlyCommissioned()));
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void changeMadeIsRefusedWithoutALinkedActionAndARecordedChange() {
        long id = idOf(submit(Team.CHILDRENS, "Please change the opening times"));
        triage.open(id);

        assertThatThrownBy(() -> triage.changeStatus(id, FeedbackStatus.CHANGE_PLANNED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.triage.error.needs-action"));
        assertThatThrownBy(() -> triage.changeStatus(id, FeedbackStatus.CHANGE_MADE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.triage.error.needs-change"));

        long actionId = plans.actions().getFirst().id();
        triage.linkActions(id, Set.of(actionId));
        assertThat(triage.changeStatus(id, FeedbackStatus.CHANGE_PLANNED).status())
                .isEqualTo(FeedbackStatus.CHANGE_PLANNED);
        assertThatThrownBy(() -> triage.changeStatus(id, FeedbackStatus.CHANGE_MADE))
                .isInstanceOf(InvalidInputException.class);

        recordChangeOn(actionId, id);
        FeedbackDetail made = triage.changeStatus(id, FeedbackStatus.CHANGE_MADE);
        assertThat(made.status()).isEqualTo(FeedbackStatus.CHANGE_MADE);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void everyStatusChangeIsRecordedWithWhoAndWhenAndClosingWithNothingDoneNeedsAReason() {
        long id = idOf(submit(Team.CHILDRENS, "Just saying thank you"));
        triage.open(id);
        assertThat(triage.triageState(id).closeNeedsReason()).isTrue();
        assertThatThrownBy(() -> triage.changeStatus(id, FeedbackStatus.CLOSED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst())
                                .isEqualTo(new InvalidInputException.Problem(
                                        "reason", "workspace.triage.error.reason-required")));
        assertThatThrownBy(() -> triage.close(id, "   "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.triage.error.reason-required"));
        assertThatThrownBy(() -> triage.close(id, "x".repeat(1001)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.triage.error.reason-too-long"));

        FeedbackDetail closed = triage.close(id, "A thank you: there is nothing to change");

        assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(closed.history())
                .extracting(FeedbackDetail.HistoryEntry::to)
                .containsExactly(FeedbackStatus.NEW, FeedbackStatus.READ, FeedbackStatus.CLOSED);
        FeedbackDetail.HistoryEntry last = closed.history().getLast();
        assertThat(last.by()).isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(last.from()).isEqualTo(FeedbackStatus.READ);
        assertThat(last.at())
                .isNotNull()
                .isAfterOrEqualTo(closed.history().get(1).at());
        assertThatThrownBy(() -> triage.changeStatus(id, FeedbackStatus.REPLIED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.triage.error.status-not-later"));
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void repliedNeedsASentReplyAndIsOnlyOfferedThen() {
        long id = idOf(submit(Team.CHILDRENS, "When will the club open again?"));
        triage.open(id);

        assertThat(triage.triageState(id).nextStatuses()).containsExactly(FeedbackStatus.CLOSED);
        assertThatThrownBy(() -> triage.changeStatus(id, FeedbackStatus.REPLIED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.triage.error.needs-reply"));
        assertThatThrownBy(() -> triage.changeStatus(id, FeedbackStatus.LINKED))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.triage.error.needs-action"));

        FeedbackDetail replied = triage.reply(id, "It opens again in April.");

        assertThat(replied.status())
                .as("sending the reply is what makes it replied")
                .isEqualTo(FeedbackStatus.REPLIED);
        assertThat(triage.triageState(id).closeNeedsReason()).isFalse();
        assertThat(triage.close(id, null).status()).isEqualTo(FeedbackStatus.CLOSED);
    }

    /** What the plan actions part of the portal stores when a change is recorded on an action for this feedback. */
    private void recordChangeOn(long actionId, long feedbackId) {
        jdbc.update("""
                insert into plan_change (action_id, what_changed, changed_on, done_by, recorded_by, recorded_at)
                values (?, 'Opening until 6pm on Thursdays', current_date, 'Provider', ?, current_timestamp(6))""", actionId, TestAccounts.CHILDRENS_COMMISSIONER);
        Long changeId = jdbc.queryForObject("select max(id) from plan_change", Long.class);
        jdbc.update("insert into plan_change_feedback (change_id, feedback_id) values (?, ?)", changeId, feedbackId);
    }

    private long newTheme() {
        return SignedIn.as(
                        TestAccounts.ADMIN, Roles.ADMIN, () -> themes.addTheme("Test theme " + UUID.randomUUID(), ""))
                .id();
    }

    private static void asAdministrator(Runnable work) {
        SignedIn.as(TestAccounts.ADMIN, Roles.ADMIN, () -> {
            work.run();
            return null;
        });
    }

    private Expectation firstExpectation() {
        return charter.expectations().getFirst();
    }

    private String submit(Team team, String words) {
        return submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(team), words))
                .referenceCode();
    }

    private static InboxFilter wordsFilter(String words) {
        return new InboxFilter(null, null, null, null, null, Set.of(), Set.of(), null, null, null, words, false, false);
    }

    /** A made-up word nothing else in the database contains. */
    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static List<String> codes(List<InboxItem> items) {
        return items.stream().map(InboxItem::referenceCode).toList();
    }

    private long idOf(String code) {
        return fixtures.idOf(code);
    }
}
