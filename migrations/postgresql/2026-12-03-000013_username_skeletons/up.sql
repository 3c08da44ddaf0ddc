-- Usernames' lookup keys become UTS #39 confusable skeletons (Username::key_of). SQL cannot
-- compute them: db::run_migrations recomputes every key in Rust right after this migration.
SELECT 1;
