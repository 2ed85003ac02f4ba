package uk.coproduction.portal.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import uk.coproduction.portal.base.AgeBand;
import uk.coproduction.portal.base.RespondentGroup;

/**
 * How many people of one group (and age band) took part: counts, never names.
 *
 * @param ageBand null when the age was not asked or the group has no age bands
 */
@Embeddable
public record ParticipantCount(
        @Enumerated(EnumType.STRING) @Column(name = "respondent_group")
        RespondentGroup group,

        @Enumerated(EnumType.STRING) @Column(name = "age_band")
        AgeBand ageBand,

        @Column(name = "people") int people) {}
