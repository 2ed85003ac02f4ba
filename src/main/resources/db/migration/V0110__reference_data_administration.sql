-- Issue 15: reference data administered in the app (decision 0029).

-- The services register: when a contract starts, and which other organisations commission a service with its lead
-- commissioner. A provider may be "not recorded yet" (see the illustrative providers below).
ALTER TABLE commissioned_service
    ADD COLUMN contract_start DATE NULL,
    MODIFY provider_id BIGINT NULL;

CREATE TABLE service_partner_commissioner (
    service_id      BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (service_id, organisation_id),
    CONSTRAINT fk_service_partner_service FOREIGN KEY (service_id) REFERENCES commissioned_service (id),
    CONSTRAINT fk_service_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The seeded jointly commissioned services are bought by the council and the NHS together: the partner is the one of
-- the two that is not the lead.
INSERT INTO service_partner_commissioner (service_id, organisation_id)
SELECT s.id, partner.id
FROM commissioned_service s
JOIN organisation lead ON lead.id = s.commissioner_id
JOIN organisation partner ON partner.code = CASE lead.code WHEN 'KCC' THEN 'NHS_KM' ELSE 'KCC' END
WHERE s.jointly_commissioned = TRUE AND lead.code IN ('KCC', 'NHS_KM')
  AND s.code IN ('SPEECH_LANGUAGE_THERAPY', 'NEURODEVELOPMENTAL_PATHWAY', 'INDEPENDENT_SPECIAL_SCHOOLS',
                 'JOINT_RESOURCE_ALLOCATION', 'COMMUNITY_LD_TEAMS', 'TRANSFORMING_CARE');

-- Organisations and areas are renamed in the app; a retired organisation is no longer offered for new choices.
ALTER TABLE organisation ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
CREATE UNIQUE INDEX uq_organisation_name ON organisation (name);
CREATE UNIQUE INDEX uq_area_name ON area (name);

-- Plans: a new plan year is copied from an earlier one (kept for the record); a retired action keeps its links and
-- changes but is no longer offered for new links.
ALTER TABLE plan ADD COLUMN copied_from_id BIGINT NULL,
    ADD CONSTRAINT fk_plan_copied_from FOREIGN KEY (copied_from_id) REFERENCES plan (id);
ALTER TABLE plan_action ADD COLUMN retired BOOLEAN NOT NULL DEFAULT FALSE;

-- The three voluntary and independent providers V0002 seeded were illustrative: they belong to the demo data set
-- (demo.DemoProviders puts them back there), not to a council's database. V0002 is not edited, because deployed
-- databases hold its checksum. The six seeded services they were given lose only that illustrative provider ("not
-- recorded yet", for an administrator to set); then each illustrative organisation is removed unless something
-- else still refers to it (a staff account, an advocate's record, or an administrator's own choice), in which case
-- the foreign key refuses and it stays.
UPDATE commissioned_service s JOIN organisation o ON o.id = s.provider_id
SET s.provider_id = NULL
WHERE o.code IN ('KENT_SHORT_BREAKS', 'KENT_CARE_SUPPORT', 'KENT_ISS_GROUP')
  AND s.code IN ('SHORT_BREAKS', 'PORTAGE', 'INDEPENDENT_SPECIAL_SCHOOLS', 'SUPPORTED_LIVING', 'HOME_CARE',
                 'CARE_HOMES');

CREATE PROCEDURE portal_remove_unused_organisation(IN p_code VARCHAR(40))
BEGIN
    -- 1451: a row elsewhere still refers to it, so it is in use and stays.
    DECLARE CONTINUE HANDLER FOR 1451 BEGIN END;
    DELETE FROM organisation WHERE code = p_code;
END;

CALL portal_remove_unused_organisation('KENT_SHORT_BREAKS');
CALL portal_remove_unused_organisation('KENT_CARE_SUPPORT');
CALL portal_remove_unused_organisation('KENT_ISS_GROUP');
DROP PROCEDURE portal_remove_unused_organisation;
