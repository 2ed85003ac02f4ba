package uk.coproduction.portal.services;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    Optional<Organisation> findByNameIgnoreCase(String name);

    boolean existsByCode(String code);

    List<Organisation> findAllByOrderByNameAsc();
}
