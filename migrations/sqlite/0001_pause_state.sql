-- Boulder's `paused` table, column for column. In MariaDB this table belongs
-- to Boulder and is never altered by this project; on SQLite we create it
-- with the same names and meaning so the store code reads alike.
-- Times are UTC text 'YYYY-MM-DD HH:MM:SS' (Boulder's datetime precision),
-- which compares correctly as text.
-- A row is paused when unpausedAt IS NULL OR pausedAt > unpausedAt.
CREATE TABLE IF NOT EXISTS paused (
    registrationID  INTEGER NOT NULL,
    identifierType  INTEGER NOT NULL,   -- 0 = dns, 1 = ip
    identifierValue TEXT    NOT NULL,
    pausedAt        TEXT    NOT NULL,
    unpausedAt      TEXT    DEFAULT NULL,
    PRIMARY KEY (registrationID, identifierValue, identifierType)
) WITHOUT ROWID;  -- clustered on the key: an account's rows are contiguous,
                  -- so listing and batched unpausing read no second index.

-- Whole-account pauses: same semantics as `paused`, one row per account.
-- Kept apart from `paused` because Boulder's table has no way to say "every
-- name" and must not be altered.
CREATE TABLE IF NOT EXISTS paused_accounts (
    registrationID INTEGER PRIMARY KEY,
    pausedAt       TEXT NOT NULL,
    unpausedAt     TEXT DEFAULT NULL
);

-- Every pause and unpause: who, when, what, from where. Append-only except
-- that a batched unpause-all grows its own row's count as batches commit, so
-- the row is true at every commit even if the process dies mid-way.
CREATE TABLE IF NOT EXISTS pause_events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    at             TEXT    NOT NULL,
    registrationID INTEGER NOT NULL,
    action         TEXT    NOT NULL,   -- pause | unpause
    scope          TEXT    NOT NULL,   -- identifiers | account | all
    count          INTEGER NOT NULL,
    actor          TEXT    NOT NULL,   -- portal | cli | api
    client_ip      TEXT,
    user_agent     TEXT
);
CREATE INDEX IF NOT EXISTS pause_events_by_account ON pause_events (registrationID, id);

-- Portal sessions (CSRF token, result flash). Stored here so any portal
-- instance can serve any request; expires_at is unix seconds.
CREATE TABLE IF NOT EXISTS sessions (
    id         TEXT    PRIMARY KEY,
    data       BLOB    NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions (expires_at);
