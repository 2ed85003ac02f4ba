package uk.coproduction.portal.services;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CommissionedServiceRepository extends JpaRepository<CommissionedService, Long> {

    List<CommissionedService> findAllByActiveTrueOrderByNameAsc();
}
