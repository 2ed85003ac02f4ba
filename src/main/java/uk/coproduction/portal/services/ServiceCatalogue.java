package uk.coproduction.portal.services;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The services and areas people can give feedback about. */
@Service
public class ServiceCatalogue {

    private final CommissionedServiceRepository services;
    private final AreaRepository areas;

    ServiceCatalogue(CommissionedServiceRepository services, AreaRepository areas) {
        this.services = services;
        this.areas = areas;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ServiceSummary> activeServices() {
        return services.findAllByActiveTrueOrderByNameAsc().stream().map(CommissionedService::toSummary).toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<AreaSummary> areas() {
        return areas.findAllByOrderByNameAsc().stream()
                .map(a -> new AreaSummary(a.getId(), a.getCode(), a.getName())).toList();
    }
}
