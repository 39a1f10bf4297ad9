//! The error document an ACME server returns for a paused order.
//!
//! Human- and machine-readable at once: `detail` is Boulder's exact English
//! sentence (clients that show anything show that), `instance` is the
//! unpause link on its own (clients and log scrapers that keep structured
//! fields keep it), and `subproblems` names each paused identifier
//! (RFC 8555 §6.7.1), so a client can tell which names of its order are
//! blocked.

use serde::Serialize;
use time::{Duration, OffsetDateTime};

use crate::domain::{AccountId, Identifier};
use crate::links::{self, MAX_NAMES};
use crate::token::{self, KeySet, MintError};

/// RFC 8555's rate-limit type, which Boulder uses for paused orders.
pub const PROBLEM_TYPE: &str = "urn:ietf:params:acme:error:rateLimited";
/// The status an ACME server answers with.
pub const STATUS: u16 = 429;
/// How long the link in a problem document works (Boulder's default).
pub const LINK_LIFETIME: Duration = Duration::days(14);

/// An RFC 9457 problem document with ACME's subproblems.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub detail: String,
    pub status: u16,
    pub instance: String,
    pub subproblems: Vec<Subproblem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subproblem {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub detail: String,
    pub identifier: IdentifierJson,
}

/// An ACME identifier object: `{"type": "dns", "value": "a.example"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdentifierJson {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub value: String,
}

impl From<&Identifier> for IdentifierJson {
    fn from(identifier: &Identifier) -> Self {
        Self {
            kind: identifier.kind().as_str(),
            value: identifier.value().to_owned(),
        }
    }
}

/// The problem document for `account` whose `paused` identifiers (at least
/// one) are paused, with a fresh link under `public_url` signed by the first
/// key. The detail and the link name the first [`MAX_NAMES`] in Boulder's
/// order (see [`boulder_order`]); the subproblems keep the request's order.
pub fn paused(
    keys: &KeySet,
    public_url: &str,
    account: AccountId,
    paused: &[Identifier],
    at: OffsetDateTime,
) -> Result<Problem, MintError> {
    let named = boulder_order(paused);
    let named = &named[..named.len().min(MAX_NAMES)];
    let jwt = token::mint(keys, account, named, at, LINK_LIFETIME)?;
    let link = links::unpause(public_url, &jwt);
    let names: Vec<&str> = named.iter().map(Identifier::value).collect();
    // Boulder's sentence, word for word: clients and volunteers search for it.
    let detail = format!(
        "Your account is temporarily prevented from requesting certificates for {} \
         and possibly others. Please visit: {link}",
        names.join(", ")
    );
    let subproblems = paused
        .iter()
        .map(|identifier| Subproblem {
            kind: PROBLEM_TYPE,
            detail: format!(
                "Issuance for {} is paused for this account. Please visit: {link}",
                identifier.value()
            ),
            identifier: identifier.into(),
        })
        .collect();
    Ok(Problem {
        kind: PROBLEM_TYPE,
        detail,
        status: STATUS,
        instance: link,
        subproblems,
    })
}

