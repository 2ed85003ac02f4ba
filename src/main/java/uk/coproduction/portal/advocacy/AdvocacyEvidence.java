package uk.coproduction.portal.advocacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.feedback.FeedbackScope;
import uk.coproduction.portal.security.StaffDirectory;
import uk.coproduction.portal.security.StaffIdentity;
import uk.coproduction.portal.services.Organisation;
import uk.coproduction.portal.services.OrganisationRepository;

import java.util.List;
import java.util.Optional;

/** For commissioners: whether a piece of feedback came through an advocate, and on what consent. */
@Service
@PreAuthorize(Access.COMMISSIONER)
public class AdvocacyEvidence {

    private final AdvocacyRecordRepository records;
    private final OrganisationRepository organisations;
    private final FeedbackScope scope;
    private final StaffDirectory staff;

    AdvocacyEvidence(
            AdvocacyRecordRepository records,
            OrganisationRepository organisations,
            FeedbackScope scope,
            StaffDirectory staff) {
        this.records = records;
        this.organisations = organisations;
        this.scope = scope;
        this.staff = staff;
    }

    /**
     * How the feedback came through an advocate; empty when the person sent it themselves.
     *
     * @throws IllegalArgumentException when there is no such feedback outside safeguarding
     * @throws org.springframework.security.access.AccessDeniedException when it is about another team's service
     */
    @Transactional(readOnly = true)
    public Optional<AdvocacyDetails> forFeedback(long feedbackId) {
        StaffIdentity me = staff.requireCurrentStaff();
        scope.require(feedbackId, me);
        return records.findById(feedbackId)
                .map(r -> new AdvocacyDetails(
                        staff.displayNames(List.of(r.getAdvocateId())).getOrDefault(r.getAdvocateId(), "?"),
                        r.getOrganisationId() == null
                                ? null
                                : organisations
                                        .findById(r.getOrganisationId())
                                        .map(Organisation::getName)
                                        .orElse(null),
                        r.getConsent(),
                        r.getBestInterestsBy(),
                        r.getCommentSource(),
                        r.getChangeSource(),
                        r.getGathered(),
                        r.getReadBack(),
                        r.getPersonsAge(),
                        r.isGillickConfirmed(),
                        r.isLacksCapacityConfirmed()));
    }
}
