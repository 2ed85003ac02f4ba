package uk.coproduction.portal.packs.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.PlanView;
import uk.coproduction.portal.workspace.ui.ServiceView;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
class PacksViewTest extends SpringBrowserlessTest {

    static final String BOARD = "test.packs.board";

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void staffAccountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensure(BOARD, "Bo Board", null, Set.of(Roles.BOARD));
    }

    /** The pack is made in the background; the page hears of it on a later round trip (it polls). */
    private void waitUntil(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 400 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(done.getAsBoolean()).as("the pack was made").isTrue();
    }

    private boolean downloadLinkShown() {
        return find(Anchor.class).all().stream().anyMatch(a -> a.getText().startsWith("Download Evidence pack"));
    }

    @Test
    @WithMockUser(username = BOARD, roles = Roles.BOARD)
    void boardMemberChoosesAServiceMakesThePackAndDownloadsThePdf() throws Exception {
        navigate(PacksView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Evidence packs");

        test(find(ComboBox.class).withLabel("Service").single()).selectItem("Short Breaks holiday clubs");
        test(find(Button.class).withText("Make the pack").single()).click();

        assertThat(find(Paragraph.class).all())
                .as("progress is shown while the pack is made")
                .anyMatch(p -> p.getText().startsWith("Making the pack.") && p.isVisible() || downloadLinkShown());
        waitUntil(this::downloadLinkShown);
        Anchor download = find(Anchor.class).all().stream()
                .filter(a -> a.getText().startsWith("Download Evidence pack"))
                .findFirst()
                .orElseThrow();
        assertThat(download.getText()).startsWith("Download Evidence pack: Short Breaks holiday clubs, to ");
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Your pack is ready:"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(download).download(pdf);
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(find(Button.class).withText("Make the pack").single().isEnabled())
                .isTrue();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void commissionerWhoForgetsToChooseAPlanIsToldAtTheField() {
        navigate(PacksView.class);

        test(find(RadioButtonGroup.class).withLabel("What is the pack about?").single())
                .selectItem("A plan");
        test(find(Button.class).withText("Make the pack").single()).click();

        ComboBox<?> plan = find(ComboBox.class).withLabel("Plan").single();
        assertThat(plan.isInvalid()).isTrue();
        assertThat(plan.getErrorMessage()).isEqualTo("Choose the plan the pack is about");
        assertThat(find(Button.class)
                        .withText("Choose the plan the pack is about")
                        .exists())
                .as("named in the error summary")
                .isTrue();
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void theServiceAndPlanPagesLinkToAPackAboutThem() {
        navigate("staff/services/SHORT_BREAKS", ServiceView.class);
        RouterLink fromService =
                find(RouterLink.class).withText("Make an evidence pack").single();
        assertThat(fromService.getHref()).isEqualTo("staff/packs?service=SHORT_BREAKS");

        navigate("staff/plans/JCDP_2020_21", PlanView.class);
        RouterLink fromPlan =
                find(RouterLink.class).withText("Make an evidence pack").single();
        assertThat(fromPlan.getHref()).isEqualTo("staff/packs?plan=JCDP_2020_21");

        UI.getCurrent().navigate(PacksView.class, QueryParameters.of("plan", "JCDP_2020_21"));
        assertThat(find(RadioButtonGroup.class).single().getValue()).hasToString("PLAN");
        assertThat(find(ComboBox.class).withLabel("Plan").single().getValue())
                .hasToString(
                        "Choice[code=JCDP_2020_21, name=Joint Commissioning Delivery Plan for children and young people]");
    }
}
