-- No time finer than the day about a review or a worker's complaint (issue 23, point 7):
-- reviews, the rows of the outbox (which are written in the same transaction as a complaint
-- or a review and would line up with it) and sub-agents named by workers keep midnight of
-- their day, as complaints, referrals and their timelines already do. A pending mail's due
-- time is kept: it says when to try again, not when anything was written.
UPDATE reviews SET
    created_at = date_trunc('day', created_at),
    updated_at = date_trunc('day', updated_at),
    moderated_at = date_trunc('day', moderated_at);
UPDATE outbox SET
    created_at = date_trunc('day', created_at),
    sent_at = date_trunc('day', sent_at);
UPDATE outbox SET due_at = date_trunc('day', due_at) WHERE state <> 'pending';
UPDATE recruiters SET
    created_at = date_trunc('day', created_at),
    updated_at = date_trunc('day', updated_at)
    WHERE is_sub_agent;
