package uk.coproduction.portal.packs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.packs.EvidencePack;
import uk.coproduction.portal.packs.EvidencePacks;
import uk.coproduction.portal.packs.PackChoices;
import uk.coproduction.portal.packs.PackRequest;
import uk.coproduction.portal.services.Team;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Make an evidence pack: choose a service, a plan or a quarter (and a team), then "Make the pack". The pack is made in
 * the background while the page polls (as the CSV import does: no server push), so the page never freezes; a
 * download link appears when it is ready. {@code ?service=CODE} or {@code ?plan=CODE} chooses the subject.
 */
@Route(value = "staff/packs", layout = StaffLayout.class)
@Menu(title = "nav.evidence.packs", order = 320)
@RolesAllowed({Roles.COMMISSIONER, Roles.BOARD, Roles.ADMIN})
public class PacksView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(PacksView.class);
    private static final int POLL_MILLIS = 500;

    private final EvidencePacks packs;
    private final Executor executor;
    private final PackChoices choices;
    private final ErrorSummary errors = new ErrorSummary();
    private final RadioButtonGroup<PackRequest.Kind> kind = new RadioButtonGroup<>();
    private final ComboBox<PackChoices.Choice> service = new ComboBox<>();
    private final ComboBox<PackChoices.Choice> plan = new ComboBox<>();
    private final Select<Quarter> quarter = new Select<>();
    private final Select<Team> team = new Select<>();
    private final Button make = new Button();
    private final Div working = new Div();
    private final Div result = new Div();

    PacksView(EvidencePacks packs, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.packs = packs;
        this.executor = executor;
        this.choices = packs.choices();
        addClassNames("page", "packs-page");

        kind.setLabel(getTranslation("pack.page.kind"));
        kind.setItems(PackRequest.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("pack.page.kind." + k.name()));
        kind.setValue(PackRequest.Kind.SERVICE);
        kind.addValueChangeListener(e -> showFields());

        service.setLabel(getTranslation("pack.page.service"));
        service.setItems(choices.services());
        service.setItemLabelGenerator(PackChoices.Choice::name);
        plan.setLabel(getTranslation("pack.page.plan"));
        plan.setItems(choices.plans());
        plan.setItemLabelGenerator(PackChoices.Choice::name);
        quarter.setLabel(getTranslation("pack.page.quarter"));
        quarter.setHelperText(getTranslation("pack.page.quarter.helper"));
        quarter.setItems(choices.quarters());
        quarter.setItemLabelGenerator(Quarter::toString);
        quarter.setValue(choices.quarters().getFirst());
        team.setLabel(getTranslation("pack.page.team"));
        team.setItems(choices.teams());
        team.setItemLabelGenerator(
                t -> t == null ? getTranslation("pack.page.team.all") : getTranslation("team." + t.name()));
        if (choices.allTeams()) {
            team.setEmptySelectionAllowed(true);
            team.setEmptySelectionCaption(getTranslation("pack.page.team.all"));
        } else if (!choices.teams().isEmpty()) {
            team.setValue(choices.teams().getFirst());
            team.setReadOnly(true);
        }
        for (Component field : List.<Component>of(service, plan, quarter, team)) {
            field.addClassName("packs-field");
        }

        make.setText(getTranslation("pack.page.make"));
        make.addThemeVariants(ButtonVariant.PRIMARY);
        make.addClickListener(e -> make());

        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("pack.page.working"));
        working.add(new Paragraph(getTranslation("pack.page.working")), progress);
        working.addClassName("packs-working");
        working.setVisible(false);
        result.addClassName("packs-result");
        result.getElement().setAttribute("aria-live", "polite");

        Div form = new Div(kind, service, plan, quarter, team, make);
        form.addClassName("packs-form");
        add(
                new H1(getTranslation("pack.page.title")),
                new Paragraph(getTranslation("pack.page.intro")),
                errors,
                form,
                working,
                result);
        showFields();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        choose(query, "service", choices.services(), service, PackRequest.Kind.SERVICE);
        choose(query, "plan", choices.plans(), plan, PackRequest.Kind.PLAN);
    }

    private void choose(
            Map<String, List<String>> query,
            String name,
            List<PackChoices.Choice> items,
            ComboBox<PackChoices.Choice> field,
            PackRequest.Kind chosenKind) {
        List<String> codes = query.getOrDefault(name, List.of());
        if (!codes.isEmpty()) {
            items.stream()
                    .filter(c -> c.code().equals(codes.getFirst()))
                    .findFirst()
                    .ifPresent(choice -> {
                        field.setValue(choice);
                        kind.setValue(chosenKind);
                    });
        }
    }

    private void showFields() {
        service.setVisible(kind.getValue() == PackRequest.Kind.SERVICE);
        plan.setVisible(kind.getValue() == PackRequest.Kind.PLAN);
        team.setVisible(kind.getValue() == PackRequest.Kind.QUARTER);
    }

    private void make() {
        errors.clear();
        List.<HasValidation>of(service, plan, quarter, team).forEach(f -> f.setInvalid(false));
        PackRequest request;
        if (kind.getValue() == PackRequest.Kind.SERVICE && service.getValue() == null) {
            problem(service, "pack.error.choose-service");
            return;
        }
        if (kind.getValue() == PackRequest.Kind.PLAN && plan.getValue() == null) {
            problem(plan, "pack.error.choose-plan");
            return;
        }
        request = switch (kind.getValue()) {
            case SERVICE -> PackRequest.forService(service.getValue().code(), quarter.getValue());
            case PLAN -> PackRequest.forPlan(plan.getValue().code(), quarter.getValue());
            case QUARTER -> PackRequest.forQuarter(quarter.getValue(), team.getValue());
        };
        UI ui = UI.getCurrent();
        result.removeAll();
        working.setVisible(true);
        make.setEnabled(false);
        ui.setPollInterval(POLL_MILLIS);
        long started = System.nanoTime();
        Runnable task = () -> {
            try {
                EvidencePack pack = packs.make(request);
                double seconds = (System.nanoTime() - started) / 1e9;
                access(ui, () -> {
                    finish(ui);
                    ready(pack, seconds);
                });
            } catch (InvalidInputException invalid) {
                access(ui, () -> {
                    finish(ui);
                    invalid.problems().forEach(p -> problem(fieldOf(p.field()), p.messageKey()));
                });
            } catch (RuntimeException e) {
                LOG.error("Evidence pack failed", e);
                access(ui, () -> {
                    finish(ui);
                    result.add(new Paragraph(getTranslation("pack.page.failed")));
                });
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private Component fieldOf(String field) {
        if ("quarter".equals(field)) {
            return quarter;
        }
        if ("team".equals(field)) {
            return team;
        }
        return kind.getValue() == PackRequest.Kind.PLAN ? plan : service;
    }

    private void ready(EvidencePack pack, double seconds) {
        byte[] pdf = pack.pdf();
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(e -> new DownloadResponse(
                        new ByteArrayInputStream(pdf), pack.fileName(), "application/pdf", pdf.length)),
                getTranslation("pack.page.download", pack.title()));
        download.getElement().setAttribute("download", true);
        download.setTarget(AnchorTarget.DEFAULT);
        download.addClassName("packs-download");
        result.add(
                new Paragraph(
                        getTranslation("pack.page.ready", pack.pages(), String.format(Locale.UK, "%.1f", seconds))),
                download);
    }

    private void problem(Component field, String key) {
        String message = getTranslation(key);
        ((HasValidation) field).setErrorMessage(message);
        ((HasValidation) field).setInvalid(true);
        errors.add(message, field);
        errors.show();
    }

    private void finish(UI ui) {
        working.setVisible(false);
        make.setEnabled(true);
        ui.setPollInterval(-1);
    }

    /** Runs on the page when it is still open; a closed page has nobody to tell. */
    private static void access(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException pageClosed) {
            // the pack was made and recorded; nobody is waiting for it
        }
    }

    /** A link to this page with the service or plan ({@code parameter} "service" or "plan") already chosen. */
    public static RouterLink link(String text, String parameter, String code) {
        RouterLink link = new RouterLink(text, PacksView.class);
        link.setQueryParameters(QueryParameters.of(parameter, code));
        link.addClassName("packs-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pack.page.title");
    }
}
