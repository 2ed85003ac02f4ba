package uk.coproduction.portal.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The matcher the portal had before decision 0040, kept only to measure against: a theme was suggested when one of
 * its keywords started a word (case-insensitive), every such theme in name order, with the keywords seeded by V0005.
 */
final class PrefixKeywordMatcher {

    /** The keywords as V0005 seeded them, before V0210 (decision 0040). */
    static final Map<String, String> SEEDED_KEYWORDS = Map.of(
            "Waiting times", "wait,waiting,waited,long time,months,weeks,queue,list,delay,late,czekać,czekanie,kolejka",
            "Communication",
                    "told,tell,letter,phone,call,email,explain,information,understand,communicat,nobody said,kontakt,informacja",
            "Being listened to",
                    "listen,listened,heard,ignored,ignore,did not hear,didn't listen,my views,słuchać,wysłuchać",
            "Respect and kindness", "kind,rude,respect,polite,nice,friendly,shouted,mean,uprzejm,miły,szacunek",
            "Transition to adult services",
                    "transition,adult services,turning 18,turn 18,turning 25,moving on,grow up,dorosł",
            "Access and getting there", "bus,travel,transport,far,parking,wheelchair,ramp,lift,access,dojazd",
            "Staff and continuity",
                    "staff,worker,changed worker,new worker,different person,keep changing,turnover,pracownik",
            "Being involved in decisions",
                    "decide,decision,choice,choose,involved,my plan,asked me,say in,decyzja,wybór",
            "Activities and fun", "fun,club,activities,play,friends,holiday,enjoy,zabawa,zajęcia",
            "Support for families", "parent,carer,family,siblings,respite,break,support for us,rodzina,rodzic");

    private PrefixKeywordMatcher() {}

    /** Every theme whose keyword starts a word the person wrote, in name order, as the item page listed them. */
    static List<String> suggest(List<ThemeSummary> themes, String text) {
        List<String> names = new ArrayList<>();
        for (ThemeSummary theme :
                themes.stream().sorted(Comparator.comparing(ThemeSummary::name)).toList()) {
            for (String keyword : theme.keywords()) {
                Pattern pattern = Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword) + "[\\p{L}\\p{N}'’-]*",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                if (pattern.matcher(text).find()) {
                    names.add(theme.name());
                    break;
                }
            }
        }
        return names;
    }
}
