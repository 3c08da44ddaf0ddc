DROP TRIGGER recruiters_search_update;
DROP TRIGGER recruiters_search_delete;
DROP TRIGGER recruiters_search_insert;
DROP TABLE recruiter_search;
DROP TABLE licence_events;
DROP TABLE recruiter_destinations;
DROP TABLE recruiters;
