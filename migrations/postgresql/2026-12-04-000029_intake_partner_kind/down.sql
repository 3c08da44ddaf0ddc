-- Back to the four referral kinds; refused while an intake partner exists.
ALTER TABLE organisations DROP CONSTRAINT organisations_kind_check;
ALTER TABLE organisations ADD CONSTRAINT organisations_kind_check
    CHECK (kind IN ('labour_inspectorate', 'origin_authority', 'trade_union', 'legal_aid'));
