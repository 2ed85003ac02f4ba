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
-- databases hold its checksum. Each illustrative organisation is removed, and the seeded services it was given then
-- have no provider recorded ("not recorded yet", for an administrator to set), unless something else still refers
-- to it (a staff account, an advocate's record, a service an administrator gave it): then the foreign key refuses,
-- the organisation stays, and so does every service's link to it, so nobody loses access.
CREATE PROCEDURE portal_remove_illustrative_provider(IN p_code VARCHAR(40), IN p_services VARCHAR(200))
BEGIN
    DECLARE in_use BOOLEAN DEFAULT FALSE;
    DECLARE v_organisation BIGINT;
    -- 1451: a row elsewhere still refers to it, so it is in use and stays.
    DECLARE CONTINUE HANDLER FOR 1451 SET in_use = TRUE;
    SELECT id INTO v_organisation FROM organisation WHERE code = p_code;
    IF v_organisation IS NOT NULL THEN
        UPDATE commissioned_service SET provider_id = NULL
        WHERE provider_id = v_organisation AND FIND_IN_SET(code, p_services) > 0;
        DELETE FROM organisation WHERE id = v_organisation;
        IF in_use THEN
            UPDATE commissioned_service SET provider_id = v_organisation
            WHERE provider_id IS NULL AND FIND_IN_SET(code, p_services) > 0;
        END IF;
    END IF;
END;

CALL portal_remove_illustrative_provider('KENT_SHORT_BREAKS', 'SHORT_BREAKS,PORTAGE');
CALL portal_remove_illustrative_provider('KENT_ISS_GROUP', 'INDEPENDENT_SPECIAL_SCHOOLS');
CALL portal_remove_illustrative_provider('KENT_CARE_SUPPORT', 'SUPPORTED_LIVING,HOME_CARE,CARE_HOMES');
DROP PROCEDURE portal_remove_illustrative_provider;
