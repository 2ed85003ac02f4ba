package uk.coproduction.portal.themes;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FeedbackThemeRepository extends JpaRepository<FeedbackTheme, FeedbackTheme.Key> {

    List<FeedbackTheme> findByIdFeedbackId(long feedbackId);
}
