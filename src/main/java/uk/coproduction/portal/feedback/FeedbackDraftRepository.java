package uk.coproduction.portal.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

interface FeedbackDraftRepository extends JpaRepository<FeedbackDraft, Long> {

    Optional<FeedbackDraft> findByReturnCode(String returnCode);

    boolean existsByReturnCode(String returnCode);

    /** Drafts nobody has touched since the cut-off (their answers go with them: the foreign key cascades). */
    @Transactional
    @Modifying
    @Query("delete from FeedbackDraft d where d.updatedAt < :cutOff")
    int deleteDraftsNotTouchedSince(Instant cutOff);
}
