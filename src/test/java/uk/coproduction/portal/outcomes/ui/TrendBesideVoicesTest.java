package uk.coproduction.portal.outcomes.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.outcomes.IndicatorKind;
import uk.coproduction.portal.outcomes.NewValue;
import uk.coproduction.portal.outcomes.OutcomeHistories;
import uk.coproduction.portal.reporting.EvidenceFixtures;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ui.PlanView;
import uk.coproduction.portal.workspace.ui.ServiceView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan and service pages set each outcome indicator's trend (in words, a chart and a table) beside the voices. */
@PortalTest
@ViewPackages(packages = "uk.coproduction.portal")
@WithMockUser(username = TrendBesideVoicesTest.ADMIN, roles = Roles.ADMIN)
class TrendBesideVoicesTest extends SpringBrowserlessTest {

    static final String ADMIN = "test.trend.admin";
    private static final String STATEMENT =
            "Up from 80% in Q1 2025-26 to 86% in Q3 2025-26, getting better; target at least 92%, not met yet.";

    @Autowired
    TestAccounts accounts;

    @Autowired
    EvidenceFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutcomeHistories histories;

    private String service;
    private String title;

    @BeforeEach
    void anIndicatorWithTwoQuarters() {
        accounts.ensureStandardAccounts();
        accounts.ensure(ADMIN, "Tara Trend", null, Set.of(Roles.ADMIN));
        service = fixtures.newService();
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8);
        title = "Children seen within 18 weeks at " + service;
        jdbc.update("""
                insert into outcome_indicator (code, outcome_id, title, target_value, target_unit, direction)
                values (?, (select id from cyp_outcome where position = 2), ?, 92, '%', 'AT_LEAST')""", code, title);
        long id = jdbc.queryForObject("select id from outcome_indicator where code = ?", Long.class, code);
        jdbc.update(
                "insert into outcome_indicator_service (indicator_id, service_id) values (?, ?)",
                id,
                fixtures.serviceId(service));
        jdbc.update("""
                insert into outcome_indicator_plan_domain (indicator_id, plan_domain_id)
                select ?, d.id from plan_domain d join plan p on p.id = d.plan_id
                where p.code = 'JCDP_2020_21' and d.code = '3'""", id);
        histories.record(
                IndicatorKind.CYP_INDICATOR,
                id,
                new NewValue(new BigDecimal("80"), LocalDate.of(2025, 6, 30), null, "Provider return"));
        histories.record(
                IndicatorKind.CYP_INDICATOR,
                id,
                new NewValue(new BigDecimal("86"), LocalDate.of(2025, 12, 31), null, "Provider return"));
    }

    @Test
    void theServicePageShowsTheTrendSentenceChartAndTableBesideItsFeedback() {
        navigate(ServiceView.class, Map.of("code", service));

        assertThat(find(H2.class)
                        .withText("Outcome indicators for this service")
                        .exists())
                .isTrue();
        assertThat(find(H3.class).withText(title).exists()).isTrue();
        assertThat(find(Paragraph.class).withText(STATEMENT).exists()).isTrue();
        assertTableAndChart();
    }

    @Test
    void thePlanPageShowsTheTrendSentenceAndTableInTheDomainItInforms() {
        navigate(PlanView.class, Map.of("code", "JCDP_2020_21"));

        assertThat(find(H3.class).withText("Outcome indicators for this domain").exists())
                .isTrue();
        assertThat(find(Paragraph.class).withText(STATEMENT).exists()).isTrue();
        assertTableAndChart();
    }

    private void assertTableAndChart() {
        NativeTable table = find(NativeTable.class).all().stream()
                .filter(t -> ("Every value of \"" + title + "\", oldest first").equals(t.getCaptionText()))
                .findFirst()
                .orElseThrow();
        assertThat(table.getHead().getRow(0).orElseThrow().getHeaderCells())
                .extracting(NativeTableHeaderCell::getText)
                .containsExactly("Period", "Date it is for", "Value", "Source", "Recorded", "Note");
        assertThat(table.getBody().getRows()).hasSize(2);
        assertThat(table.getBody().getRows().getFirst().getHeaderCells())
                .extracting(NativeTableHeaderCell::getText)
                .containsExactly("Q1 2025-26");
        assertThat(table.getBody().getRows().getLast().getDataCells())
                .extracting(NativeTableCell::getText)
                .contains("86%", "Entered by hand: Provider return");
        assertThat(find(Svg.class).all())
                .anySatisfy(svg -> assertThat(svg.getElement().getProperty("innerHTML", ""))
                        .contains("aria-label=\"" + STATEMENT + "\"")
                        .contains("Target 92%"));
    }
}
