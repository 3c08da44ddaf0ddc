-- Licence numbers in their normal form per licensing country (domain::licence::normal_form):
-- what the import keys an agency on, with its country, and what a search compares. Filled in
-- for existing rows by the application after this migration (SQL cannot compute it).
ALTER TABLE recruiters ADD COLUMN licence_key TEXT;
CREATE INDEX recruiters_licence_key ON recruiters (licence_key, licensing_country);
