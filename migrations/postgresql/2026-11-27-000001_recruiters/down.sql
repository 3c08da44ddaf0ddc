DROP TABLE licence_events;
DROP TABLE recruiter_destinations;
DROP TABLE recruiters;
