package uk.coproduction.portal.safeguarding.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.Honeypot;
import uk.coproduction.portal.feedback.ContactRequest;
import uk.coproduction.portal.safeguarding.SafeguardingService;
import uk.coproduction.portal.safeguarding.SafetyMessages;
import uk.coproduction.portal.security.TestAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25, as people and a safeguarding lead see it: everyone who presses "Tell someone" gets a reference code and
 * the numbers to call, however many pressed it before them from the same address (before, the 11th and 12th were
 * turned away with "We have had a lot from your device"), and a lead sees a flood grouped and clears it at once.
 */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class SafetyNeverRefusedViewsTest extends SpringBrowserlessTest {

    private static final String WORDS = "What is happening? (you do not have to say)";

    @Autowired
    SafetyMessages messages;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SafeguardingService safeguarding;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
    }

    @Test
    void twelvePeopleOnOneAddressAllGetAReferenceCodeAndTheNumbersToCall() {
        List<String> codes = new ArrayList<>();
        for (int person = 1; person <= 12; person++) {
            String page = tellSomeone("Person " + person + " on the ward " + run, false);
            assertThat(page)
                    .as("person " + person)
                    .contains("Your reference code is")
                    .contains("999")
                    .contains("0800 1111")
                    .doesNotContainIgnoringCase("your device")
                    .doesNotContain("We have had a lot");
            codes.add(page.replaceAll("(?s).*Your reference code is ([A-Z0-9-]+)\\..*", "$1"));
        }
        assertThat(codes).doesNotHaveDuplicates().hasSize(12);
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where safeguarding_flag and reference_code in ("
                                + String.join(
                                        ",",
                                        codes.stream().map(c -> "'" + c + "'").toList()) + ")",
                        Integer.class))
                .isEqualTo(12);
    }

    @Test
    void aFilledHiddenFieldStillGetsACodeAndIsKeptForALeadToReview() {
        String page = tellSomeone("Hidden field filled " + run, true);

        assertThat(page).contains("Your reference code is");
        String code = page.replaceAll("(?s).*Your reference code is ([A-Z0-9-]+)\\..*", "$1");
        assertThat(jdbc.queryForObject(
                        "select a.possibly_automated from safety_arrival a join feedback f"
                                + " on f.id = a.feedback_id where f.reference_code = ? and f.safeguarding_flag",
                        Boolean.class,
                        code))
                .isTrue();
    }

    @Test
    @WithMockUser(username = TestAccounts.SAFEGUARDING_LEAD, roles = Roles.SAFEGUARDING_LEAD)
    void aLeadSeesAFloodGroupedAsOneBurstAndClearsItInOneActionWithAReason() {
        String address = "192.0.2.77-" + run;
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            codes.add(messages.tell(
                            UUID.randomUUID().toString(),
                            "Care home resident " + i + " " + run,
                            ContactRequest.NONE,
                            "en-GB",
                            address,
                            null,
                            false)
                    .referenceCode());
        }

        navigate(SafeguardingQueueView.class);

        Section burst = ourBurst(codes.getFirst());
        String text = burst.getElement().getTextRecursively();
        assertThat(text)
                .contains("Possible burst: 11 messages from one address between")
                .contains("The leads were e-mailed once about this burst")
                .contains("safeguarding.lead@example.org");
        codes.forEach(code -> assertThat(text).contains("Item " + code));
        UnorderedList mainList =
                find(UnorderedList.class).withClassName("safeguarding-queue").single();
        codes.forEach(code -> assertThat(mainList.getElement().getTextRecursively())
                .as("grouped, not listed one by one")
                .doesNotContain("Item " + code));

        Button clear = descendants(burst, Button.class).getFirst();
        assertThat(clear.getText()).isEqualTo("Clear this burst (11 messages)");
        test(clear).click();
        TextArea reason =
                descendants(ourBurst(codes.getFirst()), TextArea.class).getFirst();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why you are clearing this burst");

        test(reason).setValue("Residents' meeting about feeling safe; every message read");
        String before = find(SafeguardingAlert.class).first().getText();
        test(descendants(ourBurst(codes.getFirst()), Button.class).getFirst()).click();

        assertThat(find(Paragraph.class).withClassName("burst-status").single().getText())
                .startsWith("Burst cleared. 11 cleared; 0 read as a disclosure");
        String clearedText = find(UnorderedList.class)
                .withClassName("cleared-bursts")
                .single()
                .getElement()
                .getTextRecursively();
        assertThat(clearedText)
                .contains("Reason: Residents' meeting about feeling safe; every message read. 11 cleared")
                .contains(TestAccounts.SAFEGUARDING_LEAD);
        codes.forEach(code -> assertThat(clearedText).as("still listed").contains("Item " + code));
        // The count in the header says what is true now, without reloading the page.
        String now = new SafeguardingAlert(safeguarding).getText();
        assertThat(now).isNotEqualTo(before);
        assertThat(find(SafeguardingAlert.class).all())
                .isNotEmpty()
                .allSatisfy(alert -> assertThat(alert.getText()).isEqualTo(now));
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback where safeguarding_flag and reference_code in ("
                                + String.join(
                                        ",",
                                        codes.stream().map(c -> "'" + c + "'").toList()) + ")",
                        Integer.class))
                .as("clearing deletes nothing")
                .isEqualTo(11);
    }

    /** Fills the safety page as a person would and presses "Tell someone"; returns the page's text after. */
    private String tellSomeone(String words, boolean hiddenFieldFilled) {
        UI.getCurrent().navigate("privacy");
        SafetyView page = navigate(SafetyView.class);
        test(find(TextArea.class).withLabel(WORDS).single()).setValue(words);
        if (hiddenFieldFilled) {
            find(Honeypot.class).single().getElement().getChild(0).setProperty("value", "http://example.com");
        }
        test(find(Button.class).withText("Tell someone").single()).click();
        return page.getElement().getTextRecursively();
    }

    private Section ourBurst(String code) {
        return find(Section.class).withClassName("safety-burst").all().stream()
                .filter(s -> s.getElement().getTextRecursively().contains("Item " + code))
                .findFirst()
                .orElseThrow();
    }

    private static <T extends Component> List<T> descendants(Component root, Class<T> type) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> descendants(c, Component.class).stream()))
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
