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
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    registrationID bigint       NOT NULL,
    contact        varchar(254) NOT NULL,
    language       varchar(35),
    clientIP       varchar(64),
    userAgent      varchar(512),
    createdAt      timestamptz  NOT NULL,
    dueAt          timestamptz  NOT NULL,
    state          varchar(16)  NOT NULL DEFAULT 'pending',
    attempts       bigint       NOT NULL DEFAULT 0,
    leaseOwner     varchar(64),
    leaseUntil     timestamptz,
    lastError      varchar(512),
    finishedAt     timestamptz
);
CREATE INDEX IF NOT EXISTS notifications_due ON notifications (state, dueAt);
CREATE INDEX IF NOT EXISTS notifications_by_account ON notifications (registrationID, contact, state);
