package uk.coproduction.portal.campaigns.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.calendar.Quarter;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.base.ui.DisplayDates;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.StaffLayout;
import uk.coproduction.portal.campaigns.CampaignFigures;
import uk.coproduction.portal.campaigns.CampaignForm;
import uk.coproduction.portal.campaigns.CampaignJourney;
import uk.coproduction.portal.campaigns.CampaignQrCode;
import uk.coproduction.portal.campaigns.CampaignService;
import uk.coproduction.portal.campaigns.CampaignSummary;
import uk.coproduction.portal.services.ServiceCatalogue;
import uk.coproduction.portal.services.ServiceSummary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Campaign and event links (decision 0027): a commissioner makes one for a review, a frontline quarter or a school
 * session, hands out its link or QR code, and closes it if it leaks. Same roles as {@link CampaignService}.
 */
@Route(value = "staff/campaigns", layout = StaffLayout.class)
@Menu(title = "nav.workspace.campaigns", order = 220)
@RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
public class CampaignsView extends Div implements HasDynamicTitle {

    private final CampaignService campaigns;

    private final ErrorSummary errors = new ErrorSummary();
    private final TextField name = new TextField();
    private final RadioButtonGroup<CampaignJourney> journey = new RadioButtonGroup<>();
    private final ComboBox<ServiceSummary> service = new ComboBox<>();
    private final Select<Quarter> quarter = new Select<>();
    private final IntegerField people = new IntegerField();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final Button make = new Button();
    private final Paragraph made = new Paragraph();
    private final Div list = new Div();

