package uk.coproduction.portal.campaigns;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByPublicId(String publicId);

    List<Campaign> findAllByOrderByOpensAtDescIdDesc();

    /** One more visitor followed the open link; counted in the database so two instances never lose one. */
    @Modifying
    @Query("UPDATE Campaign c SET c.journeysStarted = c.journeysStarted + 1 WHERE c.id = :id")
    void countStart(long id);
}
