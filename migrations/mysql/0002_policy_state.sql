-- What the pausing policy remembers per (account, name): its leaky buckets,
-- last success and last failure (src/policy, PairState, as JSON of about a
-- hundred bytes). One row per pair, deleted once it carries no information
-- (lastOutcome older than the longest bucket memory and the no-success
-- window), so storage is bounded by the pairs failing recently. The key
-- matches Boulder's `paused` (latin1 values).
CREATE TABLE IF NOT EXISTS `policy_pairs` (
  `registrationID` bigint(20) unsigned NOT NULL,
  `identifierType` tinyint(4) NOT NULL,
  `identifierValue` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  `state` varchar(1024) NOT NULL,
  `lastOutcome` datetime NOT NULL,
  PRIMARY KEY (`registrationID`,`identifierValue`,`identifierType`),
  KEY `policy_pairs_by_age` (`lastOutcome`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the policy knows of each account: its age (the creation time the ACME
-- server reported, else when it was first seen) and its last success.
CREATE TABLE IF NOT EXISTS `policy_accounts` (
  `registrationID` bigint(20) unsigned NOT NULL,
  `createdAt` datetime DEFAULT NULL,
  `firstSeen` datetime NOT NULL,
  `lastSuccess` datetime DEFAULT NULL,
  `lastOutcome` datetime NOT NULL,
  PRIMARY KEY (`registrationID`),
  KEY `policy_accounts_by_age` (`lastOutcome`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Why a pause was made, when its maker says (the API's `reason`, the
-- policy's tier).
ALTER TABLE `pause_events` ADD COLUMN `reason` varchar(512) DEFAULT NULL;
