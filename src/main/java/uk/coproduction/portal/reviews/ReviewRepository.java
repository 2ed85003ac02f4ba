package uk.coproduction.portal.reviews;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByServiceIdOrderByOpensOnDescIdDesc(long serviceId);

    List<Review> findByServiceIdInOrderByOpensOnDescIdDesc(Collection<Long> serviceIds);

    @Query("select r from Review r join r.links l where l.publicId = :publicId")
    Optional<Review> findByPublicId(String publicId);
}
