DROP INDEX complaints_recruiter_received;
DROP TABLE watch_digests;
DROP TABLE watches;
