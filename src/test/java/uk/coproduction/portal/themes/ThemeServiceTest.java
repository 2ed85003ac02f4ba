package uk.coproduction.portal.themes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators keep the themes; commissioners tag with them, one item or many, helped by suggestions. */
@PortalTest
class ThemeServiceTest {

    static final String ADMIN = "test.themes.admin";

    @Autowired
    ThemeService themes;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;
    /** Who tagged an item is kept with the tag but shown on no screen: read where it is kept. */
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Ash Admin", null, Set.of(Roles.ADMIN));
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerTagsAnItemAndRemovesTheTagAgain() {
        long id = idOf(submit(Team.CHILDRENS, "The bus never came"));
        ThemeSummary access = named("Access and getting there");

        assertThat(themes.tag(id, access.id()))
                .extracting(ThemeSummary::name)
                .containsExactly("Access and getting there");
        assertThat(jdbc.queryForObject("select tagged_by from feedback_theme where feedback_id = ?", String.class, id))
                .isEqualTo(TestAccounts.CHILDRENS_COMMISSIONER);
        assertThat(themes.tag(id, access.id())).hasSize(1);

        assertThat(themes.untag(id, access.id())).isEmpty();
        assertThat(themes.themesOf(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerBulkTagsSeveralItemsAndIsToldHowManyWereTagged() {
        long first = idOf(submit(Team.CHILDRENS, "one"));
        long second = idOf(submit(Team.CHILDRENS, "two"));
        long third = idOf(submit(Team.CHILDRENS, "three"));
        ThemeSummary staff = named("Staff and continuity");
        themes.tag(third, staff.id());

        BulkTagResult result = themes.tagAll(List.of(first, second, third), staff.id());

        assertThat(result).isEqualTo(new BulkTagResult(2, 1));
        assertThat(List.of(first, second, third))
                .allSatisfy(id -> assertThat(themes.themesOf(id))
                        .extracting(ThemeSummary::id)
                        .containsExactly(staff.id()));
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void bulkTaggingAnotherTeamsItemTagsNothing() {
        long mine = idOf(submit(Team.CHILDRENS, "mine"));
        long theirs = idOf(submit(Team.LDA, "theirs"));
        ThemeSummary fun = named("Activities and fun");

        assertThatThrownBy(() -> themes.tagAll(List.of(mine, theirs), fun.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(themes.themesOf(mine)).isEmpty();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void themesWhoseKeywordsStartWordsThePersonWroteAreSuggested() {
        long id = idOf(submit(Team.CHILDRENS, "We WAITED for months. Nobody explained anything."));

        List<ThemeSuggestion> suggestions = themes.suggestions(id);

        assertThat(suggestions)
                .extracting(s -> s.theme().name())
                .contains("Waiting times", "Communication")
                .doesNotContain("Activities and fun");
        assertThat(suggestions)
                .filteredOn(s -> s.theme().name().equals("Waiting times"))
                .extracting(ThemeSuggestion::matchedWord)
                .containsExactly("WAITED");
        themes.tag(id, named("Waiting times").id());
        assertThat(themes.suggestions(id)).extracting(s -> s.theme().name()).doesNotContain("Waiting times");
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aKeywordInsideAWordIsNotASuggestion() {
        long id = idOf(submit(Team.CHILDRENS, "I await news with unkind feelings"));

        assertThat(themes.suggestions(id))
                .extracting(s -> s.theme().name())
                .doesNotContain("Waiting times", "Respect and kindness");
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void administratorAddsRenamesChangesKeywordsAndDeactivatesATheme() {
        String name = "Theme " + UUID.randomUUID();

        ThemeSummary added = themes.addTheme("  " + name + " ", "school, , szkoła, School");
        assertThat(added.name()).isEqualTo(name);
        assertThat(added.keywords()).containsExactly("school", "szkoła");
        assertThat(added.active()).isTrue();

        ThemeSummary renamed = themes.updateTheme(added.id(), name + " renamed", "education");
        assertThat(renamed.name()).isEqualTo(name + " renamed");
        assertThat(renamed.keywords()).containsExactly("education");

        assertThat(themes.setActive(added.id(), false).active()).isFalse();
        assertThat(themes.activeThemes()).extracting(ThemeSummary::id).doesNotContain(added.id());
        assertThat(themes.allThemes()).extracting(ThemeSummary::id).contains(added.id());
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void emptyAndDuplicateThemeNamesAreRefused() {
        assertThatThrownBy(() -> themes.addTheme("   ", "x"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new InvalidInputException.Problem(
                                        "name", "workspace.themes.error.name-required")));
        assertThatThrownBy(() -> themes.addTheme("waiting TIMES", ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.themes.error.name-taken"));
        ThemeSummary communication = named("Communication");
        assertThatThrownBy(() -> themes.updateTheme(communication.id(), "Waiting times", ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.themes.error.name-taken"));
        assertThat(themes.updateTheme(communication.id(), "communication", communication.keywordText())
                        .name())
                .isEqualTo("communication");
        themes.updateTheme(communication.id(), "Communication", communication.keywordText());
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerCannotChangeTheListAndCannotTagWithADeactivatedTheme() {
        assertThatThrownBy(() -> themes.addTheme("Mine", "")).isInstanceOf(AccessDeniedException.class);
        String name = "Old theme " + UUID.randomUUID();
        long oldTheme = SignedIn.as(TestAccounts.ADMIN, Roles.ADMIN, () -> {
            long added = themes.addTheme(name, "").id();
            return themes.setActive(added, false).id();
        });
        long id = idOf(submit(Team.CHILDRENS, "words"));

        assertThatThrownBy(() -> themes.tag(id, oldTheme))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey())
                                .isEqualTo("workspace.themes.error.inactive"));
    }

    private ThemeSummary named(String name) {
        return themes.activeThemes().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private String submit(Team team, String words) {
        return submissions
                .submit(fixtures.youngPersonAbout(fixtures.serviceOf(team), words))
                .referenceCode();
    }

    private long idOf(String code) {
        return fixtures.idOf(code);
    }
}
