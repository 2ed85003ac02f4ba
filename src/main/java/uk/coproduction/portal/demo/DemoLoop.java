package uk.coproduction.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.ModerationService;
import uk.coproduction.portal.plans.ChangeService;
import uk.coproduction.portal.plans.ChangeSummary;
import uk.coproduction.portal.plans.NewChange;
import uk.coproduction.portal.themes.ThemeService;
import uk.coproduction.portal.themes.ThemeSuggestion;
import uk.coproduction.portal.workspace.FeedbackLinkService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Closes the loop on part of the demo feedback, through the workspace's own services (signed in as the demo
 * commissioners): themes from the keyword suggestions, a few moderated quotes, and for three services feedback
 * linked to a plan action with a change recorded and published, so "You said, we did" has something to show.
 */
@Component
@Profile("demo")
class DemoLoop {

    /**
     * A change that some of the demo feedback led to. {@code words} picks the feedback that asked for it.
     * {@code quoteApprover} is the second commissioner who publishes the quote the first one proposed (decision
     * 0021), or null to leave it waiting for approval, as a demo of that step.
     */
    private record Story(
            String team,
            String commissioner,
            String service,
            String plan,
            String action,
            String words,
            String whatChanged,
            String easyRead,
            String doneBy,
            int monthsAgo,
            String quoteApprover) {}

    private static final List<Story> STORIES = List.of(
            new Story(
                    "CHILDRENS",
                    DemoAccounts.CHILDRENS_COMMISSIONER,
                    "SPEECH_LANGUAGE_THERAPY",
                    "JCDP_2020_21",
                    "3.1.1",
                    "%too loud%",
                    "Every clinic now has a quiet room, so children who find the waiting room too loud can wait there.",
                    "You said the waiting room was too loud. Now there is a quiet room.",
                    "KCHFT Speech and Language Therapy team",
                    3,
                    DemoAccounts.NHS_CHILDRENS_COMMISSIONER),
            new Story(
                    "CHILDRENS",
                    DemoAccounts.CHILDRENS_COMMISSIONER,
                    "SHORT_BREAKS",
                    "JCDP_2020_21",
                    "2.1.1",
                    "%choose%",
                    "Young people now choose the holiday club activities at a planning day every term.",
                    "You wanted to choose what you do. Now you choose at a planning day.",
                    "Short breaks commissioning team with the clubs",
                    2,
                    null),
            new Story(
                    "CHILDRENS",
                    DemoAccounts.CHILDRENS_COMMISSIONER,
                    "NEURODEVELOPMENTAL_PATHWAY",
                    "JCDP_2020_21",
                    "4.1.1",
                    "%waited%",
                    "Families waiting for an assessment now have a named contact and an update every month.",
                    "You waited with no news. Now you have a named person. They call you every month.",
                    "Neurodevelopmental pathway team",
                    1,
                    DemoAccounts.NHS_CHILDRENS_COMMISSIONER));

    private final JdbcClient jdbc;
    private final DemoReferences references;
    private final ThemeService themes;
    private final ModerationService moderation;
    private final FeedbackLinkService links;
    private final ChangeService changes;
    private final Clock clock;

    DemoLoop(
            JdbcClient jdbc,
            DemoReferences references,
            ThemeService themes,
            ModerationService moderation,
            FeedbackLinkService links,
            ChangeService changes,
            Clock clock) {
        this.jdbc = jdbc;
        this.references = references;
        this.themes = themes;
        this.moderation = moderation;
        this.links = links;
        this.changes = changes;
        this.clock = clock;
    }

    /** Returns how many changes were published. */
    int create() {
        // Each commissioner tags what is in their own scope (decision 0009); joint services only once.
        Set<Long> tagged = new HashSet<>();
        for (String commissioner : List.of(
                DemoAccounts.CHILDRENS_COMMISSIONER,
                DemoAccounts.NHS_CHILDRENS_COMMISSIONER,
                DemoAccounts.LDA_COMMISSIONER,
                DemoAccounts.KCC_LDA_COMMISSIONER)) {
            DemoSignIn.as(commissioner, Roles.COMMISSIONER, () -> tagFromSuggestions(tagged));
        }
        int published = 0;
        for (Story story : STORIES) {
            published += DemoSignIn.as(story.commissioner(), Roles.COMMISSIONER, () -> close(story));
            if (story.quoteApprover() != null) {
                DemoSignIn.as(story.quoteApprover(), Roles.COMMISSIONER, () -> approveQuote(story));
            }
        }
        return published;
    }

    private int tagFromSuggestions(Set<Long> alreadyTagged) {
        int tags = 0;
        for (long feedbackId : feedbackInScope()) {
            if (!alreadyTagged.add(feedbackId)) {
                continue;
            }
            for (ThemeSuggestion suggestion : themes.suggestions(feedbackId)) {
                themes.tag(feedbackId, suggestion.theme().id());
                tags++;
            }
        }
        return tags;
    }

    private int close(Story story) {
        long action = references.action(story.plan(), story.action());
        List<Long> behind = jdbc.sql("""
                        SELECT f.id FROM feedback f JOIN commissioned_service s ON s.id = f.service_id
                        WHERE s.code = :service AND f.safeguarding_flag = FALSE
                          AND (LOWER(f.comment) LIKE :words OR LOWER(f.change_wanted) LIKE :words)
                        ORDER BY f.submitted_at LIMIT 8
                        """)
                .param("service", story.service())
                .param("words", story.words())
                .query(Long.class)
                .list();
        if (behind.isEmpty()) {
            return 0;
        }
        for (long feedbackId : behind) {
            links.linkActions(feedbackId, Set.of(action));
        }
        String firstWords = jdbc.sql("SELECT comment FROM feedback WHERE id = :id")
                .param("id", behind.getFirst())
                .query(String.class)
                .single();
        moderation.proposeQuote(behind.getFirst(), firstWords);
        long serviceId = references.service(story.service());
        ChangeSummary change = changes.record(new NewChange(
                action,
                story.whatChanged(),
                null,
                LocalDate.now(clock).minusMonths(story.monthsAgo()),
                story.doneBy(),
                serviceId,
                new LinkedHashSet<>(behind)));
        changes.publish(change.id(), story.easyRead());
        return 1;
    }

    /** The second commissioner publishes the quote proposed for the story's service. */
    private int approveQuote(Story story) {
        List<Long> proposed = jdbc.sql("""
                        SELECT f.id FROM feedback f JOIN commissioned_service s ON s.id = f.service_id
                        WHERE s.code = :service AND f.quote_text IS NOT NULL AND f.quote_approved_at IS NULL
                        """)
                .param("service", story.service())
                .query(Long.class)
                .list();
        proposed.forEach(moderation::approveQuote);
        return proposed.size();
    }

    /** Feedback about the services the signed-in commissioner may link to, i.e. those in their scope. */
    private List<Long> feedbackInScope() {
        List<Long> services = links.serviceChoices().stream().map(s -> s.id()).toList();
        if (services.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT f.id FROM feedback f
                        WHERE f.service_id IN (:services) AND f.safeguarding_flag = FALSE ORDER BY f.id
                        """).param("services", services).query(Long.class).list();
    }
}
