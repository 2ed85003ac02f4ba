package uk.coproduction.portal.yousaid.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.feedback.QuotePublishing;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.yousaid.LoopFixture;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone, without signing in, reads what changed for a service, in plain English or Easy Read. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class YouSaidWeDidViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoopFixture loop;

    @Autowired
    QuotePublishing quotes;

    @Autowired
    TestAccounts accounts;

    @Test
    void aParentOpensAServiceFromTheListAndSeesWhatChangedInPlainEnglishThenInEasyRead() {
        String code = serviceWithAPublishedChange();

        navigate(YouSaidWeDidListView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("You said, we did");
        test(find(RouterLink.class).withText("Loop view clubs " + code).single())
                .click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Loop view clubs " + code + ": you said, we did");
        assertThat(find(Paragraph.class)
                        .withText("Nobody has told us about this service yet.")
                        .exists())
                .isTrue();
        assertThat(texts())
                .anyMatch(t -> t.contains("The club now has a quiet room."))
                .noneMatch(t -> t.contains("A quiet room. You can rest there."))
                .noneMatch(t -> t.contains("Not published yet"));

        UI.getCurrent().setLocale(Languages.EASY_READ);
        navigate("you-said-we-did/" + code, YouSaidWeDidView.class);
        assertThat(texts())
                .anyMatch(t -> t.contains("A quiet room. You can rest there."))
                .noneMatch(t -> t.contains("The club now has a quiet room."));
    }

    @Test
    void anAdvocatesSummaryIsNeverShownUnderInYourWordsButAsWhatAnAdvocateToldUs() {
        accounts.ensureStandardAccounts();
        LoopFixture.LoopService clubs = loop.newChildrensService();
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(loop.send(clubs, "The club is too noisy for me"));
        }
        long own = sent.get(0);
        long summarised = sent.get(1);
        // What the advocacy intake stores when an advocate summarised what the person said (decision 0007).
        jdbc.update("update feedback set channel = 'ADVOCATE' where id = ?", summarised);
        jdbc.update(
                "insert into feedback_advocacy (feedback_id, advocate_id, consent, comment_source, read_back,"
                        + " recorded_at) values (?, (select id from staff_account where username = ?), 'OWN_VERBAL',"
                        + " 'ADVOCATE_SUMMARY', 'AGREED', now(6))",
                summarised,
                TestAccounts.ADVOCATE);
        quotes.publish(
                own,
                "The club is too noisy for me",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);
        quotes.publish(
                summarised,
                "He finds the club too noisy",
                TestAccounts.CHILDRENS_COMMISSIONER,
                TestAccounts.SECOND_CHILDRENS_COMMISSIONER);

        navigate("you-said-we-did/" + clubs.code(), YouSaidWeDidView.class);

        assertThat(quotesUnder("In your words")).containsExactly("The club is too noisy for me");
        assertThat(quotesUnder("What advocates told us")).containsExactly("He finds the club too noisy");
    }

    private List<String> quotesUnder(String heading) {
        return find(Section.class).all().stream()
                .filter(s -> s.getChildren()
                        .anyMatch(c -> c instanceof H2 h && h.getText().equals(heading)))
                .flatMap(s -> s.getElement().getChildren())
                .filter(e -> e.getTag().equals("blockquote"))
                .map(e -> e.getText())
                .toList();
    }

    @Test
    void anUnknownServiceSaysSoAndLinksBackToTheList() {
        navigate("you-said-we-did/NOPE", YouSaidWeDidView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("We could not find that service");
        assertThat(find(RouterLink.class).withText("All services").exists()).isTrue();
    }

    private List<String> texts() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }

    private String serviceWithAPublishedChange() {
        String code = "T_VIEW_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("""
                insert into commissioned_service (code, name, description, team, client_group, commissioner_id,
                    provider_id, cycle_stage, active)
                values (?, ?, 'Clubs for a view test', 'CHILDRENS', 'Children 5-11',
                    (select id from organisation where code = 'KCC'), (select id from organisation where code = 'KCHFT'),
                    'DO', TRUE)
                """, code, "Loop view clubs " + code);
        long service = jdbc.queryForObject("select id from commissioned_service where code = ?", Long.class, code);
        long action = jdbc.queryForObject("select min(id) from plan_action", Long.class);
        // Recorded and published through the workspace in YouSaidWeDidServiceTest; here only what the page shows.
        jdbc.update("""
                insert into plan_change (action_id, service_id, what_changed, easy_read, changed_on, done_by, published,
                    recorded_by, recorded_at)
                values (?, ?, 'The club now has a quiet room.', 'A quiet room. You can rest there.', CURRENT_DATE,
                    'Clubs team', TRUE, 'test', CURRENT_TIMESTAMP(6)),
                       (?, ?, 'Not published yet', NULL, CURRENT_DATE, 'Clubs team', FALSE, 'test', CURRENT_TIMESTAMP(6))
                """, action, service, action, service);
        return code;
    }
}
