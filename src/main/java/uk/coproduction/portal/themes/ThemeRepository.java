package uk.coproduction.portal.themes;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    List<Theme> findAllByOrderByNameAsc();

    List<Theme> findAllByActiveTrueOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
