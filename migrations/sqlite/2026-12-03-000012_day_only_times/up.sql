-- No time finer than the day about a review or a worker's complaint (issue 23, point 7):
-- reviews, the rows of the outbox (which are written in the same transaction as a complaint
-- or a review and would line up with it) and sub-agents named by workers keep midnight of
-- their day, as complaints, referrals and their timelines already do. A pending mail's due
-- time is kept: it says when to try again, not when anything was written.
UPDATE reviews SET
    created_at = date(created_at) || ' 00:00:00',
    updated_at = date(updated_at) || ' 00:00:00',
    moderated_at = CASE WHEN moderated_at IS NULL THEN NULL ELSE date(moderated_at) || ' 00:00:00' END;
UPDATE outbox SET
    created_at = date(created_at) || ' 00:00:00',
    sent_at = CASE WHEN sent_at IS NULL THEN NULL ELSE date(sent_at) || ' 00:00:00' END;
UPDATE outbox SET due_at = date(due_at) || ' 00:00:00' WHERE state <> 'pending';
UPDATE recruiters SET
    created_at = date(created_at) || ' 00:00:00',
    updated_at = date(updated_at) || ' 00:00:00'
    WHERE is_sub_agent;
