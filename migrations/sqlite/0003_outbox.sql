-- Notification emails waiting to go out, and what became of them. A row is
-- written in the transaction that pauses, so a pause and its notice are
-- committed together or not at all. One row per (pause episode, contact):
-- further pauses of the account merge into a row not yet tried, so a
-- burst of pauses makes one email.
--
-- state: pending (due at dueAt; leased while leaseUntil is in the future),
-- sent, failed (permanent refusal, or given up after the maximum age),
-- skipped (nothing was paused any more when its turn came).
CREATE TABLE IF NOT EXISTS notifications (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    registrationID INTEGER NOT NULL,
    contact        TEXT    NOT NULL,
    language       TEXT,
    clientIP       TEXT,
    userAgent      TEXT,
    createdAt      TEXT    NOT NULL,
    dueAt          TEXT    NOT NULL,
    state          TEXT    NOT NULL DEFAULT 'pending',
    attempts       INTEGER NOT NULL DEFAULT 0,
    leaseOwner     TEXT,
    leaseUntil     TEXT,
    lastError      TEXT,
    finishedAt     TEXT
);
CREATE INDEX IF NOT EXISTS notifications_due ON notifications (state, dueAt);
CREATE INDEX IF NOT EXISTS notifications_by_account ON notifications (registrationID, contact, state);
