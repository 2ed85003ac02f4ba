package uk.coproduction.portal.services;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.audit.AuditLog;
import uk.coproduction.portal.base.InvalidInputException;
import uk.coproduction.portal.base.security.Access;

import java.util.List;

/** The services and areas people can give feedback about. */
@Service
public class ServiceCatalogue {

    static final int MIN_REPLY_DAYS = 1;
    static final int MAX_REPLY_DAYS = 60;

    private final CommissionedServiceRepository services;
    private final AreaRepository areas;
    private final AuditLog audit;

    ServiceCatalogue(AuditLog audit, CommissionedServiceRepository services, AreaRepository areas) {
        this.audit = audit;
        this.services = services;
        this.areas = areas;
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public List<ServiceSummary> activeServices() {
        return services.findAllByActiveTrueOrderByNameAsc().stream()
                .map(CommissionedService::toSummary)
                .toList();
    }

    /**
     * An administrator sets how replies work for a service. Items already received keep their reply-by date;
     * new ones (and items whose service is changed) get the new number of working days.
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional
    public void changeReplySettings(String code, Integer replyWithinDays, boolean jointlyCommissioned) {
        if (replyWithinDays == null || replyWithinDays < MIN_REPLY_DAYS || replyWithinDays > MAX_REPLY_DAYS) {
            throw InvalidInputException.of("replyWithinDays", "workspace.service.settings.error.days");
        }
        CommissionedService service =
                services.findByCode(code).orElseThrow(() -> new IllegalArgumentException("No service " + code));
        service.changeReplySettings(replyWithinDays, jointlyCommissioned);
        audit.record(
                "service.reply-settings-changed",
                "service",
                code,
                "reply within " + replyWithinDays + " working days, jointly commissioned " + jointlyCommissioned);
    }

    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public List<AreaSummary> areas() {
        return areas.findAllByOrderByNameAsc().stream()
                .map(a -> new AreaSummary(a.getId(), a.getCode(), a.getName()))
                .toList();
    }
}