    CampaignsView(CampaignService campaigns, ServiceCatalogue catalogue, Clock clock) {
        this.campaigns = campaigns;
        addClassNames("page", "page-wide", "campaigns-page");

        name.setLabel(getTranslation("workspace.campaigns.form.name"));
        name.setHelperText(getTranslation("workspace.campaigns.form.name.help"));
        name.setMaxLength(CampaignService.NAME_MAX_LENGTH);
        name.setWidthFull();
        journey.setLabel(getTranslation("workspace.campaigns.form.journey"));
        journey.setItems(CampaignJourney.values());
        journey.setItemLabelGenerator(j -> getTranslation("workspace.campaigns.journey." + j.name()));
        journey.setValue(CampaignJourney.RESIDENT_FEEDBACK);
        service.setLabel(getTranslation("workspace.campaigns.form.service"));
        service.setHelperText(getTranslation("workspace.campaigns.form.service.help"));
        service.setItems(catalogue.activeServices());
        service.setItemLabelGenerator(ServiceSummary::name);
        service.setClearButtonVisible(true);
        Quarter now = Quarter.of(LocalDate.now(clock.withZone(DisplayDates.UK)));
        quarter.setLabel(getTranslation("workspace.campaigns.form.quarter"));
        quarter.setItems(List.of(now, now.next()));
        quarter.setItemLabelGenerator(Quarter::toString);
        quarter.setValue(now);
        people.setLabel(getTranslation("workspace.campaigns.form.people"));
        people.setHelperText(getTranslation("workspace.campaigns.form.people.help"));
        people.setMin(1);
        people.setMax(CampaignService.MOST_PEOPLE);
        opens.setLabel(getTranslation("workspace.campaigns.form.opens"));
        closes.setLabel(getTranslation("workspace.campaigns.form.closes"));
        closes.setHelperText(getTranslation("workspace.campaigns.form.closes.help"));
        // Open from the start of this hour, so a link made before nine in the morning (or late at night for the
        // next morning's assembly) works the moment it is handed out; it closes a week later at five.
        LocalDateTime thisHour =
                LocalDateTime.now(clock.withZone(DisplayDates.UK)).truncatedTo(ChronoUnit.HOURS);
        opens.setValue(thisHour);
        closes.setValue(LocalDateTime.of(thisHour.toLocalDate().plusDays(7), LocalTime.of(17, 0)));
        journey.addValueChangeListener(e -> showJourneyFields());
        showJourneyFields();
        make.setText(getTranslation("workspace.campaigns.form.make"));
        make.addThemeVariants(ButtonVariant.PRIMARY);
        make.addClickListener(e -> make());
        made.getElement().setAttribute("role", "status");

        // One field under another, each at its own width, so no label is cut short.
        Div fields = new Div(name, journey, service, quarter, people, opens, closes, make);
        fields.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-s)");
        people.setWidth("16em");
        service.setWidth("24em");
        Section form = new Section(
                new H2(getTranslation("workspace.campaigns.form.title")),
                new Paragraph(getTranslation("workspace.campaigns.form.intro")),
                errors,
                fields,
                made);
        form.addClassName("form-section");
        add(
                new H1(getTranslation("workspace.campaigns.title")),
                new Paragraph(getTranslation("workspace.campaigns.intro")),
                form,
                new H2(getTranslation("workspace.campaigns.list.title")),
                list);
        showList();
    }

    private void showJourneyFields() {
        service.setVisible(journey.getValue() != CampaignJourney.FRONTLINE);
        quarter.setVisible(journey.getValue() == CampaignJourney.FRONTLINE);
    }

    private void make() {
        errors.clear();
        List<HasValidation> fields = List.of(name, service, quarter, people, opens, closes);
        fields.forEach(field -> field.setInvalid(false));
        CampaignJourney chosen = journey.getValue();
        try {
            CampaignSummary campaign = campaigns.create(new CampaignForm(
                    name.getValue(),
                    chosen,
                    chosen == CampaignJourney.FRONTLINE || service.getValue() == null
                            ? null
                            : service.getValue().id(),
                    chosen == CampaignJourney.FRONTLINE && quarter.getValue() != null
                            ? quarter.getValue().toString()
                            : null,
                    people.getValue(),
                    instant(opens),
                    instant(closes)));
            made.setText(getTranslation("workspace.campaigns.form.made", campaign.name()));
            name.clear();
            people.clear();
            showList();
        } catch (InvalidInputException problems) {
            made.setText("");
            errors.show(
                    problems,
                    Map.of(
                            "name", name, "journey", journey, "service", service, "quarter", quarter, "people", people,
                            "opens", opens, "closes", closes),
                    name);
        }
    }

    private static @Nullable Instant instant(DateTimePicker picker) {
        return picker.getValue() == null
                ? null
                : picker.getValue().atZone(DisplayDates.UK).toInstant();
    }

    private void showList() {
        list.removeAll();
        List<CampaignSummary> all = campaigns.list();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("workspace.campaigns.list.none")));
            return;
        }
        all.forEach(campaign -> list.add(card(campaign)));
    }

    private Section card(CampaignSummary campaign) {
        var locale = getLocale();
        Section card = new Section(new H3(campaign.name()));
        card.addClassName("campaign-card");
        card.getElement().setAttribute("aria-label", campaign.name());
        List<String> facts = new ArrayList<>();
        facts.add(
                getTranslation("workspace.campaigns.status." + campaign.status().name()));
        facts.add(
                campaign.journey() == CampaignJourney.FRONTLINE
                        ? getTranslation("workspace.campaigns.card.frontline", campaign.quarter())
                        : campaign.service() == null
                                ? getTranslation("workspace.campaigns.card.feedback-any")
                                : getTranslation("workspace.campaigns.card.feedback-service", campaign.service()));
        facts.add(getTranslation("workspace.campaigns.card.people", campaign.expectedPeople()));
        facts.add(getTranslation(
                "workspace.campaigns.card.window",
                DisplayDates.dateTime(campaign.opens(), locale),
                DisplayDates.dateTime(campaign.closes(), locale)));
        facts.add(getTranslation("workspace.campaigns.card.owner", campaign.owner()));
        facts.forEach(fact -> card.add(new Paragraph(fact)));

        TextField linkField = new TextField(getTranslation("workspace.campaigns.card.link"));
        linkField.setValue(campaign.link());
        linkField.setReadOnly(true);
        linkField.setWidthFull();
        card.add(linkField);

        // The pictures are drawn when the browser asks for them, not for every card each time the list is shown.
        String link = campaign.link();
        String alt = getTranslation("workspace.campaigns.card.qr-alt", campaign.name());
        String file = "campaign-" + campaign.id();
        Image image = new Image(png(link, file).inline(), alt);
        image.addClassName("campaign-qr");
        // Large enough to scan from a phone held at arm's length; the PNG itself is bigger, for print.
        image.setWidth("12rem");
        image.setHeight("12rem");
        Anchor pngLink = new Anchor(png(link, file), getTranslation("workspace.campaigns.card.download-png"));
        Anchor svgLink = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] svg = CampaignQrCode.of(link).svg(alt).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(svg), file + ".svg", "image/svg+xml", svg.length);
                }),
                getTranslation("workspace.campaigns.card.download-svg"));
        card.add(image, new Paragraph(pngLink), new Paragraph(svgLink));

        CampaignFigures figures = campaigns.figures(campaign.id());
        String fewer = getTranslation("evidence.fewer-than-5");
        card.add(new Paragraph(getTranslation(
                "workspace.campaigns.card.figures",
                figures.started().format(fewer),
                figures.finished().format(fewer))));

        if (campaign.mayChange()) {
            boolean closed = campaign.status() == CampaignSummary.Status.CLOSED;
            Button change = new Button(
                    getTranslation(closed ? "workspace.campaigns.card.reopen" : "workspace.campaigns.card.close"),
                    e -> {
                        CampaignSummary changed =
                                closed ? campaigns.reopen(campaign.id()) : campaigns.close(campaign.id());
                        made.setText(getTranslation(
                                closed ? "workspace.campaigns.card.reopened" : "workspace.campaigns.card.closed",
                                changed.name()));
                        showList();
                    });
            change.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    closed
                                            ? "workspace.campaigns.card.reopen-named"
                                            : "workspace.campaigns.card.close-named",
                                    campaign.name()));
            if (!closed) {
                change.addThemeVariants(ButtonVariant.ERROR);
            }
            card.add(change);
        }
        return card;
    }

    private static InputStreamDownloadHandler png(String link, String file) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] png = CampaignQrCode.of(link).png();
            return new DownloadResponse(new ByteArrayInputStream(png), file + ".png", "image/png", png.length);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.campaigns.page-title");
    }
}
