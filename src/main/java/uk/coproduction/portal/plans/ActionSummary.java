package uk.coproduction.portal.plans;

/** A plan action as shown when linking feedback to it. */
public record ActionSummary(
        long id,
        String code,
        String title,
        String planShortName,
        String planTitle,
        String outcomeTitle,
        ActionStatus status) {

    /** "4.1.1 Build an evidenced feedback loop ... (Children's delivery plan)": codes repeat between plans. */
    public String label() {
        return code + " " + title + " (" + planShortName + ")";
    }
}
