-- The per-account unpause budget (SECURITY.md, "Replay"): one row per
-- account unpaused from the portal. Every budgeted unpause writes this row
-- first, so concurrent unpauses of one account take turns at the budget
-- check (a locking read finds nothing to lock before the first row exists).
-- The counted unpauses themselves are audit rows (pause_events, action
-- "budget", scope "counted"); resetAt is when an operator last lifted the
-- budget: unpauses counted until then no longer count.
CREATE TABLE IF NOT EXISTS `unpause_budgets` (
  `registrationID` bigint(20) unsigned NOT NULL,
  `resetAt` datetime DEFAULT NULL,
  PRIMARY KEY (`registrationID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
