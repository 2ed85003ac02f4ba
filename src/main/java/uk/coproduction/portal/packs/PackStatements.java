package uk.coproduction.portal.packs;

import uk.coproduction.portal.packs.PackData.Section;
import uk.coproduction.portal.packs.PackData.Statement;
import uk.coproduction.portal.packs.PackData.Statements;
import uk.coproduction.portal.reporting.CharterScores.Score;
import uk.coproduction.portal.reporting.CharterScores.Tone;
import uk.coproduction.portal.reporting.EvidenceFilter;
import uk.coproduction.portal.reporting.EvidenceSql;
import uk.coproduction.portal.reporting.SmallNumbers;
import uk.coproduction.portal.reporting.SmallNumbers.Count;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Words what a pack says about itself (decision 0035): its period, its scope, the counting rules of
 * {@link EvidenceSql} that counted it, which figures are hidden and why (never the hidden number), whether there is
 * too little evidence to say anything and what to do about it, and which sections are left out and why. Worded from
 * the figures the pack holds, so the statements cannot disagree with the pages.
 */
final class PackStatements {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PackDocument.Text text;

    PackStatements(PackDocument.Text text) {
        this.text = text;
    }

    Statements of(PackContents.Scope scope, EvidenceFilter period, PackData data) {
        boolean tooLittle = data.respondents().value() < SmallNumbers.THRESHOLD;
        Map<Section, Statement> leftOut = leftOut(data, tooLittle);
        return new Statements(
                period(scope),
                scope(scope, data),
                rules(scope, period),
                suppressed(data, leftOut),
                tooLittle
                        ? statement("pack.statement.too-little."
                                + (data.respondents().value() == 0 ? "none" : "few"))
                        : null,
                tooLittle
                        ? List.of(
                                statement("pack.statement.suggest.event"),
                                statement("pack.statement.suggest.frontline"),
                                statement("pack.statement.suggest.campaign"),
                                statement("pack.statement.suggest.wider"))
                        : List.of(),
                leftOut);
    }

    private Statement period(PackContents.Scope scope) {
        String from = DAY.format(scope.from());
        String to = DAY.format(scope.until().minusDays(1));
        return new Statement(
                text.get("pack.statement.period", from, to), text.get("pack.easyread.statement.period", from, to));
    }

    private Statement scope(PackContents.Scope scope, PackData data) {
        return switch (scope.request().kind()) {
            case SERVICE -> statement("pack.statement.scope.SERVICE", data.subject());
            case PLAN ->
                statement(
                        "pack.statement.scope.PLAN",
                        data.subject(),
                        data.serviceNames().isEmpty()
                                ? text.get("pack.none")
                                : String.join(", ", data.serviceNames().values()));
            case QUARTER ->
                statement(
                        scope.team() == null ? "pack.statement.scope.QUARTER.all" : "pack.statement.scope.QUARTER",
                        data.subject());
        };
    }

    private List<Statement> rules(PackContents.Scope scope, EvidenceFilter period) {
        List<Statement> rules = new ArrayList<>();
        for (EvidenceSql.Rule rule : EvidenceSql.rules(period)) {
            rules.add(statement("pack.statement.rule." + rule.name()));
        }
        if (scope.request().kind() == PackRequest.Kind.PLAN) {
            rules.add(statement("pack.statement.rule.PLAN_LINKED"));
        }
        rules.add(statement("pack.statement.rule.ROUNDING"));
        return rules;
    }

