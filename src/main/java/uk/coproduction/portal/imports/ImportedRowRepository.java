package uk.coproduction.portal.imports;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ImportedRowRepository extends JpaRepository<ImportedRow, Long> {

    @Query("select r.rowHash from ImportedRow r where r.rowHash in :hashes")
    List<String> findExistingHashes(Collection<String> hashes);
}
