package uk.coproduction.portal.themes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.feedback.Feedback;
import uk.coproduction.portal.feedback.FeedbackScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Themes: administrators keep the list (names and keywords); commissioners tag feedback with them, one item or
 * many at once, helped by suggestions from the keywords found in the person's words.
 */
@Service
public class ThemeService {

    static final int MAX_NAME = 100;
    static final int MAX_KEYWORDS = 2000;

    private final ThemeRepository themes;
    private final FeedbackThemeRepository tags;
    private final FeedbackScope scope;
    private final StaffDirectory staff;
    private final Clock clock;
    private final AuditLog audit;

    ThemeService(
            AuditLog audit,
            ThemeRepository themes,
            FeedbackThemeRepository tags,
            FeedbackScope scope,
            StaffDirectory staff,
            Clock clock) {
        this.audit = audit;
        this.themes = themes;
        this.tags = tags;
        this.scope = scope;
        this.staff = staff;
        this.clock = clock;
    }

    /** Every theme, in use or not, by name. */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ThemeSummary> allThemes() {
        return themes.findAllByOrderByNameAsc().stream().map(Theme::toSummary).toList();
    }

    /** The themes commissioners can tag with now. */
    @PreAuthorize(Access.COMMISSIONER_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ThemeSummary> activeThemes() {
        return themes.findAllByActiveTrueOrderByNameAsc().stream()
                .map(Theme::toSummary)
                .toList();
    }

    /**
     * @param keywords comma separated, any language
     * @throws InvalidInputException when the name is empty, too long or already used
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ThemeSummary addTheme(String name, String keywords) {
        String checkedName = checkName(name, "name");
        if (themes.existsByNameIgnoreCase(checkedName)) {
            throw InvalidInputException.of("name", "workspace.themes.error.name-taken");
        }
        audit.record("theme.added", "theme", null, checkedName);
        return themes.save(new Theme(checkedName, checkKeywords(keywords, "keywords")))
                .toSummary();
    }

    /** Renames a theme and replaces its keywords. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ThemeSummary updateTheme(long themeId, String name, String keywords) {
        Theme theme = theme(themeId);
        String checkedName = checkName(name, "editName");
        if (themes.existsByNameIgnoreCaseAndIdNot(checkedName, themeId)) {
            throw InvalidInputException.of("editName", "workspace.themes.error.name-taken");
        }
        theme.rename(checkedName);
        theme.changeKeywords(checkKeywords(keywords, "editKeywords"));
        audit.record("theme.changed", "theme", themeId, checkedName);
        return theme.toSummary();
    }

    /** A deactivated theme stays on the feedback already tagged with it, but nobody can tag with it any more. */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public ThemeSummary setActive(long themeId, boolean active) {
        Theme theme = theme(themeId);
        theme.setActive(active);
        audit.record(active ? "theme.activated" : "theme.deactivated", "theme", themeId, null);
        return theme.toSummary();
    }

    /** The themes on one item, by name. */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public List<ThemeSummary> themesOf(long feedbackId) {
        scope.require(feedbackId, staff.requireCurrentStaff());
        return taggedThemes(feedbackId).stream()
                .map(Theme::toSummary)
                .sorted(Comparator.comparing(ThemeSummary::name))
                .toList();
    }

    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public List<ThemeSummary> tag(long feedbackId, long themeId) {
        StaffIdentity me = staff.requireCurrentStaff();
        scope.require(feedbackId, me);
        Theme theme = activeTheme(themeId);
        FeedbackTheme.Key key = new FeedbackTheme.Key(feedbackId, theme.getId());
        if (!tags.existsById(key)) {
            tags.save(new FeedbackTheme(feedbackId, theme.getId(), me.username(), clock.instant()));
        }
        return themesOf(feedbackId);
    }

    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public List<ThemeSummary> untag(long feedbackId, long themeId) {
        scope.require(feedbackId, staff.requireCurrentStaff());
        tags.deleteById(new FeedbackTheme.Key(feedbackId, themeId));
        return themesOf(feedbackId);
    }

    /**
     * Tags every item with the theme. All or nothing: if one item is outside the commissioner's scope, none is
     * tagged.
     */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional
    public BulkTagResult tagAll(Collection<Long> feedbackIds, long themeId) {
        StaffIdentity me = staff.requireCurrentStaff();
        if (feedbackIds == null || feedbackIds.isEmpty()) {
            throw InvalidInputException.of("items", "workspace.themes.error.no-items");
        }
        Theme theme = activeTheme(themeId);
        Set<Long> ids = new LinkedHashSet<>(feedbackIds);
        ids.forEach(id -> scope.require(id, me));
        Instant now = clock.instant();
        int tagged = 0;
        for (long id : ids) {
            FeedbackTheme.Key key = new FeedbackTheme.Key(id, theme.getId());
            if (!tags.existsById(key)) {
                tags.save(new FeedbackTheme(id, theme.getId(), me.username(), now));
                tagged++;
            }
        }
        return new BulkTagResult(tagged, ids.size() - tagged);
    }

    /**
     * Up to three active themes not on the item yet, best first, whose keywords share a stem with the person's words
     * (numbers, e-mail addresses, phone numbers and reference codes left out; decision 0040).
     */
    @PreAuthorize(Access.COMMISSIONER)
    @Transactional(readOnly = true)
    public List<ThemeSuggestion> suggestions(long feedbackId) {
        Feedback item = scope.require(feedbackId, staff.requireCurrentStaff());
        Set<Long> already = taggedThemes(feedbackId).stream().map(Theme::getId).collect(Collectors.toSet());
        List<ThemeSummary> candidates = themes.findAllByActiveTrueOrderByNameAsc().stream()
                .filter(theme -> !already.contains(theme.getId()))
                .map(Theme::toSummary)
                .toList();
        return ThemeSuggester.rank(candidates, item.personsWords()).stream()
                .map(ranked -> new ThemeSuggestion(ranked.theme(), ranked.matchedWord()))
                .toList();
    }

    private List<Theme> taggedThemes(long feedbackId) {
        return themes.findAllById(tags.findByIdFeedbackId(feedbackId).stream()
                .map(t -> t.getId().getThemeId())
                .toList());
    }

    private Theme theme(long themeId) {
        return themes.findById(themeId).orElseThrow(() -> new IllegalArgumentException("No theme " + themeId));
    }

    private Theme activeTheme(long themeId) {
        Theme theme = theme(themeId);
        if (!theme.isActive()) {
            throw InvalidInputException.of("theme", "workspace.themes.error.inactive");
        }
        return theme;
    }

    private static String checkName(String name, String field) {
        String cleaned = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            throw InvalidInputException.of(field, "workspace.themes.error.name-required");
        }
        if (cleaned.length() > MAX_NAME) {
            throw InvalidInputException.of(field, "workspace.themes.error.name-too-long");
        }
        return cleaned;
    }

    /** Splits on commas, trims, drops empty and repeated keywords (ignoring case), keeps the order typed. */
    private static List<String> checkKeywords(String keywords, String field) {
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        if (keywords != null) {
            for (String keyword : keywords.split(",")) {
                String cleaned = keyword.strip().replaceAll("\\s+", " ");
                if (!cleaned.isEmpty() && seen.add(cleaned.toLowerCase(Locale.ROOT))) {
                    kept.add(cleaned);
                }
            }
        }
        if (String.join(",", kept).length() > MAX_KEYWORDS) {
            throw InvalidInputException.of(field, "workspace.themes.error.keywords-too-long");
        }
        return kept;
    }
}
