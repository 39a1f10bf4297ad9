-- Boulder's `paused` table with the same columns and meaning (Boulder's own
-- DDL is MySQL's; this is its PostgreSQL twin). Times are timestamptz, UTC.
-- identifierValue sorts bytewise (COLLATE "C"): batched unpausing pages
-- through the primary key, and the bytewise order is the cheapest to index.
-- A row is paused when unpausedAt IS NULL OR pausedAt > unpausedAt.
CREATE TABLE IF NOT EXISTS paused (
    registrationID  bigint       NOT NULL,
    identifierType  smallint     NOT NULL,   -- 0 = dns, 1 = ip
    identifierValue varchar(255) COLLATE "C" NOT NULL,
    pausedAt        timestamptz  NOT NULL,
    unpausedAt      timestamptz  DEFAULT NULL,
    PRIMARY KEY (registrationID, identifierValue, identifierType)
);

-- Whole-account pauses: same semantics as `paused`, one row per account.
-- A table of its own because Boulder's has no way to say "every name".
CREATE TABLE IF NOT EXISTS paused_accounts (
    registrationID bigint      PRIMARY KEY,
    pausedAt       timestamptz NOT NULL,
    unpausedAt     timestamptz DEFAULT NULL
);

-- Every pause and unpause: who, when, what, from where. Append-only except
-- that a batched unpause-all grows its own row's count as batches commit, so
-- the row is true at every commit even if the process dies mid-way.
CREATE TABLE IF NOT EXISTS pause_events (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL,
    registrationID bigint      NOT NULL,
    action         text        NOT NULL,   -- pause | unpause
    scope          text        NOT NULL,   -- identifiers | account | all
    count          bigint      NOT NULL,
    actor          text        NOT NULL,   -- portal | cli | api
    client_ip      text,
    user_agent     text
);
CREATE INDEX IF NOT EXISTS pause_events_by_account ON pause_events (registrationID, id);

-- Portal sessions (CSRF token, result flash), here so that any portal
-- instance can serve any request. expires_at is unix seconds.
CREATE TABLE IF NOT EXISTS sessions (
    id         text   PRIMARY KEY,
    data       bytea  NOT NULL,
    expires_at bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions (expires_at);
