-- One recruitment-cost vocabulary for reviews and complaints (src/domain/costs.rs): complaints
-- written before this migration are rewritten into the words reviews use. Lenders need nothing:
-- every word complaints had is one of the shared ones.

-- Skills and qualification tests are `skills`, as in reviews (the words are comma-separated;
-- no other word contains `skills_tests`).
UPDATE complaints SET cost_categories = REPLACE(cost_categories, 'skills_tests', 'skills')
    WHERE cost_categories LIKE '%skills\_tests%' ESCAPE '\';

-- Loan interest is monthly, in basis points (3 % a month = 300), as reviews have it: a yearly
-- whole percent p becomes p × 100 / 12, rounded half away from zero (36 % a year = 300).
ALTER TABLE complaints ADD COLUMN loan_interest_bp INTEGER CHECK (loan_interest_bp BETWEEN 0 AND 10000);
UPDATE complaints SET loan_interest_bp = CAST(ROUND(loan_interest_percent * 100 / 12.0) AS INTEGER)
    WHERE loan_interest_percent IS NOT NULL;
ALTER TABLE complaints DROP COLUMN loan_interest_percent;

-- The visa type was free text; it is now one of the review's words. Text that names one (in
-- any case, with spaces or hyphens for "_") becomes that word; anything else becomes `other`,
-- and what the worker typed goes on a line of its own at the end of the description, so that
-- nothing they wrote is lost.
UPDATE complaints SET visa_type = NULL WHERE TRIM(visa_type) = '';
UPDATE complaints
    SET description = CASE
            WHEN description IS NULL OR description = '' THEN TRIM(visa_type)
            ELSE description || char(10) || TRIM(visa_type)
        END,
        visa_type = 'other'
    WHERE visa_type IS NOT NULL
      AND LOWER(REPLACE(REPLACE(TRIM(visa_type), ' ', '_'), '-', '_'))
          NOT IN ('work', 'domestic_work', 'seasonal', 'visit', 'student', 'other');
UPDATE complaints SET visa_type = LOWER(REPLACE(REPLACE(TRIM(visa_type), ' ', '_'), '-', '_'))
    WHERE visa_type IS NOT NULL;
