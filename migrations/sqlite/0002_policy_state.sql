-- What the pausing policy remembers per (account, name): its leaky buckets,
-- last success and last failure (src/policy, PairState, as JSON of about a
-- hundred bytes). One row per pair, deleted once it carries no information
-- (lastOutcome older than the longest bucket memory and the no-success
-- window), so storage is bounded by the pairs failing recently.
CREATE TABLE IF NOT EXISTS policy_pairs (
    registrationID  INTEGER NOT NULL,
    identifierType  INTEGER NOT NULL,
    identifierValue TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    lastOutcome     TEXT    NOT NULL,
    PRIMARY KEY (registrationID, identifierValue, identifierType)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS policy_pairs_by_age ON policy_pairs (lastOutcome);

-- What the policy knows of each account: its age (the creation time the ACME
-- server reported, else when it was first seen) and its last success.
CREATE TABLE IF NOT EXISTS policy_accounts (
    registrationID INTEGER PRIMARY KEY,
    createdAt      TEXT,
    firstSeen      TEXT NOT NULL,
    lastSuccess    TEXT,
    lastOutcome    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS policy_accounts_by_age ON policy_accounts (lastOutcome);

-- Why a pause was made, when its maker says (the API's `reason`, the
-- policy's tier).
ALTER TABLE pause_events ADD COLUMN reason TEXT;
