DROP TABLE partner_attestations;
DROP TABLE partner_keys;
DROP INDEX complaints_partner_reference;
ALTER TABLE complaints DROP COLUMN partner_reference;
ALTER TABLE complaints DROP COLUMN intake_partner_id;
