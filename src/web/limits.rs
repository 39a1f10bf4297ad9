//! Abuse limits on the public listener: how fast one client may post
//! (unpause forms, the link finder), and how often link pages may be
//! viewed, by one client and of one account. Per instance and in memory: a
//! limit against one client hammering, not an accounting. The per-account
//! unpause limit lives in the database (`unpause::unpause`). The limiters
//! belong to the public router, which builds them from the settings.

use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::extract::{FromRequestParts, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::extract::QueryToken;
use super::{AppState, PageError, client_ip};
use crate::domain::AccountId;
use crate::settings::LimitSettings;

/// How often the limiter forgets clients whose allowance is full again.
const FORGET_EVERY: Duration = Duration::from_secs(600);

/// Posts per client and minute, with a burst.
pub type PostLimiter = KeyedLimiter<IpAddr>;

/// Events per key and minute, with a burst.
#[derive(Debug)]
pub struct KeyedLimiter<K: Hash + Eq + Clone> {
    limiter: Option<DefaultKeyedRateLimiter<K>>,
    clock: DefaultClock,
    /// When idle clients were last forgotten.
    forgotten: Mutex<Instant>,
}

impl<K: Hash + Eq + Clone> KeyedLimiter<K> {
    /// `per_minute` 0 turns the limit off.
    pub fn new(per_minute: u32, burst: u32) -> Self {
        let limiter = NonZeroU32::new(per_minute).map(|rate| {
            let burst = NonZeroU32::new(burst).unwrap_or(rate);
            RateLimiter::keyed(Quota::per_minute(rate).allow_burst(burst))
        });
        Self {
            limiter,
            clock: DefaultClock::default(),
            forgotten: Mutex::new(Instant::now()),
        }
    }

    /// Counts one event of `key`; when over the limit, how long to wait.
    pub fn check_key(&self, key: &K) -> Result<(), Duration> {
        let Some(limiter) = &self.limiter else {
            return Ok(());
        };
        self.forget_idle_now_and_then();
        limiter
            .check_key(key)
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }

    /// Forgets clients whose allowance is full again, at most every
    /// [`FORGET_EVERY`], so memory follows the number of recent clients.
    fn forget_idle_now_and_then(&self) {
        let Some(limiter) = &self.limiter else { return };
        {
            let mut forgotten = self
                .forgotten
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if forgotten.elapsed() < FORGET_EVERY {
                return;
            }
            *forgotten = Instant::now();
        }
        limiter.retain_recent();
        limiter.shrink_to_fit();
    }
}

impl KeyedLimiter<IpAddr> {
    /// Counts one event of the client at `ip` (see [`client_key`]).
    pub fn check(&self, ip: IpAddr) -> Result<(), Duration> {
        self.check_key(&client_key(ip))
    }
}

/// Views of link pages: per client, and per account whatever the client.
/// A view reads the account's pause state (a count of up to
/// `store::COUNT_CAP` rows); the account's allowance bounds what many
/// clients re-fetching one link cost everyone else, the client's what one
/// client fetching many links does.
#[derive(Debug)]
pub struct ViewLimiter {
    clients: PostLimiter,
    accounts: KeyedLimiter<AccountId>,
}

impl ViewLimiter {
    pub fn new(limits: &LimitSettings) -> Self {
        Self {
            clients: KeyedLimiter::new(limits.views_per_minute, limits.views_burst),
            accounts: KeyedLimiter::new(
                limits.account_views_per_minute,
                limits.account_views_burst,
            ),
        }
    }
}

/// One key per IPv4 address and per IPv6 /64: a single host usually holds
/// a whole /64, and would otherwise get a fresh allowance per address. An
/// IPv4 peer of a dual-stack listener (`::ffff:a.b.c.d`) is its IPv4
/// address: as a /64 it would share one key with every IPv4 client.
pub(crate) fn client_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6((u128::from(v6) & !u128::from(u64::MAX)).into()),
        v4 @ IpAddr::V4(_) => v4,
    }
}

/// Refuses a post over the client's limit with a localised 429 page.
pub async fn limit_posts(
    State((AppState(app), limiter)): State<(AppState, Arc<PostLimiter>)>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() == Method::POST {
        let (mut parts, body) = request.into_parts();
        let ip = client_ip::from_parts_cached(&mut parts, &app.settings.trusted_proxies);
        if let Err(wait) = limiter.check(ip) {
            return PageError::TooManyRequests(wait).into_response();
        }
        return next.run(Request::from_parts(parts, body)).await;
    }
    next.run(request).await
}

/// Refuses a view of a link page over the client's or the account's
/// allowance with a localised 429 page, before the page reads anything.
/// Only a valid link counts against an account: a forged one must not use
/// up the allowance of the account it names (and costs no read anyway).
pub async fn limit_views(
    State((AppState(app), limiter)): State<(AppState, Arc<ViewLimiter>)>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let ip = client_ip::from_parts_cached(&mut parts, &app.settings.trusted_proxies);
    if let Err(wait) = limiter.clients.check(ip) {
        return PageError::TooManyRequests(wait).into_response();
    }
    if let Ok(QueryToken(raw)) = QueryToken::from_request_parts(&mut parts, &()).await
        && let Ok(token) = crate::token::verify(&raw, &app.keys, app.clock.now())
        && let Err(wait) = limiter.accounts.check_key(&token.account())
    {
        return PageError::TooManyRequests(wait).into_response();
    }
    next.run(Request::from_parts(parts, body)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_over_its_allowance_waits_and_others_do_not() {
        let limiter = PostLimiter::new(6, 3);
        let client: IpAddr = "203.0.113.5".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.check(client).is_ok());
        }
        let wait = limiter.check(client).unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(10),
            "{wait:?}"
        );
        assert!(limiter.check("203.0.113.6".parse().unwrap()).is_ok());
    }

    #[test]
    fn one_ipv6_host_is_one_client() {
        let limiter = PostLimiter::new(60, 1);
        assert!(limiter.check("2001:db8::1".parse().unwrap()).is_ok());
        assert!(limiter.check("2001:db8::ffff:2".parse().unwrap()).is_err());
        assert!(limiter.check("2001:db8:0:1::1".parse().unwrap()).is_ok());
    }

    #[test]
    fn ipv4_clients_of_a_dual_stack_listener_are_told_apart() {
        let limiter = PostLimiter::new(60, 1);
        assert!(limiter.check("::ffff:192.0.2.1".parse().unwrap()).is_ok());
        assert!(limiter.check("::ffff:192.0.2.2".parse().unwrap()).is_ok());
        assert!(limiter.check("192.0.2.1".parse().unwrap()).is_err());
    }

    #[test]
    fn an_account_has_one_allowance_whichever_clients_view_it() {
        let views = ViewLimiter::new(&LimitSettings {
            account_views_per_minute: 6,
            account_views_burst: 2,
            ..LimitSettings::default()
        });
        let (a, b) = (AccountId::new(1).unwrap(), AccountId::new(2).unwrap());
        assert!(views.accounts.check_key(&a).is_ok());
        assert!(views.accounts.check_key(&a).is_ok());
        assert!(views.accounts.check_key(&a).is_err());
        assert!(views.accounts.check_key(&b).is_ok());
    }

    #[test]
    fn zero_turns_the_limit_off() {
        let limiter = PostLimiter::new(0, 0);
        let client: IpAddr = "203.0.113.5".parse().unwrap();
        assert!((0..1000).all(|_| limiter.check(client).is_ok()));
    }
}
