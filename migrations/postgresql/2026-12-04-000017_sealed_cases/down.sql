CREATE OR REPLACE FUNCTION referral_transitions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'referral_transitions is append-only';
END;
$$;
ALTER TABLE complaints DROP COLUMN content_destroyed;
ALTER TABLE referrals DROP COLUMN ended_on;
ALTER TABLE organisations DROP COLUMN retention_days;
ALTER TABLE referral_transitions DROP COLUMN sealed;
ALTER TABLE referral_messages DROP COLUMN sealed;
ALTER TABLE complaints DROP COLUMN sealed;
ALTER TABLE sessions DROP COLUMN wrapped_key;
DROP TABLE installation;
DROP TABLE complaint_keys;
DROP TABLE key_grants;
DROP TABLE organisation_keys;
DROP TABLE account_keys;
