package uk.coproduction.portal.frontline;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrontlineResponseRepository extends JpaRepository<FrontlineResponse, Long> {}
