package uk.coproduction.portal.safeguarding;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface SafeguardingActionRepository extends JpaRepository<SafeguardingAction, Long> {

    List<SafeguardingAction> findByFeedbackIdOrderByTakenAtAscIdAsc(long feedbackId);

    List<SafeguardingAction> findByFeedbackIdIn(Collection<Long> feedbackIds);
}
