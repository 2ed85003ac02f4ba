package uk.coproduction.portal.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A piece of a {@code WHERE} clause with its named parameters, built only by {@link Voices} (the counting rules) and
 * composed with {@link #and}. Values always travel as parameters, never inside the text, so a rule can take a typed
 * value (a team, a group, a date) without any caller quoting it.
 *
 * @param sql        the condition, ready to follow {@code WHERE} or {@code AND}
 * @param parameters its named parameters (names are unique per source alias and rule)
 */
public record Condition(String sql, Map<String, Object> parameters) {

    /** Nothing left out: the neutral element of {@link #and}. */
    public static final Condition ALWAYS = new Condition("TRUE", Map.of());

    public Condition {
        Objects.requireNonNull(sql);
        parameters = Map.copyOf(parameters);
    }

    static Condition of(String sql) {
        return new Condition(sql, Map.of());
    }

    static Condition of(String sql, String name, Object value) {
        return new Condition(sql, Map.of(name, value));
    }

    /** Both conditions. A parameter name both use must carry the same value, or the two rules would clash. */
    public Condition and(Condition other) {
        return allOf(List.of(this, other));
    }

    /** Every condition given, in order; {@link #ALWAYS} parts are dropped. */
    public static Condition allOf(List<Condition> parts) {
        List<String> sql = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Condition part : parts) {
            if (part == ALWAYS || part.sql.equals(ALWAYS.sql)) {
                continue;
            }
            sql.add(parts.size() == 1 ? part.sql : "(" + part.sql + ")");
            part.parameters.forEach((name, value) -> {
                Object before = parameters.putIfAbsent(name, value);
                if (before != null && !before.equals(value)) {
                    throw new IllegalArgumentException("Two rules give the parameter " + name + " different values");
                }
            });
        }
        return sql.isEmpty() ? ALWAYS : new Condition(String.join(" AND ", sql), parameters);
    }
}
