package uk.coproduction.portal.services;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CommissionedServiceRepository extends JpaRepository<CommissionedService, Long> {

    List<CommissionedService> findAllByActiveTrueOrderByNameAsc();

    List<CommissionedService> findAllByOrderByNameAsc();

    Optional<CommissionedService> findByCode(String code);

    Optional<CommissionedService> findByNameIgnoreCase(String name);

    boolean existsByCode(String code);
}
