-- The rows still paused, by account, in the page's order, covering every
-- column the page and the check read. Without it, an account whose names
-- were all unpaused costs a walk over all of its rows on every view (a
-- million-name account: about 0.3 s a view), because the still-paused test
-- is not part of the primary key. Only paused rows are in it, so it stays
-- small however long the history.
CREATE INDEX IF NOT EXISTS paused_live
    ON paused (registrationID, identifierValue, identifierType, pausedAt, unpausedAt)
    WHERE unpausedAt IS NULL OR pausedAt > unpausedAt;
