package uk.coproduction.portal.services;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.feedback.FeedbackFixtures;
import uk.coproduction.portal.feedback.FeedbackSubmissionService;
import uk.coproduction.portal.security.TestAccounts;
import uk.coproduction.portal.workspace.ServicePage;
import uk.coproduction.portal.workspace.ServicePages;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Administrators keep the services register, organisations and areas; every change is audited (decision 0029). */
@PortalTest
@WithMockUser(username = TestAccounts.ADMIN, roles = Roles.ADMIN)
class ServiceRegisterTest {

    @Autowired
    ServiceRegister register;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    ServicePages pages;

    @Autowired
    FeedbackSubmissionService submissions;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accountsExist() {
        accounts.ensureStandardAccounts();
        accounts.ensureScopedAccounts();
    }

    private long organisation(String code) {
        return jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
    }

    private long area(String code) {
        return jdbc.queryForObject("select id from area where code = ?", Long.class, code);
    }

    private ServiceForm form(String name) {
        return new ServiceForm(
                name,
                "Sessions for young people who find school hard.",
                "school worries",
                Team.CHILDRENS,
                ServiceCategory.SCHOOL,
                "Young people aged 11 to 18",
                organisation("KCC"),
                Set.of(organisation("NHS_KM")),
                true,
                organisation("KCHFT"),
                Set.of(area("EAST_KENT")),
                CycleStage.DO,
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2029, 3, 31));
    }

    private long audited(String action, String code) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and object_id = ? and actor = ?",
                Long.class,
                action,
                code,
                TestAccounts.ADMIN);
    }

    @Test
    void anAddedServiceIsInTheResidentsChoiceAtOnceWithEverythingTheAdministratorEntered() {
        String name = "School worries service " + UUID.randomUUID().toString().substring(0, 6);

        String code = register.add(form(name));

        assertThat(catalogue.activeServices()).extracting(ServiceSummary::name).contains(name);
        assertThat(register.register())
                .filteredOn(e -> e.code().equals(code))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.commissioner()).isEqualTo("Kent County Council");
                    assertThat(e.partners()).containsExactly("NHS Kent and Medway");
                    assertThat(e.provider()).isEqualTo("Kent Community Health NHS Foundation Trust");
                    assertThat(e.cycleStage()).isEqualTo(CycleStage.DO);
                    assertThat(e.contractStart()).isEqualTo(LocalDate.of(2026, 4, 1));
                    assertThat(e.contractEnd()).isEqualTo(LocalDate.of(2029, 3, 31));
                    assertThat(e.active()).isTrue();
                });
        assertThat(jdbc.queryForList(
                        "select a.code from service_area sa join area a on a.id = sa.area_id"
                                + " join commissioned_service s on s.id = sa.service_id where s.code = ?",
                        String.class,
                        code))
                .containsExactly("EAST_KENT");
        assertThat(audited("service.added", code)).isEqualTo(1);
    }

    @Test
    void editingChangesTheEntryAndIsAudited() {
        String code = register.add(
                form("Edited service " + UUID.randomUUID().toString().substring(0, 6)));
        ServiceForm before = register.form(code).orElseThrow();
        ServiceForm after = new ServiceForm(
                before.name(),
                before.description(),
                before.searchTerms(),
                Team.LDA,
                ServiceCategory.HOME,
                before.clientGroup(),
                organisation("NHS_KM"),
                Set.of(),
                false,
                null,
                Set.of(area("WEST_KENT"), area("DGS")),
                CycleStage.REVIEW,
                null,
                LocalDate.of(2027, 3, 31));

        register.edit(code, after);

        ServiceForm saved = register.form(code).orElseThrow();
        assertThat(saved.team()).isEqualTo(Team.LDA);
        assertThat(saved.commissionerId()).isEqualTo(organisation("NHS_KM"));
        assertThat(saved.partnerIds()).isEmpty();
        assertThat(saved.providerId()).as("no provider recorded").isNull();
        assertThat(saved.areaIds()).containsExactlyInAnyOrder(area("WEST_KENT"), area("DGS"));
        assertThat(saved.cycleStage()).isEqualTo(CycleStage.REVIEW);
        assertThat(saved.contractEnd()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(audited("service.edited", code)).isEqualTo(1);
    }

    @Test
    void retiringKeepsTheFeedbackFiguresAndPageButTakesTheServiceOutOfTheResidentsChoice() {
        String name = "Retired service " + UUID.randomUUID().toString().substring(0, 6);
        String code = register.add(form(name));
        ServiceSummary service = fixtures.serviceNamed(name);
        String reference = submissions
                .submit(fixtures.youngPersonAbout(service, "The sessions helped me"))
                .referenceCode();

        register.retire(code);

        assertThat(catalogue.activeServices()).extracting(ServiceSummary::name).doesNotContain(name);
        assertThat(jdbc.queryForObject(
                        "select s.code from feedback f join commissioned_service s on s.id = f.service_id"
                                + " where f.reference_code = ?",
                        String.class,
                        reference))
                .isEqualTo(code);
        ServicePage page = pages.page(code).orElseThrow();
        assertThat(page.figures().items()).isEqualTo(1);
        assertThat(page.feedback()).hasSize(1);
        assertThat(register.register())
                .filteredOn(e -> e.code().equals(code))
                .singleElement()
                .extracting(RegisterEntry::active)
                .isEqualTo(false);
        assertThat(audited("service.retired", code)).isEqualTo(1);

        register.reinstate(code);
        assertThat(catalogue.activeServices()).extracting(ServiceSummary::name).contains(name);
        assertThat(audited("service.reinstated", code)).isEqualTo(1);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsFieldAndNothingIsSaved() {
        long servicesBefore = jdbc.queryForObject("select count(*) from commissioned_service", Long.class);
        ServiceForm bad = new ServiceForm(
                " ",
                "",
                null,
                null,
                null,
                "",
                organisation("KCHFT"),
                Set.of(organisation("NHS_KM")),
                false,
                null,
                Set.of(),
                null,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 1, 1));

        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> register.add(bad));

        assertThat(invalid.problems())
                .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("name", "workspace.register.error.name-needed"),
                        Tuple.tuple("description", "workspace.register.error.description-needed"),
                        Tuple.tuple("team", "workspace.register.error.team-needed"),
                        Tuple.tuple("category", "workspace.register.error.category-needed"),
                        Tuple.tuple("clientGroup", "workspace.register.error.clientGroup-needed"),
                        Tuple.tuple("commissioner", "workspace.register.error.commissioner-kind"),
                        Tuple.tuple("partners", "workspace.register.error.partners-need-joint"),
                        Tuple.tuple("areas", "workspace.register.error.areas-needed"),
                        Tuple.tuple("cycleStage", "workspace.register.error.cycleStage-needed"),
                        Tuple.tuple("contractEnd", "workspace.register.error.end-before-start"));
        assertThat(jdbc.queryForObject("select count(*) from commissioned_service", Long.class))
                .isEqualTo(servicesBefore);
    }

    @Test
    void aSecondServiceWithTheSameNameIsRefused() {
        String name = "Twin service " + UUID.randomUUID().toString().substring(0, 6);
        register.add(form(name));

        assertThatThrownBy(() -> register.add(form(name.toUpperCase())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("workspace.register.error.name-taken"));
    }

    @Test
    void organisationsAndAreasAreAddedRenamedAndRetiredAndAnOrganisationLeadingALiveServiceKeepsCommissioning() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String providerCode = register.addOrganisation("Test provider " + suffix, OrganisationKind.PROVIDER);
        long provider = organisation(providerCode);
        register.editOrganisation(provider, "Renamed provider " + suffix, OrganisationKind.PROVIDER, false);
        assertThat(register.organisations())
                .filteredOn(o -> o.id() == provider)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.name()).isEqualTo("Renamed provider " + suffix);
                    assertThat(o.active()).isFalse();
                });
        ServiceForm withRetiredProvider = new ServiceForm(
                "Service " + suffix,
                "What it does.",
                null,
                Team.LDA,
                ServiceCategory.HOME,
                "Adults",
                organisation("KCC"),
                Set.of(),
                false,
                provider,
                Set.of(area("EAST_KENT")),
                CycleStage.PLAN,
                null,
                null);
        assertThatThrownBy(() -> register.add(withRetiredProvider))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("workspace.register.error.organisation-retired"));

        assertThatThrownBy(() -> register.editOrganisation(
                        organisation("KCC"), "Kent County Council", OrganisationKind.PROVIDER, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("workspace.organisations.error.still-commissions"));

        String areaCode = register.addArea("Test area " + suffix);
        long area = area(areaCode);
        register.renameArea(area, "Renamed area " + suffix);
        assertThat(catalogue.areas()).extracting(AreaSummary::name).contains("Renamed area " + suffix);
        assertThatThrownBy(() -> register.addArea("east kent"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("workspace.areas.error.name-taken"));
        assertThat(audited("organisation.added", providerCode)).isEqualTo(1);
        assertThat(audited("organisation.edited", providerCode)).isEqualTo(1);
        assertThat(audited("area.added", areaCode)).isEqualTo(1);
        assertThat(audited("area.renamed", areaCode)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = TestAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
    void aCommissionerCannotChangeTheRegisterThatDecidesWhatTheySee() {
        assertThatThrownBy(() -> register.add(form("Not allowed"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.retire("SHORT_BREAKS")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theIllustrativeProvidersAreNotInADatabaseWithoutDemoData() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation where code in"
                                + " ('KENT_SHORT_BREAKS', 'KENT_CARE_SUPPORT', 'KENT_ISS_GROUP')",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select code from commissioned_service where provider_id is null"
                                + " and code in ('SHORT_BREAKS', 'PORTAGE', 'INDEPENDENT_SPECIAL_SCHOOLS', 'SUPPORTED_LIVING',"
                                + " 'HOME_CARE', 'CARE_HOMES')",
                        String.class))
                .hasSize(6);
        assertThat(jdbc.queryForObject(
                        "select p.code from commissioned_service s join organisation p"
                                + " on p.id = s.provider_id where s.code = 'SPEECH_LANGUAGE_THERAPY'",
                        String.class))
                .isNotBlank();
    }
}
