//! The visitor's address: the TCP peer, or behind a trusted reverse proxy
//! the address that proxy saw, from `X-Forwarded-For`.

use std::net::{IpAddr, SocketAddr};

use crate::domain::{Cidr, canonical};
use axum::extract::ConnectInfo;
use axum::http::HeaderMap;
use axum::http::request::Parts;

/// The client's address. When the TCP peer is a trusted proxy, the
/// rightmost `X-Forwarded-For` entry that is not itself a trusted proxy:
/// entries left of it were written by the client and prove nothing.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[Cidr]) -> IpAddr {
    let peer = canonical(peer);
    let is_trusted = |ip: IpAddr| trusted.iter().any(|cidr| cidr.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    let mut forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .collect();
    forwarded.reverse();
    let mut last = peer;
    for entry in forwarded {
        let Ok(ip) = entry.trim().parse::<IpAddr>() else {
            // Garbage from the client side: what was behind it is unknowable.
            return last;
        };
        let ip = canonical(ip);
        if !is_trusted(ip) {
            return ip;
        }
        last = ip;
    }
    last
}

/// The client's address for a request on the public listener; the
/// unspecified address when the server was not built with peer addresses
/// (never in production).
pub fn from_parts(parts: &Parts, trusted: &[Cidr]) -> IpAddr {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |ConnectInfo(addr)| addr.ip());
    client_ip(peer, &parts.headers, trusted)
}

/// The client's address, worked out once per request.
#[derive(Debug, Clone, Copy)]
struct ClientIp(IpAddr);

/// [`from_parts`], computed once per request: the post limiter needs the
/// address before the body is read and the audit trail (`Client`) again in
/// the handler; the first stores it in the request's extensions.
pub fn from_parts_cached(parts: &mut Parts, trusted: &[Cidr]) -> IpAddr {
    if let Some(ClientIp(ip)) = parts.extensions.get::<ClientIp>() {
        return *ip;
    }
    let ip = from_parts(parts, trusted);
    parts.extensions.insert(ClientIp(ip));
    ip
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn blocks_contain_their_addresses_only() {
        let block: Cidr = "10.1.0.0/16".parse().unwrap();
        assert!(block.contains(ip("10.1.200.3")));
        assert!(!block.contains(ip("10.2.0.1")));
        assert!(block.contains(ip("::ffff:10.1.0.9")), "mapped IPv4");
        let v6: Cidr = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:1::5")));
        assert!(!v6.contains(ip("2001:db9::5")));
        assert!(
            "0.0.0.0/0"
                .parse::<Cidr>()
                .unwrap()
                .contains(ip("203.0.113.1"))
        );
        let one: Cidr = "192.0.2.1".parse().unwrap();
        assert!(one.contains(ip("192.0.2.1")) && !one.contains(ip("192.0.2.2")));
        for bad in ["", "10.0.0.0/33", "::/129", "10.0.0/8", "x", "10.0.0.0/-1"] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
    }

    #[test]
    fn blocks_keep_their_text_and_match_by_network() {
        let block: Cidr = "10.0.0.1/8".parse().unwrap();
        assert_eq!(block.to_string(), "10.0.0.1/8");
        assert!(block.contains(ip("10.200.0.1")) && !block.contains(ip("11.0.0.1")));
        assert_ne!(block, "10.0.0.0/8".parse().unwrap());
        assert_eq!(
            " ::ffff:192.0.2.0 / 24 "
                .parse::<Cidr>()
                .unwrap()
                .to_string(),
            "192.0.2.0/24"
        );
        assert_eq!("::1".parse::<Cidr>().unwrap().to_string(), "::1/128");
        assert_eq!(
            "::ffff:10.0.0.0/104".parse::<Cidr>().unwrap_err(),
            "not an IP address or block (like 10.0.0.0/8): \"::ffff:10.0.0.0/104\""
        );
    }

    #[test]
    fn a_request_works_out_its_client_once() {
        let (mut parts, ()) = axum::http::Request::builder()
            .body(())
            .unwrap()
            .into_parts();
        let peer = |ip: &str| ConnectInfo(SocketAddr::new(ip.parse().unwrap(), 4711));
        parts.extensions.insert(peer("192.0.2.1"));
        assert_eq!(from_parts_cached(&mut parts, &[]), ip("192.0.2.1"));
        parts.extensions.insert(peer("192.0.2.2"));
        assert_eq!(from_parts_cached(&mut parts, &[]), ip("192.0.2.1"));
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let trusted: Vec<Cidr> = vec!["10.0.0.0/8".parse().unwrap()];
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            HeaderValue::from_static("1.1.1.1, 203.0.113.7, 10.0.0.2"),
        );
        // From the proxy: the rightmost address it did not add itself.
        assert_eq!(
            client_ip(ip("10.0.0.1"), &headers, &trusted),
            ip("203.0.113.7")
        );
        // From anyone else: the header is the client's own claim.
        assert_eq!(
            client_ip(ip("198.51.100.1"), &headers, &trusted),
            ip("198.51.100.1")
        );
        assert_eq!(
            client_ip(ip("10.0.0.1"), &HeaderMap::new(), &trusted),
            ip("10.0.0.1")
        );
        headers.insert(
            "x-forwarded-for",
            HeaderValue::from_static("junk, 10.0.0.3"),
        );
        assert_eq!(
            client_ip(ip("10.0.0.1"), &headers, &trusted),
            ip("10.0.0.3")
        );
    }
}
