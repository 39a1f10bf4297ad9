//! The `[limits]` table: what one client, one account or one listener may
//! take.

use std::time::Duration as StdDuration;

use serde::{Deserialize, Serialize};
use time::Duration;

/// Abuse limits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LimitSettings {
    /// Form posts (unpause, link finder) one client may make per minute,
    /// after a burst of `posts_burst`; 0 turns the limit off.
    pub posts_per_minute: u32,
    pub posts_burst: u32,
    /// Views of link pages one client may make per minute, after a burst
    /// of `views_burst`; 0 turns the limit off.
    pub views_per_minute: u32,
    pub views_burst: u32,
    /// Views of one account's link page per minute, whoever makes them
    /// (many clients re-fetching one link share it), after a burst of
    /// `account_views_burst`; 0 turns the limit off.
    pub account_views_per_minute: u32,
    pub account_views_burst: u32,
    /// Counted portal unpauses one account may make within the window (an
    /// unpause counts when it lifts something paused after the previous
    /// counted one); the next counted one is refused until the oldest
    /// leaves it. 0 turns the limit off.
    pub account_unpauses: u32,
    #[serde(with = "crate::duration")]
    pub account_unpause_window: Duration,
    /// How long a client may take to send a whole request body, counted
    /// from the end of its headers, on either listener; a slower one gets
    /// 400 and frees its connection.
    #[serde(with = "crate::duration")]
    pub body_timeout: StdDuration,
    /// After `body_min_rate_grace`, a body must keep arriving at this many
    /// bytes a second (each such many bytes buy one more second, up to
    /// `body_timeout`); 0 turns the rate off.
    pub body_min_rate: u32,
    #[serde(with = "crate::duration")]
    pub body_min_rate_grace: StdDuration,
    /// Longest a request may take, from its headers to its response, on
    /// either listener; past it the answer is 503 ("try again").
    #[serde(with = "crate::duration")]
    pub request_timeout: StdDuration,
    /// Connections each listener holds at once; more wait to be accepted.
    /// Lowered at start to what the file descriptor limit allows.
    pub connections: u32,
    /// Connections one client address (IPv4, or IPv6 /64) may hold on the
    /// public listener; trusted proxies are exempt. 0 turns the cap off.
    pub connections_per_client: u32,
    /// The same on the internal listener, whose clients are the ACME
    /// server's instances and the monitoring.
    pub internal_connections_per_client: u32,
}

impl Default for LimitSettings {
    fn default() -> Self {
        // A person needs a handful of posts; a script hammering gets 429s
        // after ten. Four unpauses in sixty days each followed by a re-pause
        // is a client nobody is fixing.
        Self {
            posts_per_minute: 20,
            posts_burst: 10,
            // A visitor opens a link a few times; mail scanners and link
            // previewers add a burst of their own. Past that, one view a
            // second per client and one every two seconds per account
            // bound what a flood of views costs the database.
            views_per_minute: 60,
            views_burst: 30,
            account_views_per_minute: 30,
            account_views_burst: 20,
            account_unpauses: 4,
            account_unpause_window: Duration::days(60),
            // mod_reqtimeout's defaults: a body within 20 s, and at 500
            // bytes a second at least. A form is a few KiB, sent in one go.
            body_timeout: StdDuration::from_secs(20),
            body_min_rate: 500,
            body_min_rate_grace: StdDuration::from_secs(5),
            // Past headers (10 s), body (20 s) and the database's own
            // bounds, with room for one click unpausing millions of names.
            request_timeout: StdDuration::from_secs(120),
            // A browser opens six connections to a host; sixteen leave room
            // for a few visitors behind one NAT address, and keep a few
            // hundred hostile addresses from taking the listener.
            connections: 4096,
            connections_per_client: 16,
            internal_connections_per_client: 1024,
        }
    }
}
