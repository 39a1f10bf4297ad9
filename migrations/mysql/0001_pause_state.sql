-- Boulder's `paused` table, exactly as Boulder creates it. In the CA's shared
-- database Boulder owns it: IF NOT EXISTS leaves an existing table (and its
-- rows) untouched, and nothing here ever alters it.
-- A row is paused when unpausedAt IS NULL OR pausedAt > unpausedAt.
CREATE TABLE IF NOT EXISTS `paused` (
  `registrationID` bigint(20) unsigned NOT NULL,
  `identifierType` tinyint(4) NOT NULL,
  `identifierValue` varchar(255) NOT NULL,
  `pausedAt` datetime NOT NULL,
  `unpausedAt` datetime DEFAULT NULL,
  PRIMARY KEY (`registrationID`,`identifierValue`,`identifierType`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Whole-account pauses: same semantics as `paused`, one row per account.
-- A table of its own because Boulder's has no way to say "every name" and
-- must not be altered. Times are UTC, like Boulder's.
CREATE TABLE IF NOT EXISTS `paused_accounts` (
  `registrationID` bigint(20) unsigned NOT NULL,
  `pausedAt` datetime NOT NULL,
  `unpausedAt` datetime DEFAULT NULL,
  PRIMARY KEY (`registrationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every pause and unpause: who, when, what, from where. Append-only except
-- that a batched unpause-all grows its own row's count as batches commit, so
-- the row is true at every commit even if the process dies mid-way.
CREATE TABLE IF NOT EXISTS `pause_events` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `at` datetime NOT NULL,
  `registrationID` bigint(20) unsigned NOT NULL,
  `action` varchar(16) NOT NULL,      -- pause | unpause
  `scope` varchar(16) NOT NULL,       -- identifiers | account | all
  `count` bigint(20) NOT NULL,
  `actor` varchar(16) NOT NULL,       -- portal | cli | api
  `client_ip` varchar(64) DEFAULT NULL,
  `user_agent` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pause_events_by_account` (`registrationID`,`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Portal sessions (CSRF token, result flash), here so that any portal
-- instance can serve any request. expires_at is unix seconds.
CREATE TABLE IF NOT EXISTS `sessions` (
  `id` varchar(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `data` mediumblob NOT NULL,
  `expires_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sessions_by_expiry` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
