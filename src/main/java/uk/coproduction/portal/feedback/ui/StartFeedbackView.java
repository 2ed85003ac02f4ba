package uk.coproduction.portal.feedback.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.coproduction.portal.base.RespondentGroup;
import uk.coproduction.portal.base.i18n.Languages;
import uk.coproduction.portal.base.limits.CampaignAllowance;
import uk.coproduction.portal.base.ui.ArrivalGate;
import uk.coproduction.portal.base.ui.ErrorSummary;
import uk.coproduction.portal.base.ui.ForeignWords;
import uk.coproduction.portal.base.ui.Honeypot;
import uk.coproduction.portal.base.ui.Pictures;
import uk.coproduction.portal.base.ui.ReadAloud;
import uk.coproduction.portal.feedback.DraftSnapshot;
import uk.coproduction.portal.feedback.FeedbackDraftService;

import java.util.Optional;

/**
 * The start of a feedback journey: what will happen, Start, Easy Read, and "continue where I left off" with a
 * return code (filled in for you when this device remembers one).
 */
@Route("feedback")
@AnonymousAllowed
public class StartFeedbackView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final FeedbackDraftService drafts;
    private final TextField returnCode = new TextField();
    private final ErrorSummary errors = new ErrorSummary();
    private final Div deviceCopy = new Div();
    private final Div carryOn = new Div();
    private final Honeypot honeypot = new Honeypot();
    private final ArrivalGate gate;
    /** The service a campaign link for one service names ({@code feedback?service=ID}); chosen already on Start. */
    private Long presetService;

    /** The query parameter naming the service a journey starts with. */
    public static final String SERVICE_PARAMETER = "service";

    StartFeedbackView(FeedbackDraftService drafts) {
        this.drafts = drafts;
        this.gate = new ArrivalGate();
        addClassNames("page", "journey-start");

        H1 title = new H1(getTranslation("journey.start.title"));
        String[] sentences = {
            "journey.start.time",
            "journey.start.no-account",
            "journey.start.skip",
            "journey.start.come-back",
            "journey.start.who-reads"
        };
        String[] pictures = {"track", "person", "skip", "code", "service"};
        Div intro = new Div();
        StringBuilder toRead = new StringBuilder(title.getText()).append(". ");
        for (int i = 0; i < sentences.length; i++) {
            intro.add(Pictures.sentence(pictures[i], getTranslation(sentences[i])));
            toRead.append(getTranslation(sentences[i])).append(' ');
        }
        ReadAloud readAloud = new ReadAloud(toRead.toString().trim(), getTranslation("read-aloud.page"));

        Button start = new Button(getTranslation("journey.start.button"), e -> start(e.getSource()));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassName("start-button");
        start.setDisableOnClick(true);
        Div startRow = new Div(start);
        startRow.addClassName("journey-actions");

        Div easyReadChoice = new Div();
        if (!Languages.isEasyRead(UI.getCurrent().getLocale())) {
            Anchor easyRead = new Anchor(
                    "language?to=" + Languages.EASY_READ.toLanguageTag() + "&back=/feedback",
                    ForeignWords.parts(getTranslation("journey.start.easy-read")));
            easyRead.addClassName("easy-read-link");
            // The language is chosen by the server (LanguageController), not by Vaadin's router: a full page load.
            easyRead.getElement().setAttribute("router-ignore", true);
            easyReadChoice.add(Pictures.picture("language"), easyRead);
            easyReadChoice.addClassName("easy-read-choice");
        }

        returnCode.setLabel(getTranslation("journey.start.return-code.label"));
        returnCode.setHelperText(getTranslation("journey.start.return-code.helper"));
        returnCode.setMaxLength(20);
        returnCode.addClassName("code-field");
        returnCode.getElement().setAttribute("autocomplete", "off");
        returnCode.getElement().setAttribute("autocapitalize", "characters");
        Button continueButton = new Button(getTranslation("journey.start.return-code.button"), e -> continueWith());
        Section comeBack = new Section(
                new H2(getTranslation("journey.start.return-code.title")),
                Pictures.sentence("code", getTranslation("journey.start.return-code.intro")),
                returnCode,
                continueButton);
        comeBack.addClassName("form-section");

        add(errors, title, readAloud, intro, carryOn, deviceCopy, startRow, gate, easyReadChoice, comeBack, honeypot);
    }

    /**
     * "Continue where I left off" when this session is on a journey; none after "Leave this site quickly" brought
     * the person back here ({@code ?left=1}, decision 0023), when the session forgets the journey instead.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        presetService = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SERVICE_PARAMETER)
                .flatMap(StartFeedbackView::id)
                .orElse(null);
        if (event.getLocation().getQueryParameters().getSingleParameter("left").isPresent()) {
            JourneySession.forgetOnThisDevice();
        }
        carryOn.removeAll();
        JourneySession.code().flatMap(drafts::find).filter(d -> !d.sent()).ifPresent(d -> {
            Button resume = new Button(getTranslation("journey.start.carry-on"), e -> resume(d));
            resume.addThemeVariants(ButtonVariant.LUMO_LARGE);
            carryOn.add(resume);
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The device's own copy of the return code, kept when the tab was closed or the session ended.
        getElement()
                .executeJs(
                        "try { return localStorage.getItem($0) || ''; } catch (e) { return ''; }",
                        JourneySession.STORAGE_KEY)
                .then(String.class, remembered -> {
                    if (remembered != null && !remembered.isBlank() && returnCode.isEmpty()) {
                        returnCode.setValue(remembered);
                        returnCode.setHelperText(getTranslation("journey.start.return-code.remembered"));
                    }
                });
        // The device's copy of the answers: offered when the server does not have the journey any more.
        getElement()
                .executeJs(
                        "try { return localStorage.getItem($0) || ''; } catch (e) { return ''; }",
                        JourneySession.COPY_KEY)
                .then(
                        String.class,
                        json -> JourneySession.readCopy(json)
                                .filter(copy -> !copy.sent()
                                        && drafts.find(copy.returnCode()).isEmpty())
                                .ifPresent(this::offerDeviceCopy));
    }

    private void offerDeviceCopy(DraftSnapshot copy) {
        deviceCopy.removeAll();
        Button restore = new Button(getTranslation("journey.start.device-copy.button"), e -> {
            DraftSnapshot restored = drafts.restore(copy);
            JourneySession.startedOnPurpose();
            JourneySession.remember(restored.returnCode());
            resume(restored);
        });
        restore.addThemeVariants(ButtonVariant.LUMO_LARGE);
        deviceCopy.add(Pictures.sentence("save", getTranslation("journey.start.device-copy.found")), restore);
    }

    /**
     * Past the limits the browser does the small check first (decision 0026). A filled honeypot does not stop the
     * journey: what is sent is kept and held for review.
     */
    private void start(Button start) {
        errors.clear();
        boolean honeypotFilled = honeypot.isFilled();
        gate.pass(start, () -> {
            // A visitor who came through an open campaign link (decision 0027) starts with its campaign and service.
            Optional<CampaignAllowance> campaign = CampaignAllowance.current();
            DraftSnapshot draft = drafts.start(
                    UI.getCurrent().getLocale().toLanguageTag(),
                    presetService,
                    campaign.map(CampaignAllowance::campaignId).orElse(null));
            JourneySession.startedOnPurpose();
            JourneySession.remember(draft.returnCode());
            if (honeypotFilled) {
                JourneySession.honeypotFilled(draft.returnCode());
            }
            UI.getCurrent().navigate(JourneySteps.SERVICE);
        });
    }

    private void resume(DraftSnapshot draft) {
        JourneySession.startedOnPurpose();
        UI.getCurrent().navigate(firstUnanswered(draft));
    }

    private static Optional<Long> id(String text) {
        return text.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private void continueWith() {
        errors.clear();
        returnCode.setInvalid(false);
        gate.pass(null, this::lookUp);
    }

    private void lookUp() {
        Optional<DraftSnapshot> found = drafts.lookUp(returnCode.getValue());
        if (found.isEmpty()) {
            String message = getTranslation("journey.start.return-code.not-found");
            returnCode.setErrorMessage(message);
            returnCode.setInvalid(true);
            errors.add(message, returnCode);
            errors.show();
            return;
        }
        DraftSnapshot draft = found.get();
        if (draft.sent()) {
            JourneySession.sent(draft.referenceCode());
            UI.getCurrent().navigate(SentView.class);
            return;
        }
        JourneySession.startedOnPurpose();
        JourneySession.remember(draft.returnCode());
        resume(draft);
    }

    /** Where the person got to: the first page not answered yet, or "check your answers". */
    private String firstUnanswered(DraftSnapshot draft) {
        if (!draft.serviceAnswered()) {
            return JourneySteps.SERVICE;
        }
        if (!draft.areaAnswered()) {
            return JourneySteps.AREA;
        }
        if (draft.respondentGroup() == null) {
            return JourneySteps.WHO;
        }
        if (draft.respondentGroup() == RespondentGroup.YOUNG_PERSON && !draft.ageAnswered()) {
            return JourneySteps.AGE;
        }
        for (var question : drafts.questions()) {
            if (!draft.answers().containsKey(question.id())) {
                return JourneySteps.question(question.position());
            }
        }
        if (!draft.changeAnswered()) {
            return JourneySteps.CHANGE;
        }
        if (draft.contact() == null) {
            return JourneySteps.REPLY;
        }
        return JourneySteps.CHECK;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.page-title", getTranslation("journey.start.title"));
    }
}
