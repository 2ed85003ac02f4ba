package uk.coproduction.portal.services;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface AreaRepository extends JpaRepository<Area, Long> {

    List<Area> findAllByOrderByNameAsc();

    Optional<Area> findByNameIgnoreCase(String name);

    boolean existsByCode(String code);
}
