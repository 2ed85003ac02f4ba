package uk.coproduction.portal.reporting;

import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.Channel;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.services.Team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a dashboard, an export, a pack or the figures API is about. Every part is optional (null = all). The filter
 * is kept in the page's URL ({@link #toQuery()} / {@link #fromQuery}) so a view can be shared; values a link gets
 * wrong are left out rather than failing.
 *
 * @param team     children's or LD&amp;A services
 * @param service  a service code
 * @param area     an area code
 * @param group    who gave the feedback; without one, frontline workers' views are left out (they are reported
 *                 beside residents' views, never mixed in)
 * @param ageBand  young people's age band
 * @param channel  how the feedback reached us
 * @param from     first quarter; without one, 7 quarters before {@code to} (8 quarters in all)
 * @param to       last quarter; without one, the current quarter
 * @param campaign the id of the campaign or event link the journeys came through (decision 0027)
 */
public record EvidenceFilter(
        Team team,
        String service,
        String area,
        RespondentGroup group,
        AgeBand ageBand,
        Channel channel,
        Quarter from,
        Quarter to,
        Long campaign) {

    /** How many quarters a trend shows. */
    public static final int TREND_QUARTERS = 8;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,60}");

    public static final EvidenceFilter ALL = new EvidenceFilter(null, null, null, null, null, null, null, null);

    /** A filter over every campaign (and none). */
    public EvidenceFilter(
            Team team,
            String service,
            String area,
            RespondentGroup group,
            AgeBand ageBand,
            Channel channel,
            Quarter from,
            Quarter to) {
        this(team, service, area, group, ageBand, channel, from, to, null);
    }

    public EvidenceFilter {
        service = code(service);
        area = code(area);
        if (campaign != null && campaign <= 0) {
            campaign = null;
        }
        if (from != null && to != null && from.isAfter(to)) {
            Quarter first = to;
            to = from;
            from = first;
        }
    }

    public static EvidenceFilter forService(String serviceCode) {
        return ALL.withService(serviceCode);
    }

    public EvidenceFilter withService(String serviceCode) {
        return new EvidenceFilter(team, serviceCode, area, group, ageBand, channel, from, to, campaign);
    }

    public EvidenceFilter withQuarters(Quarter first, Quarter last) {
        return new EvidenceFilter(team, service, area, group, ageBand, channel, first, last, campaign);
    }

    public EvidenceFilter withTeam(Team newTeam) {
        return new EvidenceFilter(newTeam, service, area, group, ageBand, channel, from, to, campaign);
    }

    public EvidenceFilter withCampaign(Long campaignId) {
        return new EvidenceFilter(team, service, area, group, ageBand, channel, from, to, campaignId);
    }

    /** The last quarter reported: {@link #to} or the quarter we are in. */
    public Quarter lastQuarter(Clock clock) {
        return to != null ? to : Quarter.of(LocalDate.now(clock));
    }

    /** The first quarter reported: {@link #from} or 8 quarters back from the last. */
    public Quarter firstQuarter(Clock clock) {
        return from != null
                ? from
                : lastQuarter(clock).lastQuarters(TREND_QUARTERS).getFirst();
    }

    /** The filter as URL query parameters (only the parts that are set). */
    public Map<String, String> toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "team", team);
        put(query, "service", service);
        put(query, "area", area);
        put(query, "group", group);
        put(query, "age", ageBand);
        put(query, "channel", channel);
        put(query, "from", from);
        put(query, "to", to);
        put(query, "campaign", campaign);
        return query;
    }

    /** The filter a URL names; unknown or malformed values are ignored. */
    public static EvidenceFilter fromQuery(Map<String, List<String>> query) {
        return new EvidenceFilter(
                value(query, "team", text -> enumValue(Team.class, text)),
                value(query, "service", Optional::of),
                value(query, "area", Optional::of),
                value(query, "group", text -> enumValue(RespondentGroup.class, text)),
                value(query, "age", text -> enumValue(AgeBand.class, text)),
                value(query, "channel", text -> enumValue(Channel.class, text)),
                value(query, "from", Quarter::parse),
                value(query, "to", Quarter::parse),
                value(query, "campaign", EvidenceFilter::campaignId));
    }

    private static void put(Map<String, String> query, String name, Object value) {
        if (value != null) {
            query.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static <T> T value(Map<String, List<String>> query, String name, Function<String, Optional<T>> parse) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst() == null
                ? null
                : parse.apply(values.getFirst().strip()).orElse(null);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> campaignId(String text) {
        return text.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static String code(String text) {
        return text == null || !CODE.matcher(text.strip()).matches() ? null : text.strip();
    }
}
