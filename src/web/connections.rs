//! How many connections a listener holds: in total, and per client address
//! (an IPv4 address or an IPv6 /64, as the post limiter counts them).
//!
//! Every open connection costs a file descriptor. Without a cap, clients
//! that open connections and then send nothing useful take them all, and
//! the process can accept nothing more: not a visitor's page, not the ACME
//! server's check, not the readiness probe. The total is kept below the
//! process's descriptor limit (see `cli::serve`), and one address may hold
//! only a share of it.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::domain::Cidr;
use crate::web::limits::client_key;

/// The caps of one listener.
#[derive(Debug)]
pub struct ConnectionLimiter {
    total: Arc<Semaphore>,
    clients: Arc<Clients>,
}

#[derive(Debug)]
struct Clients {
    /// Connections one address may hold; 0: no per-address cap.
    cap: usize,
    /// Peers exempt from the per-address cap: trusted reverse proxies,
    /// which carry every visitor's connections.
    exempt: Vec<Cidr>,
    open: Mutex<HashMap<IpAddr, usize>>,
}

/// A connection admitted under the caps; dropping it frees its place.
#[derive(Debug)]
pub struct Admitted {
    _slot: OwnedSemaphorePermit,
    client: Option<(Arc<Clients>, IpAddr)>,
}

impl ConnectionLimiter {
    /// `total` is at least 1; `per_client` 0 turns the per-address cap off.
    pub fn new(total: usize, per_client: usize, exempt: Vec<Cidr>) -> Self {
        Self {
            total: Arc::new(Semaphore::new(total.max(1))),
            clients: Arc::new(Clients {
                cap: per_client,
                exempt,
                open: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// Waits until the listener holds fewer than its total. Called before
    /// `accept`, so that connections beyond the total wait in the kernel's
    /// backlog instead of costing a descriptor each.
    pub async fn slot(&self) -> OwnedSemaphorePermit {
        match self.total.clone().acquire_owned().await {
            Ok(permit) => permit,
            // The semaphore is never closed; should it be, wait forever
            // rather than accept past the cap.
            Err(_) => std::future::pending().await,
        }
    }

    /// Admits a connection from `peer` in `slot`, unless that address holds
    /// its share already.
    pub fn admit(&self, slot: OwnedSemaphorePermit, peer: IpAddr) -> Option<Admitted> {
        let clients = &self.clients;
        if clients.cap == 0 || clients.exempt.iter().any(|block| block.contains(peer)) {
            return Some(Admitted {
                _slot: slot,
                client: None,
            });
        }
        let key = client_key(peer);
        let mut open = clients.open.lock().unwrap_or_else(PoisonError::into_inner);
        let held = open.entry(key).or_insert(0);
        if *held >= clients.cap {
            return None;
        }
        *held += 1;
        Some(Admitted {
            _slot: slot,
            client: Some((clients.clone(), key)),
        })
    }
}

impl Drop for Admitted {
    fn drop(&mut self) {
        let Some((clients, key)) = &self.client else {
            return;
        };
        let mut open = clients.open.lock().unwrap_or_else(PoisonError::into_inner);
        // Forget addresses with nothing open, so the map follows the
        // connections held, not every address ever seen.
        if let Some(held) = open.get_mut(key) {
            *held = held.saturating_sub(1);
            if *held == 0 {
                open.remove(key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    async fn admit(limiter: &ConnectionLimiter, peer: &str) -> Option<Admitted> {
        let slot = limiter.slot().await;
        limiter.admit(slot, ip(peer))
    }

    #[tokio::test]
    async fn one_address_holds_its_share_and_gets_it_back_as_connections_close() {
        let limiter = ConnectionLimiter::new(100, 2, Vec::new());
        let first = admit(&limiter, "192.0.2.1").await.unwrap();
        let _second = admit(&limiter, "192.0.2.1").await.unwrap();
        assert!(admit(&limiter, "192.0.2.1").await.is_none());
        assert!(admit(&limiter, "192.0.2.2").await.is_some());
        drop(first);
        assert!(admit(&limiter, "192.0.2.1").await.is_some());
    }

    #[tokio::test]
    async fn an_ipv6_slash_64_is_one_client_and_mapped_ipv4_is_not_one_block() {
        let limiter = ConnectionLimiter::new(100, 1, Vec::new());
        let _a = admit(&limiter, "2001:db8::1").await.unwrap();
        assert!(admit(&limiter, "2001:db8::2").await.is_none());
        assert!(admit(&limiter, "2001:db8:0:1::1").await.is_some());
        // A dual-stack listener sees IPv4 peers as ::ffff:a.b.c.d; they
        // must not share one /64.
        let _b = admit(&limiter, "::ffff:192.0.2.1").await.unwrap();
        assert!(admit(&limiter, "::ffff:192.0.2.2").await.is_some());
        assert!(admit(&limiter, "192.0.2.1").await.is_none());
    }

    #[tokio::test]
    async fn trusted_proxies_are_exempt_from_the_share_but_not_the_total() {
        let limiter = ConnectionLimiter::new(2, 1, vec!["10.0.0.0/8".parse().unwrap()]);
        let _a = admit(&limiter, "10.0.0.1").await.unwrap();
        let _b = admit(&limiter, "10.0.0.1").await.unwrap();
        let waiting = tokio::time::timeout(std::time::Duration::from_millis(50), limiter.slot());
        assert!(waiting.await.is_err(), "the total is held");
    }
}