/// `paused`, once each, in the order Boulder's `CheckIdentifiersPaused`
/// returns them, so that both servers name the same names in the same order
/// for the same paused set. Its query has no `ORDER BY` and walks the
/// primary key (`registrationID`, `identifierValue`, `identifierType`), so
/// rows come by value, DNS names and IP addresses mixed, under the column's
/// `latin1_swedish_ci` collation, then by type. For the ASCII of names and
/// addresses that collation differs from byte order only in folding case
/// (`_` sorts after letters); Boulder stops at the first 15.
fn boulder_order(paused: &[Identifier]) -> Vec<Identifier> {
    let mut sorted = paused.to_vec();
    sorted.sort_by(|a, b| {
        let fold = |id: &Identifier| id.value().to_ascii_uppercase();
        fold(a)
            .cmp(&fold(b))
            .then(a.kind().code().cmp(&b.kind().code()))
    });
    sorted.dedup();
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::SigningKey;
    use time::macros::datetime;

    fn keys() -> KeySet {
        let key = SigningKey::from_hex(&"ab".repeat(32)).unwrap();
        KeySet::new(vec![key]).unwrap()
    }

    fn idents(names: &[&str]) -> Vec<Identifier> {
        names
            .iter()
            .map(|n| Identifier::parse(n).unwrap())
            .collect()
    }

    #[test]
    fn document_is_boulders_sentence_plus_instance_and_subproblems() {
        let at = datetime!(2026-11-25 12:00 UTC);
        let account = AccountId::new(42).unwrap();
        let problem = paused(
            &keys(),
            "https://portal.test",
            account,
            &idents(&["a.example", "192.0.2.1"]),
            at,
        )
        .unwrap();
        let json = serde_json::to_value(&problem).unwrap();
        let link = json["instance"].as_str().unwrap();
        assert!(link.starts_with("https://portal.test/sfe/v1/unpause?jwt=eyJ"));
        assert_eq!(json["type"], "urn:ietf:params:acme:error:rateLimited");
        assert_eq!(json["status"], 429);
        assert_eq!(
            json["detail"],
            format!(
                "Your account is temporarily prevented from requesting certificates for \
                 192.0.2.1, a.example and possibly others. Please visit: {link}"
            )
        );
        let subs = json["subproblems"].as_array().unwrap();
        assert_eq!(subs.len(), 2);
        assert_eq!(subs[1]["identifier"]["type"], "ip");
        assert_eq!(subs[1]["identifier"]["value"], "192.0.2.1");
        assert_eq!(subs[0]["type"], "urn:ietf:params:acme:error:rateLimited");
        let jwt = link.split_once("jwt=").unwrap().1;
        let token = crate::token::verify(&crate::token::RawToken::parse(jwt).unwrap(), &keys(), at)
            .unwrap();
        assert_eq!(token.account(), account);
    }

    #[test]
    fn link_and_detail_name_at_most_fifteen() {
        let names: Vec<String> = (0..20).map(|i| format!("n{i}.example")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let at = datetime!(2026-11-25 12:00 UTC);
        let problem = paused(
            &keys(),
            "https://portal.test",
            AccountId::new(1).unwrap(),
            &idents(&refs),
            at,
        )
        .unwrap();
        // Boulder's order: n0, n1, n10 … n19, n2, n3, n4; then it stops.
        assert!(
            problem
                .detail
                .contains("n19.example, n2.example, n3.example, n4.example and")
        );
        assert!(!problem.detail.contains("n5.example"));
        assert_eq!(problem.subproblems.len(), 20);
        let jwt = problem.instance.split_once("jwt=").unwrap().1;
        let token = crate::token::verify(&crate::token::RawToken::parse(jwt).unwrap(), &keys(), at)
            .unwrap();
        assert_eq!(token.identifiers().len(), 15);
    }

    #[test]
    fn names_are_listed_in_boulders_database_order_whatever_the_request_order() {
        // More than fifteen, DNS and IP mixed, in the order a client asked.
        let asked = idents(&[
            "zz.example",
            "2001:db8::1",
            "www.b.example",
            "10.0.0.2",
            "a-b.example",
            "a.example",
            "b.example",
            "192.0.2.1",
            "9.9.9.9",
            "xn--bcher-kva.example",
            "c.example",
            "a.example",
            "10.0.0.10",
            "m.example",
            "1.example",
            "z.example",
            "y.example",
            "*.w.example",
        ]);
        let at = datetime!(2026-11-25 12:00 UTC);
        let problem = paused(
            &keys(),
            "https://portal.test",
            AccountId::new(1).unwrap(),
            &asked,
            at,
        )
        .unwrap();
        let want = "*.w.example, 1.example, 10.0.0.10, 10.0.0.2, 192.0.2.1, 2001:db8::1, \
                    9.9.9.9, a-b.example, a.example, b.example, c.example, m.example, \
                    www.b.example, xn--bcher-kva.example, y.example";
        assert!(
            problem
                .detail
                .contains(&format!("certificates for {want} and possibly others")),
            "{}",
            problem.detail
        );
        let jwt = problem.instance.split_once("jwt=").unwrap().1;
        let token = crate::token::verify(&crate::token::RawToken::parse(jwt).unwrap(), &keys(), at)
            .unwrap();
        assert_eq!(token.identifiers().join(", "), want);
        // Only the detail and the link follow Boulder; subproblems keep the request's order.
        assert_eq!(problem.subproblems[0].identifier.value, "zz.example");
    }

    #[test]
    fn boulders_collation_folds_case() {
        let rows = [
            Identifier::from_store(crate::domain::IdentifierType::Dns, "a_b.example".into()),
            Identifier::from_store(crate::domain::IdentifierType::Dns, "B.example".into()),
            Identifier::from_store(crate::domain::IdentifierType::Dns, "a.example".into()),
        ];
        let values: Vec<String> = boulder_order(&rows)
            .iter()
            .map(|i| i.value().to_owned())
            .collect();
        assert_eq!(values, ["a.example", "a_b.example", "B.example"]);
    }
}
