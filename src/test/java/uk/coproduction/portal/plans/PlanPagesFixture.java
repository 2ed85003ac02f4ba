package uk.coproduction.portal.plans;

import org.springframework.stereotype.Component;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.SignedIn;
import uk.coproduction.portal.security.TestAccounts;

import java.util.Set;
import java.util.UUID;

/**
 * A fresh action in the children's delivery plan (outcome 4.1), so a test's counts are its own: added the way an
 * administrator adds one on the plans page.
 */
@Component
public class PlanPagesFixture {

    private final PlanAdministration administration;
    private final TestAccounts accounts;

    PlanPagesFixture(PlanAdministration administration, TestAccounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    /** The action as its heading on the plan page names it. */
    public record NewChildrensAction(long id, String code, String title) {

        public String heading() {
            return code + " " + title;
        }
    }

    public NewChildrensAction newChildrensAction() {
        accounts.ensure(TestAccounts.ADMIN, "Ari Admin", null, Set.of(Roles.ADMIN));
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Test action " + code;
        long id = SignedIn.as(
                TestAccounts.ADMIN,
                Roles.ADMIN,
                () -> administration.addAction(
                        "JCDP_2020_21", "4", "4.1", new NewAction(code, title, "Test owner", "Test timescale")));
        return new NewChildrensAction(id, code, title);
    }
}
