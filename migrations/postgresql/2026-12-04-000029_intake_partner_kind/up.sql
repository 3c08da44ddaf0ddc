-- Intake partners (issue 18): the first migration's check on organisations.kind listed the
-- four kinds that receive referrals; it now admits 'intake_partner' too (migration 000027
-- added the partners' tables but not the kind).
ALTER TABLE organisations DROP CONSTRAINT organisations_kind_check;
ALTER TABLE organisations ADD CONSTRAINT organisations_kind_check
    CHECK (kind IN ('labour_inspectorate', 'origin_authority', 'trade_union', 'legal_aid', 'intake_partner'));
