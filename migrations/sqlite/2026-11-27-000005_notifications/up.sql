-- Notifications: each account's language and mail preference, and the outbox that every
-- notifying change writes to in its own transaction. The delivery worker sends the rows.
-- An outbox row carries an address, a language, a kind and a link: never a complaint's
-- words, a worker's name or a receipt.

-- NULL: the language of the pages (English) until the person chooses or signs in.
ALTER TABLE users ADD COLUMN language TEXT;
-- each: one mail per event; digest: one mail a day with the counts (leads); none: no mail.
ALTER TABLE users ADD COLUMN mail_notices TEXT NOT NULL DEFAULT 'each'
    CHECK (mail_notices IN ('each', 'digest', 'none'));

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY NOT NULL,
    recipient TEXT NOT NULL,
    -- The account the mail is for (digests gather by it); NULL once the account is gone.
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    language TEXT NOT NULL,
    kind TEXT NOT NULL,
    -- A path under FAIRRECRUIT_PUBLIC_URL.
    link TEXT NOT NULL,
    -- Values the message's words need (JSON object of short strings and numbers).
    params TEXT NOT NULL DEFAULT '{}',
    -- pending: to send at due_at; sent; dead: given up (shown to administrators);
    -- held: waiting for the recipient's daily digest; digested: sent in digest digest_id.
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'dead', 'held', 'digested')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- When a pending row may next be claimed; a claim moves it past the claim's lease.
    due_at TIMESTAMP NOT NULL,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    digest_id INTEGER REFERENCES outbox (id)
);
CREATE INDEX outbox_due ON outbox (due_at) WHERE state = 'pending';
CREATE INDEX outbox_held ON outbox (user_id, created_at) WHERE state = 'held';
CREATE INDEX outbox_dead ON outbox (id) WHERE state = 'dead';
CREATE INDEX outbox_digests ON outbox (user_id, created_at) WHERE kind = 'digest';
