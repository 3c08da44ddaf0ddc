ALTER TABLE reviews DROP COLUMN gender;