    /** Which figures are hidden, by section; a section left out whole says why instead. */
    private List<Statement> suppressed(PackData data, Map<Section, Statement> leftOut) {
        List<Statement> hidden = new ArrayList<>();
        if (data.respondents().suppressed()) {
            hidden.add(statement("pack.statement.hidden.respondents"));
        }
        if (!leftOut.containsKey(Section.CHARTER)) {
            TreeSet<Integer> positions = new TreeSet<>();
            for (Score score : data.overall().isEmpty() ? data.byService() : data.overall()) {
                if (score.shares().values().stream().anyMatch(SmallNumbers.Share::suppressed)) {
                    positions.add(score.position());
                }
            }
            if (!positions.isEmpty()) {
                hidden.add(statement(
                        "pack.statement.hidden.charter",
                        join(positions.stream().map(String::valueOf).toList())));
            }
        }
        if (!leftOut.containsKey(Section.THEMES)) {
            names(
                    hidden,
                    "pack.statement.hidden.themes",
                    data.themes().stream()
                            .filter(t -> t.items().suppressed())
                            .map(PackData.ThemeCount::theme)
                            .toList());
        }
        if (!leftOut.containsKey(Section.REPLIES)) {
            names(
                    hidden,
                    "pack.statement.hidden.replies",
                    data.figures().stream()
                            .filter(f -> f.items().suppressed()
                                    || f.replied().suppressed()
                                    || f.loopClosed().suppressed()
                                    || !f.medianShown() && f.replies().value() > 0)
                            .map(PackData.ServiceFigures::service)
                            .toList());
        }
        if (!leftOut.containsKey(Section.REPRESENTATION)) {
            List<String> cells = new ArrayList<>();
            hiddenCells(data.byGroup(), key -> text.get("group." + key), cells);
            hiddenCells(
                    data.byAgeBand(),
                    key -> "NONE".equals(key) ? text.get("pack.representation.age.none") : text.get("age." + key),
                    cells);
            hiddenCells(data.byArea(), key -> key.isEmpty() ? text.get("pack.representation.area.none") : key, cells);
            names(hidden, "pack.statement.hidden.representation", cells);
        }
        if (!leftOut.containsKey(Section.ACTIVITIES)) {
            names(
                    hidden,
                    "pack.statement.hidden.activities",
                    data.activities().stream()
                            .filter(a -> a.participants().suppressed())
                            .map(PackData.ActivityLine::title)
                            .toList());
        }
        if (!leftOut.containsKey(Section.ACTIONS)) {
            names(
                    hidden,
                    "pack.statement.hidden.actions",
                    data.actions().stream()
                            .filter(a -> a.linkedFeedback().suppressed())
                            .map(PackData.ActionLine::label)
                            .toList());
        }
        if (hidden.isEmpty()) {
            hidden.add(statement("pack.statement.hidden.nothing"));
        }
        return hidden;
    }

    private static void hiddenCells(Map<String, Count> cells, Function<String, String> label, List<String> into) {
        cells.forEach((key, count) -> {
            if (count.suppressed()) {
                into.add(label.apply(key));
            }
        });
    }

    private void names(List<Statement> hidden, String key, List<String> names) {
        if (!names.isEmpty()) {
            hidden.add(statement(key, join(names)));
        }
    }

    private static String join(List<String> names) {
        return String.join(", ", names);
    }

    /** Sections with nothing to show, each with the line printed instead of it. */
    private Map<Section, Statement> leftOut(PackData data, boolean tooLittle) {
        Map<Section, Statement> out = new EnumMap<>(Section.class);
        List<Score> scores = data.request().kind() == PackRequest.Kind.PLAN ? data.byService() : data.overall();
        if (scores.stream().noneMatch(s -> s.share(Tone.POSITIVE).shown().isPresent())) {
            out.put(
                    Section.CHARTER,
                    statement(scores.isEmpty() ? "pack.left-out.CHARTER.none" : "pack.left-out.CHARTER.few"));
        }
        if (data.indicators().isEmpty()) {
            out.put(Section.INDICATORS, statement("pack.left-out.INDICATORS"));
        }
        if (data.reviews().isEmpty()) {
            out.put(Section.REVIEWS, statement("pack.left-out.REVIEWS"));
        }
        if (data.themes().stream().noneMatch(t -> t.items().shown().isPresent())) {
            out.put(
                    Section.THEMES,
                    statement(data.themes().isEmpty() ? "pack.left-out.THEMES.none" : "pack.left-out.THEMES.few"));
        }
        if (data.quotes().isEmpty()) {
            out.put(Section.QUOTES, statement(tooLittle ? "pack.left-out.QUOTES.few" : "pack.left-out.QUOTES.none"));
        }
        if (data.activities().isEmpty()) {
            out.put(Section.ACTIVITIES, statement("pack.left-out.ACTIVITIES"));
        }
        if (data.actions().isEmpty() && data.changes().isEmpty()) {
            out.put(Section.ACTIONS, statement("pack.left-out.ACTIONS"));
        }
        if (data.figures().stream()
                .noneMatch(f -> f.items().shown().isPresent() && f.items().value() > 0)) {
            out.put(
                    Section.REPLIES,
                    statement(
                            data.figures().stream().allMatch(f -> f.items().value() == 0)
                                    ? "pack.left-out.REPLIES.none"
                                    : "pack.left-out.REPLIES.few"));
        }
        if (data.respondents().shown().isEmpty() || data.respondents().value() == 0) {
            out.put(
                    Section.REPRESENTATION,
                    statement(
                            data.respondents().value() == 0
                                    ? "pack.left-out.REPRESENTATION.none"
                                    : "pack.left-out.REPRESENTATION.few"));
        }
        return out;
    }

    /** A statement whose Easy Read words are the same key under {@code pack.easyread.}. */
    private Statement statement(String key, Object... args) {
        return new Statement(text.get(key, args), text.get(key.replaceFirst("^pack\\.", "pack.easyread."), args));
    }
}
