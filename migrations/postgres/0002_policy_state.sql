-- What the pausing policy remembers per (account, name): its leaky buckets,
-- last success and last failure (src/policy, PairState, as JSON of about a
-- hundred bytes). One row per pair, deleted once it carries no information
-- (lastOutcome older than the longest bucket memory and the no-success
-- window), so storage is bounded by the pairs failing recently.
CREATE TABLE IF NOT EXISTS policy_pairs (
    registrationID  bigint       NOT NULL,
    identifierType  smallint     NOT NULL,
    identifierValue varchar(255) COLLATE "C" NOT NULL,
    state           text         NOT NULL,
    lastOutcome     timestamptz  NOT NULL,
    PRIMARY KEY (registrationID, identifierValue, identifierType)
);
CREATE INDEX IF NOT EXISTS policy_pairs_by_age ON policy_pairs (lastOutcome);

-- What the policy knows of each account: its age (the creation time the ACME
-- server reported, else when it was first seen) and its last success.
CREATE TABLE IF NOT EXISTS policy_accounts (
    registrationID bigint      PRIMARY KEY,
    createdAt      timestamptz,
    firstSeen      timestamptz NOT NULL,
    lastSuccess    timestamptz,
    lastOutcome    timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS policy_accounts_by_age ON policy_accounts (lastOutcome);

-- Why a pause was made, when its maker says (the API's `reason`, the
-- policy's tier).
ALTER TABLE pause_events ADD COLUMN IF NOT EXISTS reason text;
