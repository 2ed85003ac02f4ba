package uk.coproduction.portal.advocacy;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackStatus;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.feedback.FeedbackTriageService;
import uk.coproduction.portal.feedback.RatingAnswer;
import uk.coproduction.portal.feedback.Wording;
import uk.coproduction.portal.reporting.Figures;
import uk.coproduction.portal.reporting.HeadlineFigures;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class AdvocacyServiceTest {

    private static final String OT = "Occupational Therapy";

    @Autowired
    AdvocacyService advocacy;

    @Autowired
    AdvocacyEvidence evidence;

    @Autowired
    FeedbackTriageService triage;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    HeadlineFigures figures;

    @Autowired
    AdvocacyFixtures fixtures;

    @Autowired
    FeedbackFixtures feedbackFixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        fixtures.ensureAdvocates();
    }

    @Test
    @WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
    void advocateRecordsVerbalConsentAndSubmitsForAResident() {
        OnBehalfSubmission submission = fixtures.verbalConsentAbout(OT, "I like Sam. Sam is kind.");

        ReadBackSummary summary = advocacy.readBack(submission);
        assertThat(summary.serviceName()).isEqualTo(OT);
        assertThat(summary.answers())
                .extracting(ReadBackSummary.Answer::position, ReadBackSummary.Answer::answer)
                .containsExactly(Tuple.tuple(1, RatingAnswer.GOOD), Tuple.tuple(2, RatingAnswer.BAD));
        assertThat(summary.advocateName()).isEqualTo("Jo Test-Advocate");
        assertThat(summary.organisationName()).isEqualTo("Kent self-advocacy network");
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where submission_key = ?",
                        Integer.class,
                        submission.submissionKey()))
                .as("reading back stores nothing")
                .isZero();

        String code = advocacy.submit(submission).referenceCode();
        String again = advocacy.submit(submission).referenceCode();

        assertThat(again).as("a double click sends it once").isEqualTo(code);
        Map<String, Object> stored = jdbc.queryForMap("""
                select f.channel, f.respondent_group, f.age_band, f.wording, f.comment, f.change_wanted, f.reply_method,
                    f.contact_advocate, f.reply_by, a.consent, a.best_interests_by, a.comment_source, a.change_source,
                    a.read_back, s.username, o.code as organisation
                from feedback f join feedback_advocacy a on a.feedback_id = f.id
                join staff_account s on s.id = a.advocate_id join organisation o on o.id = a.organisation_id
                where f.reference_code = ?""", code);
        assertThat(stored)
                .containsEntry("channel", "ADVOCATE")
                .containsEntry("respondent_group", "LDA_ADULT")
                .containsEntry("age_band", "AGE_19_25")
                .containsEntry("wording", "EASY_READ")
                .containsEntry("comment", "I like Sam. Sam is kind.")
                .containsEntry("change_wanted", "See me at home, not at the clinic.")
                .containsEntry("reply_method", "ADVOCATE")
                .containsEntry("contact_advocate", "Jo Test-Advocate, Kent self-advocacy network")
                .containsEntry("consent", "OWN_VERBAL")
                .containsEntry("best_interests_by", null)
                .containsEntry("comment_source", "OWN_WORDS")
                .containsEntry("change_source", "ADVOCATE_SUMMARY")
                .containsEntry("read_back", "AGREED")
                .containsEntry("username", AdvocacyFixtures.JO)
                .containsEntry("organisation", "KENT_SELF_ADVOCACY");
        assertThat(stored.get("reply_by"))
                .as("a reply-by date like any feedback")
                .isNotNull();
        assertThat(jdbc.queryForList("""
                select g.method from feedback_advocacy_gathering g join feedback f on f.id = g.feedback_id
                where f.reference_code = ? order by g.method""", String.class, code)).containsExactly("CONVERSATION", "PICTURES");
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_rating r join feedback f on f.id = r.feedback_id"
                                + " where f.reference_code = ?",
                        Integer.class,
                        code))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select c.changed_by from feedback_status_change c join feedback f"
                                + " on f.id = c.feedback_id where f.reference_code = ?",
                        String.class,
                        code))
                .containsExactly(AdvocacyFixtures.JO);
    }

    @Test
    @WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
    void bestInterestsDecisionRequiresWhoMadeIt() {
        OnBehalfSubmission withoutWho = bestInterests(null);

        assertThatThrownBy(() -> advocacy.readBack(withoutWho))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(new InvalidInputException.Problem(
                        "bestInterestsBy", "advocacy.error.best-interests-by-required"));
        assertThatThrownBy(() -> advocacy.submit(bestInterests("   "))).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where submission_key = ?",
                        Integer.class,
                        withoutWho.submissionKey()))
                .isZero();

        String code = advocacy.submit(bestInterests("Sam Patel, social worker")).referenceCode();

        assertThat(jdbc.queryForObject(
                        "select a.best_interests_by from feedback_advocacy a join feedback f"
                                + " on f.id = a.feedback_id where f.reference_code = ?",
                        String.class,
                        code))
                .isEqualTo("Sam Patel, social worker");
    }

    @Test
    @WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
    void ageConsentHowTheViewsWereGatheredWhoseWordsAndTheReadBackAreAllRequired() {
        OnBehalfSubmission incomplete = new OnBehalfSubmission(
                UUID.randomUUID().toString(),
                null,
                null,
                null,
                null,
                Wording.EASY_READ,
                Map.of(),
                "Their words",
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                Set.of(),
                null);

        assertThatThrownBy(() -> advocacy.submit(incomplete))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e)
                        .problems().stream()
                                .map(InvalidInputException.Problem::field)
                                .toList())
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder(
                        "personsAge", "service", "respondentGroup", "consent", "gathered", "commentSource", "readBack");
        assertThatThrownBy(() -> advocacy.readBack(incomplete))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e)
                        .problems().stream()
                                .map(InvalidInputException.Problem::field)
                                .toList())
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .as("the read-back answer is asked for only when sending")
                .doesNotContain("readBack");
    }

    @Test
    @WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
    void advocateSeesTheReplyInTheirCaseload() {
        String code = advocacy.submit(fixtures.verbalConsentAbout(OT, "The exercises hurt."))
                .referenceCode();
        long id = idOf(code);
        CaseloadItem sent = advocacy.caseload().getFirst();
        assertThat(sent.referenceCode()).as("newest first").isEqualTo(code);
        assertThat(sent.status()).isEqualTo(FeedbackStatus.NEW);
        assertThat(sent.hasReply()).isFalse();

        // Occupational Therapy is not jointly commissioned: the reply is sent at once.
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        triage.reply(
                id,
                "Thank you. The therapist will change the exercises so they do not hurt.",
                "Thank you for telling us. The exercises will change. They should not hurt.");
        SignedIn.as(AdvocacyFixtures.JO, Roles.ADVOCATE);

        CaseloadItem replied = advocacy.caseload().stream()
                .filter(i -> i.feedbackId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(replied.status()).isEqualTo(FeedbackStatus.REPLIED);
        assertThat(replied.replies())
                .extracting(CaseloadItem.Reply::easyRead)
                .containsExactly("Thank you for telling us. The exercises will change. They should not hurt.");
        assertThat(advocacy.caseItem(id)).contains(replied);
    }

    @Test
    @WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
    void anotherAdvocateCannotSeeIt() {
        String code = advocacy.submit(fixtures.verbalConsentAbout(OT, "Only Jo sent this."))
                .referenceCode();
        long id = idOf(code);

        SignedIn.as(AdvocacyFixtures.ROBIN, Roles.ADVOCATE);

        assertThat(advocacy.caseload()).extracting(CaseloadItem::referenceCode).doesNotContain(code);
        assertThat(advocacy.caseItem(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
    void somethingFlaggedForSafeguardingLeavesTheCaseload() {
        String code = advocacy.submit(fixtures.verbalConsentAbout(OT, "Something worrying."))
                .referenceCode();
        long id = idOf(code);
        jdbc.update("update feedback set safeguarding_flag = true where id = ?", id);

        assertThat(advocacy.caseload()).extracting(CaseloadItem::referenceCode).doesNotContain(code);
        assertThat(advocacy.caseItem(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = AdvocacyFixtures.JO, roles = Roles.ADVOCATE)
    void commissionersSeeHowItCameThroughAnAdvocateAndCountItApart() {
        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        long ot = fixtures.serviceId(OT);
        Map<Channel, Figures> before = figures.forServiceByChannel(ot);

        SignedIn.as(AdvocacyFixtures.JO, Roles.ADVOCATE);
        long id =
                idOf(advocacy.submit(bestInterests("Sam Patel, social worker")).referenceCode());
        submissions.submit(feedbackFixtures.youngPersonAbout(feedbackFixtures.serviceNamed(OT), "I sent this myself"));

        SignedIn.as(TestAccounts.CHILDRENS_COMMISSIONER, Roles.COMMISSIONER);
        AdvocacyDetails details = evidence.forFeedback(id).orElseThrow();
        assertThat(details.advocateName()).isEqualTo("Jo Test-Advocate");
        assertThat(details.organisationName()).isEqualTo("Kent self-advocacy network");
        assertThat(details.consent()).isEqualTo(ConsentBasis.BEST_INTERESTS);
        assertThat(details.bestInterestsBy()).isEqualTo("Sam Patel, social worker");
        assertThat(details.commentSource()).isEqualTo(WordsSource.ADVOCATE_SUMMARY);
        assertThat(details.changeSource()).isNull();
        assertThat(details.gathered()).containsExactly(GatheringMethod.OBSERVATION);
        assertThat(details.readBack()).isEqualTo(ReadBack.NOT_READ_BACK);

        Map<Channel, Figures> after = figures.forServiceByChannel(ot);
        assertThat(items(after, Channel.ADVOCATE)).isEqualTo(items(before, Channel.ADVOCATE) + 1);
        assertThat(items(after, Channel.ONLINE)).isEqualTo(items(before, Channel.ONLINE) + 1);
        assertThat(after.values().stream().mapToLong(Figures::items).sum())
                .as("the split adds up to the service's own figure")
                .isEqualTo(figures.forService(ot).items());

        long online = idOf(jdbc.queryForObject(
                "select reference_code from feedback where comment = 'I sent this myself'"
                        + " order by id desc limit 1",
                String.class));
        assertThat(evidence.forFeedback(online))
                .as("first-hand feedback has no advocate")
                .isEmpty();

        SignedIn.as(TestAccounts.LDA_COMMISSIONER, Roles.COMMISSIONER);
        assertThatThrownBy(() -> evidence.forFeedback(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void onlyAdvocatesSendOnSomeonesBehalf() {
        assertThatThrownBy(() -> advocacy.submit(fixtures.verbalConsentAbout(OT, "Not mine to send")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> advocacy.caseload()).isInstanceOf(AccessDeniedException.class);
    }

    /** Someone who cannot decide about sharing: their advocate's summary of what they observed. */
    private OnBehalfSubmission bestInterests(String who) {
        return new OnBehalfSubmission(
                UUID.randomUUID().toString(),
                fixtures.serviceId(OT),
                null,
                RespondentGroup.YOUNG_PERSON,
                PersonsAge.UNDER_11,
                Wording.EASY_READ,
                fixtures.firstQuestionsAnswered(RatingAnswer.VERY_GOOD),
                "Smiles when the therapist arrives.",
                WordsSource.ADVOCATE_SUMMARY,
                null,
                null,
                ConsentBasis.BEST_INTERESTS,
                who,
                false,
                false,
                Set.of(GatheringMethod.OBSERVATION),
                ReadBack.NOT_READ_BACK);
    }

    private static long items(Map<Channel, Figures> byChannel, Channel channel) {
        return byChannel.getOrDefault(channel, Figures.NONE).items();
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }
}
