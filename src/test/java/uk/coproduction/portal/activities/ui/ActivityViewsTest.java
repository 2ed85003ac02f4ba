package uk.coproduction.portal.activities.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.activities.ActivityFixtures;
import uk.coproduction.portal.activities.ActivityService;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.ServiceView;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class ActivityViewsTest extends SpringBrowserlessTest {

    @Autowired
    ActivityService activities;

    @Autowired
    ActivityFixtures fixtures;

    @Autowired
    FeedbackFixtures feedbackFixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void commissionerRecordsAnActivityAndLandsOnItsPage() {
        navigate(NewActivityView.class);
        assertThat(find(FieldSet.class).all())
                .extracting(FieldSet::getLegendText)
                .containsExactly("Who took part", "How it was run");
        var countsLegend = find(FieldSet.class).first().getLegend();
        assertThat(countsLegend.getParent().orElseThrow().getChildren().findFirst())
                .contains(countsLegend);

        test(find(TextField.class).withLabel("Title").single()).setValue("Portage parents' evening");
        test(radio("Kind of activity")).selectItem("Workshop");
        test(find(DatePicker.class).withLabel("Date").single())
                .setValue(LocalDate.now().minusDays(2));
        mainService().selectItem("Portage (home learning for young disabled children)");
        test(radio("Commissioning cycle stage it informs")).selectItem("Review");
        test(count("A parent or carer, Age not recorded: number of people")).setValue(9);
        test(find(Checkbox.class).withLabel("Accessible venue").single()).click();
        test(find(Button.class).withText("Record the activity").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ActivityView.class);
        assertThat(find(H1.class).withText("Portage parents' evening").exists()).isTrue();
        assertThat(description("Stage it informs")).isEqualTo("Review");
        assertThat(description("People who took part")).isEqualTo("9");
        assertThat(find(ListItem.class).withText("A parent or carer: 9").exists())
                .isTrue();
        assertThat(find(ListItem.class).withText("Accessible venue: yes").exists())
                .isTrue();
        assertThat(find(ListItem.class).withText("Accessible materials: no").exists())
                .isTrue();
    }

    @Test
    void anActivityWithMistakesIsNotRecordedAndEverythingTypedIsKept() {
        navigate(NewActivityView.class);
        test(find(TextField.class).withLabel("Title").single()).setValue("Board meeting");
        test(count("A child or young person, 11 to 15: number of people")).setValue(4);
        test(find(TextArea.class)
                        .withLabel("Anything else about how it was run")
                        .single())
                .setValue("Easy Read agenda");

        test(find(Button.class).withText("Record the activity").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewActivityView.class);
        assertThat(find(Button.class)
                        .withText("Choose what kind of activity it was")
                        .exists())
                .isTrue();
        assertThat(find(Button.class)
                        .withText("Enter the date of the activity, for example 14/3/2026")
                        .exists())
                .isTrue();
        assertThat(find(Button.class)
                        .withText("Choose the main service the activity concerns")
                        .exists())
                .isTrue();
        assertThat(radio("Kind of activity").isInvalid()).isTrue();
        assertThat(find(TextField.class).withLabel("Title").single().getValue()).isEqualTo("Board meeting");
        assertThat(count("A child or young person, 11 to 15: number of people").getValue())
                .isEqualTo(4);
        assertThat(find(TextArea.class)
                        .withLabel("Anything else about how it was run")
                        .single()
                        .getValue())
                .isEqualTo("Easy Read agenda");
    }

    @Test
    void quickEntryNamesABadRowSavesNothingUntilItIsPutRightAndKeepsEveryAnswer() {
        long id = activities.record(fixtures.schoolSessionAbout(
                feedbackFixtures.serviceNamed("Speech and Language Therapy"), "Speech therapy drop-in"));
        navigate(ActivityView.class, Map.of("id", String.valueOf(id)));

        // The first person's group is forgotten; the next two are chosen.
        answerEverything(1, "5", "4", "3", "n", "1", "2");
        test(find(Button.class).withText("Add a person").single()).click();
        test(select("Person 2: group")).selectItem("A child or young person");
        test(select("Person 2: age band")).selectItem("11 to 15");
        answerEverything(2, "4", "4", "4", "4", "4", "4");
        test(answer(2, "words")).setValue("The therapist was kind");
        test(find(Button.class).withText("Add a person").single()).click();
        assertThat(String.valueOf(select("Person 3: group").getValue()))
                .as("the next person starts in the same group")
                .isEqualTo("YOUNG_PERSON");
        assertThat(String.valueOf(select("Person 3: age band").getValue())).isEqualTo("AGE_11_15");
        answerEverything(3, "2", "", "", "", "", "3");

        test(find(Button.class).withText("Save all").single()).click();

        assertThat(find(Button.class)
                        .withText("Person 1: Choose the person's group")
                        .exists())
                .isTrue();
        assertThat(select("Person 1: group").isInvalid()).isTrue();
        assertThat(entered(id)).isZero();
        assertThat(answer(1, "1. Respect us & be kind").getValue()).isEqualTo("5");
        assertThat(answer(3, "6. Let us lead and make decisions").getValue()).isEqualTo("3");
        assertThat(answer(2, "words").getValue()).isEqualTo("The therapist was kind");

        test(select("Person 1: group")).selectItem("A parent or carer");
        test(find(Button.class).withText("Save all").single()).click();

        assertThat(entered(id)).isEqualTo(3);
        assertThat(jdbc.queryForList("""
                select r.answer from feedback_rating r join activity_feedback af on af.feedback_id = r.feedback_id
                join feedback f on f.id = r.feedback_id
                where af.activity_id = ? and f.respondent_group = 'PARENT_CARER' order by r.answer
                """, String.class, id))
                .containsExactlyInAnyOrder("VERY_GOOD", "GOOD", "OK", "NOT_SURE", "VERY_BAD", "BAD");
        assertThat(jdbc.queryForList("""
                select r.answer from feedback_rating r join activity_feedback af on af.feedback_id = r.feedback_id
                join feedback f on f.id = r.feedback_id where af.activity_id = ? and f.comment is null
                    and f.respondent_group = 'YOUNG_PERSON'
                """, String.class, id)).containsExactlyInAnyOrder("BAD", "OK");
        assertThat(find(Paragraph.class)
                        .withText("Answers of 3 people entered.")
                        .exists())
                .isTrue();
        // Each person's reference code opens their item page, found by its route: the page is workspace's, above
        // activities.
        assertThat(find(RouterLink.class).all().stream()
                        .map(RouterLink::getHref)
                        .filter(href -> href.startsWith("staff/feedback/"))
                        .toList())
                .containsExactlyElementsOf(jdbc
                        .queryForList(
                                "select feedback_id from activity_feedback"
                                        + " where activity_id = ? order by feedback_id",
                                Long.class,
                                id)
                        .stream()
                        .map(feedback -> "staff/feedback/" + feedback)
                        .toList());
        assertThat(select("Person 1: group").getValue())
                .as("a fresh row after saving")
                .isNull();
    }

    @Test
    void theLundyCheckAndWhatChangedAreRecordedOnTheActivityPage() {
        long id = activities.record(
                fixtures.schoolSessionAbout(feedbackFixtures.serviceNamed("Occupational Therapy"), "OT family day"));
        navigate(ActivityView.class, Map.of("id", String.valueOf(id)));

        test(radio("Space")).selectItem("Yes");
        test(radio("Voice")).selectItem("Partly");
        test(find(Button.class).withText("Save the Lundy check").single()).click();
        assertThat(find(Button.class)
                        .withText("Answer yes, partly or no for audience")
                        .exists())
                .isTrue();
        assertThat(String.valueOf(radio("Space").getValue())).isEqualTo("YES");

        test(radio("Audience")).selectItem("Yes");
        test(radio("Influence")).selectItem("No");
        test(find(TextField.class).withLabel("Note on Influence").single()).setValue("Nothing changed yet");
        test(find(Button.class).withText("Save the Lundy check").single()).click();
        assertThat(description("Lundy check")).isEqualTo("Space: yes, voice: partly, audience: yes, influence: no");

        test(find(TextArea.class).withLabel("What changed as a result").single())
                .setValue("Appointments now offered after school.");
        test(find(DatePicker.class).withLabel("When it changed").single())
                .setValue(LocalDate.now().minusDays(1));
        test(find(Button.class).withText("Save what changed").single()).click();
        assertThat(description("What changed as a result")).endsWith(": Appointments now offered after school.");
    }

    @Test
    void theServicePageListsTheActivitiesConcerningItAndLinksToThem() {
        long id = activities.record(fixtures.schoolSessionAbout(
                feedbackFixtures.serviceNamed("Short Breaks holiday clubs"), "Holiday club voice session"));

        navigate(ServiceView.class, Map.of("code", "SHORT_BREAKS"));

        RouterLink link =
                find(RouterLink.class).withText("Holiday club voice session").single();
        assertThat(link.getHref()).isEqualTo("staff/activities/" + id);
        assertThat(find(Paragraph.class)
                        .withText("School or club session, informs Review, 15 people. Lundy check: Not checked yet")
                        .exists())
                .isTrue();
    }

    @Test
    @WithMockUser(username = TestAccounts.LDA_COMMISSIONER, roles = Roles.COMMISSIONER)
    void anotherTeamsActivityLooksExactlyLikeOneThatDoesNotExist() {
        accounts.ensureStandardAccounts();
        long id = jdbc.queryForObject("""
                select coalesce(max(a.id), 0) from activity a join commissioned_service s on s.id = a.service_id
                where s.team = 'CHILDRENS'
                """, Long.class);
        UI.getCurrent().navigate("staff/activities/" + (id == 0 ? 999_999_999 : id));
        assertThat(getCurrentView()).isNotInstanceOf(ActivityView.class);
        UI.getCurrent().navigate("staff/activities/999999999");
        assertThat(getCurrentView()).isNotInstanceOf(ActivityView.class);
    }

    private void answerEverything(int person, String... keys) {
        String[] questions = {
            "1. Respect us & be kind",
            "2. Include and accept us",
            "3. Listen, understand and act upon what we say",
            "4. Be honest and trust each other",
            "5. Support us to grow and learn from our experiences",
            "6. Let us lead and make decisions"
        };
        for (int i = 0; i < keys.length; i++) {
            test(answer(person, questions[i])).setValue(keys[i]);
        }
    }

    private TextField answer(int person, String question) {
        return find(TextField.class)
                .withAriaLabel(
                        "words".equals(question)
                                ? "Person " + person + ": their words"
                                : "Person " + person + ": " + question)
                .single();
    }

    private long entered(long activityId) {
        return jdbc.queryForObject(
                "select count(*) from activity_feedback where activity_id = ?", Long.class, activityId);
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radio(String label) {
        return find(RadioButtonGroup.class).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String ariaLabel) {
        return find(Select.class).withAriaLabel(ariaLabel).single();
    }

    private IntegerField count(String ariaLabel) {
        return find(IntegerField.class).withAriaLabel(ariaLabel).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBoxTester<ComboBox<Object>, Object> mainService() {
        return test((ComboBox<Object>)
                find(ComboBox.class).withLabel("Main service").single());
    }

    private String description(String term) {
        var terms = find(DescriptionList.Term.class).withText(term).all();
        assertThat(terms).as("term %s", term).hasSize(1);
        DescriptionList list = (DescriptionList) terms.getFirst().getParent().orElseThrow();
        var children = list.getChildren().toList();
        return ((DescriptionList.Description) children.get(children.indexOf(terms.getFirst()) + 1)).getText();
    }
}
