-- Back to the complaints' own words. The visa words stay as they are (valid free text); the
-- recruitment fee, which complaints did not have, is dropped from the costs and a cooperative
-- lender becomes `other`; monthly basis points become a yearly whole percent, at most 1000.
ALTER TABLE complaints ADD COLUMN loan_interest_percent INTEGER CHECK (loan_interest_percent BETWEEN 0 AND 1000);
UPDATE complaints SET loan_interest_percent = MIN(1000, CAST(ROUND(loan_interest_bp * 12 / 100.0) AS INTEGER))
    WHERE loan_interest_bp IS NOT NULL;
ALTER TABLE complaints DROP COLUMN loan_interest_bp;
UPDATE complaints SET lender = 'other' WHERE lender = 'cooperative';
UPDATE complaints
    SET cost_categories = TRIM(REPLACE(REPLACE(',' || cost_categories || ',', ',fee,', ','), ',skills,', ',skills_tests,'), ',')
    WHERE cost_categories <> '';
