package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.charter.CharterService;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.FeedbackDetailView;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people and staff see: the item page shows words wherever they were written, the queue keeps possible
 * concerns apart, and "I don't feel safe" says honestly when it will be read and what to do right now.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class DisclosureViewsTest extends SpringBrowserlessTest {

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    CharterService charter;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theItemPageShowsWordsWrittenUnderAQuestionAndNeverSaysTheyWroteNothing() {
        var question = charter.expectations().getFirst();
        long id = idOf(submit(null, Map.of(question.id(), "The room was too noisy and nobody noticed"), null));

        navigate(FeedbackDetailView.class, Map.of("id", String.valueOf(id)));

        assertThat(find(Paragraph.class).withClassName("their-words").all())
                .extracting(Paragraph::getText)
                .contains("The room was too noisy and nobody noticed");
        assertThat(find(H3.class).all()).extracting(H3::getText).anyMatch(t -> t.startsWith("Under \u201c"));
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .doesNotContain("They did not write anything.");
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void possibleConcernsAreListedApartForReview() {
        String disclosure = submit("My stepdad hits me", Map.of(), null);
        String possible = submit("Nobody hits me at the club any more", Map.of(), null);

        navigate(SafeguardingQueueView.class);

        assertThat(find(H2.class).withText("Possible concerns to review").exists())
                .isTrue();
        UnorderedList concerns =
                find(UnorderedList.class).withClassName("safeguarding-queue").single();
        UnorderedList toReview =
                find(UnorderedList.class).withClassName("possible-concerns").single();
        assertThat(concerns.getElement().getTextRecursively())
                .contains(disclosure)
                .doesNotContain(possible);
        assertThat(toReview.getElement().getTextRecursively())
                .contains(possible)
                .doesNotContain(disclosure);
    }

    @Test
    void iDontFeelSafeSaysWhenItWillBeReadAndWhoToCallNowInEveryLanguage() {
        navigate(SafetyView.class);
        assertThat(text("safety-when"))
                .contains("a safeguarding lead is alerted straight away")
                .contains("within 1 hour, at any time of day or night, any day of the week");
        assertThat(text("safety-now"))
                .contains("999")
                .contains("Childline free on 0800 1111")
                .contains("Samaritans free on 116 123");

        UI.getCurrent().navigate("privacy");
        UI.getCurrent().setLocale(Languages.EASY_READ);
        navigate(SafetyView.class);
        assertThat(text("safety-when"))
                .contains("We tell a safeguarding lead straight away")
                .contains("within 1 hour")
                .contains("any time, day or night");
        assertThat(text("safety-now"))
                .contains("Call 999")
                .contains("0800 1111")
                .contains("116 123");

        UI.getCurrent().navigate("privacy");
        UI.getCurrent().setLocale(Languages.POLISH);
        navigate(SafetyView.class);
        assertThat(text("safety-when")).contains("w ciągu 1 godziny").contains("o każdej porze dnia i nocy");
        assertThat(text("safety-now")).contains("999").contains("0800 1111").contains("116 123");
    }

    @Test
    void iDontFeelSafeSaysCall999OnceInEveryLanguage() {
        for (Locale language : List.of(Locale.UK, Languages.EASY_READ, Languages.POLISH)) {
            UI.getCurrent().navigate("privacy");
            UI.getCurrent().setLocale(language);
            SafetyView page = navigate(SafetyView.class);
            String top = page.getElement().getTextRecursively();
            assertThat(top.split("999", -1).length - 1)
                    .as("times 999 is said in " + language + ": " + top)
                    .isEqualTo(1);
            assertThat(text("safety-now")).as(language.toString()).contains("999");
        }
    }

    private String text(String className) {
        return find(Paragraph.class).withClassName(className).first().getText();
    }

    private String submit(String comment, Map<Long, String> tellUsMore, String changeWanted) {
        return submissions
                .submit(fixtures.youngPersonTelling(comment, tellUsMore, changeWanted))
                .referenceCode();
    }

    private long idOf(String code) {
        return jdbc.queryForObject("select id from feedback where reference_code = ?", Long.class, code);
    }
}
