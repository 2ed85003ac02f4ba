package uk.coproduction.portal.reviews;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReviewResponseRepository extends JpaRepository<ReviewResponse, Long> {

    List<ReviewResponse> findByReviewIdOrderByAnsweredAtAscIdAsc(long reviewId);

    boolean existsByReviewId(long reviewId);

    long countByReviewId(long reviewId);
}
