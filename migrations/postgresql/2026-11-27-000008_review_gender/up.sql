-- Optional gender of the worker (issue 7: SDG 10.7.1 by gender). Never shown on a
-- review; only counted in the corridor report (k = 5). NULL: not said.
ALTER TABLE reviews ADD COLUMN gender TEXT CHECK (gender IN ('woman', 'man', 'another'));
