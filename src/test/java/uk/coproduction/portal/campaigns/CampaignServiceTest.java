package uk.coproduction.portal.campaigns;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.limits.CampaignAllowance;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.FeedbackDraftService;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.JourneySignals;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.frontline.FrontlineSubmission;
import uk.coproduction.portal.frontline.FrontlineViewsService;
import uk.coproduction.portal.reporting.CharterScores;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.ServiceDashboard;
import uk.coproduction.portal.reporting.ServicesOverview;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.ServiceSummary;
import uk.coproduction.portal.services.Team;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Campaign and event links (issue 25, decision 0027): made by a commissioner, signed so only the portal's own links
 * are honoured, closed and re-opened when one leaks, recorded on what people send through them, and a way to split
 * the figures. A browserless test only because following a link keeps the allowance in the visitor's Vaadin session.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal.campaigns")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class CampaignServiceTest extends SpringBrowserlessTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignSigningKey signingKey;

    @Autowired
    FeedbackDraftService drafts;

    @Autowired
    FrontlineViewsService frontline;

    @Autowired
    ServiceDashboard dashboard;

    @Autowired
    ServicesOverview overview;

    @Autowired
    CharterService charter;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
        VaadinSession.getCurrent().setAttribute(CampaignAllowance.class, null);
    }

    @Test
    void commissionerMakesALinkWhoseSignedTokenOpensTheJourneyWithTheAllowanceInTheSession() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        Instant opens = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(Duration.ofDays(2));

        CampaignSummary made = campaigns.create(new CampaignForm(
                "  Year 9 assembly " + UUID.randomUUID() + " ",
                CampaignJourney.RESIDENT_FEEDBACK,
                service.id(),
                null,
                300,
                opens,
                closes));

        assertThat(made.name()).startsWith("Year 9 assembly").doesNotEndWith(" ");
        assertThat(made.status()).isEqualTo(CampaignSummary.Status.OPEN);
        assertThat(made.service()).isEqualTo(service.name());
        assertThat(made.link()).startsWith("http://localhost:8080/campaign/");
        String token = tokenOf(made);
        assertThat(CampaignToken.verify(token, signingKey.key())).isPresent();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'campaign.created' "
                                + "and object_id = ? and actor = ?",
                        Long.class,
                        String.valueOf(made.id()),
                        TestAccounts.CHILDRENS_COMMISSIONER))
                .isEqualTo(1L);

        CampaignArrival arrival = campaigns.follow(token);

        assertThat(arrival).isInstanceOfSatisfying(CampaignArrival.Open.class, open -> {
            assertThat(open.campaignId()).isEqualTo(made.id());
            assertThat(open.serviceId()).isEqualTo(service.id());
            assertThat(open.journey()).isEqualTo(CampaignJourney.RESIDENT_FEEDBACK);
        });
        assertThat(CampaignAllowance.current()).contains(new CampaignAllowance(made.id(), 300, opens, closes));
        campaigns.follow(token);
        assertThat(startedCount(made.id()))
                .as("the same browser following twice is one journey started")
                .isEqualTo(1L);
    }

    @Test
    void aTamperedForgedOrUnknownTokenIsRefusedAndGivesNoAllowance() {
        CampaignSummary made = campaigns.create(aFeedbackLink("Tamper test", 50));
        String token = tokenOf(made);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        // The same signature bits with the last character's two unused bits set: another spelling of the same link.
        String respelled = token.substring(0, token.length() - 1) + Base64Alphabet.withUnusedBitsSet(last);
        String otherId = CampaignToken.newPublicId();
        String signedByAnotherKey = CampaignToken.sign(
                token.substring(0, 22), "some other deployment's key, 32 characters".getBytes(StandardCharsets.UTF_8));
        String unknownButSigned = CampaignToken.sign(otherId, signingKey.key());

        for (String forged : List.of(
                tampered,
                respelled,
                signedByAnotherKey,
                otherId,
                "",
                "not-a-token",
                token + "x",
                token.replace('.', '-'))) {
            assertThat(CampaignToken.verify(forged, signingKey.key()))
                    .as(forged)
                    .isEmpty();
        }
        assertThat(CampaignToken.verify(unknownButSigned, signingKey.key()))
                .as("signed, but no such campaign")
                .contains(otherId);
        for (String bad : List.of(tampered, signedByAnotherKey, unknownButSigned, otherId, "", "not-a-token")) {
            assertThat(campaigns.follow(bad)).as(bad).isInstanceOf(CampaignArrival.Refused.class);
        }
        assertThat(CampaignAllowance.current()).isEmpty();
        assertThat(startedCount(made.id())).isZero();
    }

    @Test
    void aLeakedLinkIsClosedAtOnceReopenedLaterAndBothAreAudited() {
        CampaignSummary made = campaigns.create(aFeedbackLink("Leaked link", 120));
        String token = tokenOf(made);
        campaigns.follow(token);
        assertThat(CampaignAllowance.current()).isPresent();

        CampaignSummary closed = campaigns.close(made.id());

        assertThat(closed.status()).isEqualTo(CampaignSummary.Status.CLOSED);
        assertThat(CampaignAllowance.current())
                .as("the allowance is taken back from the session")
                .isEmpty();
        assertThat(campaigns.closedByHand(made.id())).isTrue();
        assertThat(campaigns.follow(token))
                .as("a closed link still leads to the ordinary journey")
                .isEqualTo(new CampaignArrival.NotOpen(CampaignJourney.RESIDENT_FEEDBACK, null, null));
        assertThat(CampaignAllowance.current()).isEmpty();

        CampaignSummary reopened = campaigns.reopen(made.id());

        assertThat(reopened.status()).isEqualTo(CampaignSummary.Status.OPEN);
        assertThat(campaigns.follow(token)).isInstanceOf(CampaignArrival.Open.class);
        assertThat(CampaignAllowance.current())
                .map(CampaignAllowance::campaignId)
                .contains(made.id());
        assertThat(jdbc.queryForList(
                        "select action from audit_event where object_type = 'campaign' and object_id = ?"
                                + " order by id",
                        String.class,
                        String.valueOf(made.id())))
                .containsExactly("campaign.created", "campaign.closed", "campaign.reopened");
    }

    @Test
    void aLinkOutsideItsWindowLeadsToTheJourneyWithoutTheAllowance() {
        CampaignSummary later = campaigns.create(new CampaignForm(
                "Next term " + UUID.randomUUID(),
                CampaignJourney.FRONTLINE,
                null,
                frontline.currentQuarter().toString(),
                40,
                Instant.now().plus(Duration.ofDays(3)),
                Instant.now().plus(Duration.ofDays(5))));

        assertThat(later.status()).isEqualTo(CampaignSummary.Status.NOT_YET_OPEN);
        assertThat(campaigns.follow(tokenOf(later)))
                .isEqualTo(new CampaignArrival.NotOpen(
                        CampaignJourney.FRONTLINE,
                        null,
                        frontline.currentQuarter().toString()));
        assertThat(CampaignAllowance.current()).isEmpty();
    }

    @Test
    void aFormWithProblemsIsRefusedWithAMessageForEachFieldAndNothingIsMade() {
        long before = jdbc.queryForObject("select count(*) from campaign", Long.class);
        Instant opens = Instant.now().plus(Duration.ofDays(1));

        assertThatThrownBy(() -> campaigns.create(new CampaignForm(
                        " ", CampaignJourney.FRONTLINE, null, null, 0, opens, opens.minus(Duration.ofHours(1)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new InvalidInputException.Problem(
                                                "name", "workspace.campaigns.error.name-required"),
                                        new InvalidInputException.Problem(
                                                "quarter", "workspace.campaigns.error.quarter-required"),
                                        new InvalidInputException.Problem("people", "workspace.campaigns.error.people"),
                                        new InvalidInputException.Problem(
                                                "closes", "workspace.campaigns.error.closes-before-opens")));
        assertThatThrownBy(() -> campaigns.create(new CampaignForm(
                        "Too long",
                        CampaignJourney.RESIDENT_FEEDBACK,
                        null,
                        null,
                        CampaignService.MOST_PEOPLE + 1,
                        opens,
                        opens.plus(Duration.ofDays(121)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new InvalidInputException.Problem("people", "workspace.campaigns.error.people"),
                                        new InvalidInputException.Problem(
                                                "closes", "workspace.campaigns.error.window-too-long")));
        assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class))
                .isEqualTo(before);
    }

    @Test
    @WithMockUser(username = TestAccounts.BOARD, roles = Roles.BOARD)
    void aBoardMemberCannotMakeOrCloseALink() {
        assertThatThrownBy(() -> campaigns.create(aFeedbackLink("Not mine", 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.close(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void feedbackAndFrontlineViewsSentThroughAnOpenLinkCarryItsCampaign() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        CampaignSummary school = campaigns.create(new CampaignForm(
                "School session " + UUID.randomUUID(),
                CampaignJourney.RESIDENT_FEEDBACK,
                service.id(),
                null,
                30,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1))));
        campaigns.follow(tokenOf(school));
        long campaignId = CampaignAllowance.current().orElseThrow().campaignId();

        String code = drafts.start("en-GB", service.id(), campaignId).returnCode();
        assertThat(drafts.find(code).orElseThrow().serviceId())
                .as("the link's service is chosen already")
                .isEqualTo(service.id());
        drafts.chooseArea(code, null);
        drafts.chooseGroup(code, RespondentGroup.YOUNG_PERSON);
        drafts.answer(code, charter.expectations().getFirst().id(), RatingAnswer.GOOD, null);
        String throughLink = drafts.send(code).referenceCode();
        String ordinary = drafts.send(journeyWithout(service)).referenceCode();
        String frontlineView = frontline
                .submit(
                        new FrontlineSubmission(
                                UUID.randomUUID().toString(),
                                service.id(),
                                "Teaching assistant",
                                null,
                                fixtures.allAnswered(RatingAnswer.OK),
                                null),
                        JourneySignals.NONE,
                        campaignId)
                .referenceCode();

        assertThat(campaignOf(throughLink)).isEqualTo(campaignId);
        assertThat(campaignOf(frontlineView)).isEqualTo(campaignId);
        assertThat(campaignOf(ordinary)).isNull();
    }

    @Test
    void figuresAreSplitByCampaign() {
        ServiceSummary service = fixtures.serviceOf(Team.CHILDRENS);
        CampaignSummary ward = campaigns.create(new CampaignForm(
                "Ward quarter " + UUID.randomUUID(),
                CampaignJourney.FRONTLINE,
                null,
                frontline.currentQuarter().toString(),
                60,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(30))));
        CampaignSummary other = campaigns.create(aFeedbackLink("Other event", 20));
        for (int i = 0; i < 6; i++) {
            frontlineView(service, ward.id());
        }
        for (int i = 0; i < 2; i++) {
            frontlineView(service, other.id());
            frontlineView(service, null);
        }
        long firstQuestion = charter.expectations().getFirst().position();
        // Frontline views are counted apart from residents' feedback, as on the dashboard.
        EvidenceFilter staff =
                new EvidenceFilter(null, null, null, RespondentGroup.FRONTLINE_WORKER, null, null, null, null);

        assertThat(answered(staff.withCampaign(ward.id()), firstQuestion)).isEqualTo(6);
        assertThat(answered(staff.withCampaign(other.id()), firstQuestion)).isEqualTo(2);
        assertThat(answered(staff, firstQuestion)).isGreaterThanOrEqualTo(10);
        ServicesOverview.Row row = overview.rows(staff.withCampaign(ward.id())).stream()
                .filter(r -> r.name().equals(service.name()))
                .findFirst()
                .orElseThrow();
        assertThat(row.items().value()).isEqualTo(6);
        assertThat(campaigns.figures(ward.id()).finished().value()).isEqualTo(6);
        assertThat(EvidenceFilter.fromQuery(Map.of("campaign", List.of(String.valueOf(ward.id())))))
                .as("the filter travels in the address")
                .isEqualTo(EvidenceFilter.ALL.withCampaign(ward.id()));
        assertThat(dashboard.campaignChoices()).contains(new ServiceDashboard.CampaignChoice(ward.id(), ward.name()));
    }

    @Test
    void theKeyIsMadeOnFirstUseEvenInsideAReadOnlyTransactionAndAShortConfiguredKeyIsRefused() {
        List<String> before = jdbc.queryForList("select secret from campaign_signing_key", String.class);
        jdbc.update("delete from campaign_signing_key");
        try {
            CampaignSigningKey fresh = new CampaignSigningKey(jdbc, transactions, clock, "");
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);

            byte[] key = readOnly.execute(status -> fresh.key());

            assertThat(Base64.getEncoder().encodeToString(key))
                    .as("the staff list, read-only, is the first user")
                    .isEqualTo(
                            jdbc.queryForObject("select secret from campaign_signing_key where id = 1", String.class));
            assertThat(key).hasSize(32);
        } finally {
            jdbc.update("delete from campaign_signing_key");
            before.forEach(secret -> jdbc.update(
                    "insert into campaign_signing_key (id, secret, created_at) values (1, ?, now(6))", secret));
        }
        assertThatThrownBy(() -> new CampaignSigningKey(jdbc, transactions, clock, "too short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 characters");
    }

    private long answered(EvidenceFilter filter, long position) {
        return dashboard.scores(filter, CharterScores.Dimension.OVERALL).stream()
                .filter(score -> score.position() == position)
                .mapToLong(score -> score.answered().value())
                .sum();
    }

    private void frontlineView(ServiceSummary service, Long campaignId) {
        frontline.submit(
                new FrontlineSubmission(
                        UUID.randomUUID().toString(),
                        service.id(),
                        "Nurse",
                        null,
                        fixtures.allAnswered(RatingAnswer.GOOD),
                        null),
                JourneySignals.NONE,
                campaignId);
    }

    private String journeyWithout(ServiceSummary service) {
        String code = drafts.start("en-GB").returnCode();
        drafts.chooseService(code, service.id());
        drafts.chooseArea(code, null);
        drafts.chooseGroup(code, RespondentGroup.PARENT_CARER);
        drafts.answer(code, charter.expectations().getFirst().id(), RatingAnswer.OK, null);
        return code;
    }

    private CampaignForm aFeedbackLink(String name, int people) {
        return new CampaignForm(
                name + " " + UUID.randomUUID(),
                CampaignJourney.RESIDENT_FEEDBACK,
                null,
                null,
                people,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)));
    }

    private static String tokenOf(CampaignSummary campaign) {
        return campaign.link().substring(campaign.link().lastIndexOf('/') + 1);
    }

    private Long startedCount(long id) {
        return jdbc.queryForObject("select journeys_started from campaign where id = ?", Long.class, id);
    }

    private Long campaignOf(String referenceCode) {
        return jdbc.queryForObject(
                "select campaign_id from feedback where reference_code = ?", Long.class, referenceCode);
    }

    /** Base64url: a 43-character signature's last character carries 4 bits; the other 2 are unused. */
    private static final class Base64Alphabet {
        private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        static char withUnusedBitsSet(char last) {
            return LETTERS.charAt(LETTERS.indexOf(last) | 0b11);
        }
    }
}
