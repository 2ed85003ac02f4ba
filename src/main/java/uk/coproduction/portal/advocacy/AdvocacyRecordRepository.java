package uk.coproduction.portal.advocacy;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AdvocacyRecordRepository extends JpaRepository<AdvocacyRecord, Long> {

    List<AdvocacyRecord> findByAdvocateId(long advocateId);
}
