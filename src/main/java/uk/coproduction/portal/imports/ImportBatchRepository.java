package uk.coproduction.portal.imports;

import org.springframework.data.jpa.repository.JpaRepository;
import uk.coproduction.portal.services.Team;

import java.util.List;
import java.util.Optional;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    Optional<ImportBatch> findByFileHash(String fileHash);

    List<ImportBatch> findTop50ByTeamOrderByImportedAtDesc(Team team);
}
