package uk.coproduction.portal.campaigns;

import java.util.List;

/** A campaign form with problems: each names its field and the message (a translation key) saying how to fix it. */
public class InvalidCampaignException extends RuntimeException {

    public record Problem(String field, String messageKey) {
    }

    private final List<Problem> problems;

    InvalidCampaignException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
