-- Reviews collected on paper or by a partner and loaded with `import-reviews`: who collected
-- them, how, and the batch they came in (a batch can be withdrawn before approval). All three
-- are empty for a review a worker sent.
ALTER TABLE reviews ADD COLUMN collected_by TEXT;
ALTER TABLE reviews ADD COLUMN channel TEXT;
ALTER TABLE reviews ADD COLUMN import_batch TEXT;
CREATE INDEX reviews_import_batch ON reviews (import_batch);
