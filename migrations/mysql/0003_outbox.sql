-- Notification emails waiting to go out, and what became of them. A row is
-- written in the transaction that pauses, so a pause and its notice are
-- committed together or not at all. One row per (pause episode, contact):
-- further pauses of the account merge into a row not yet tried, so a
-- burst of pauses makes one email.
--
-- state: pending (due at dueAt; leased while leaseUntil is in the future),
-- sent, failed (permanent refusal, or given up after the maximum age),
-- skipped (nothing was paused any more when its turn came).
CREATE TABLE IF NOT EXISTS `notifications` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `registrationID` bigint(20) unsigned NOT NULL,
  `contact` varchar(254) NOT NULL,
  `language` varchar(35) DEFAULT NULL,
  `clientIP` varchar(64) DEFAULT NULL,
  `userAgent` varchar(512) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `dueAt` datetime NOT NULL,
  `state` varchar(16) NOT NULL DEFAULT 'pending',
  `attempts` bigint(20) NOT NULL DEFAULT 0,
  `leaseOwner` varchar(64) DEFAULT NULL,
  `leaseUntil` datetime DEFAULT NULL,
  `lastError` varchar(512) DEFAULT NULL,
  `finishedAt` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_due` (`state`,`dueAt`),
  KEY `notifications_by_account` (`registrationID`,`contact`,`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
