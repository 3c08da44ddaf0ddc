-- The times of day are gone; nothing to restore.
SELECT 1;
