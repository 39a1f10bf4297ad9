//! What the gateway reads of an ACME request and response (RFC 8555): the
//! JWS's account and payload, and the objects whose status says how a
//! validation went. Nothing is verified here: the upstream checks the
//! signature, and refuses what does not verify; the gateway only needs to
//! know which account asks for which names.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use serde_json::Value;

use crate::domain::{AccountId, Contact, Identifier, IdentifierType};

/// A request body in the flattened JSON serialization ACME uses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Jws {
    /// The account URL, for every request but newAccount (which has a
    /// `jwk` instead).
    pub kid: Option<String>,
    /// The payload; `None` for POST-as-GET (empty payload) or one that is
    /// not JSON.
    pub payload: Option<Value>,
}

#[derive(Deserialize)]
struct Flattened<'a> {
    protected: &'a str,
    payload: &'a str,
}

#[derive(Deserialize)]
struct Protected {
    kid: Option<String>,
}

/// Reads a JWS body; `None` when it is not one.
pub fn read(body: &[u8]) -> Option<Jws> {
    let outer: Flattened<'_> = serde_json::from_slice(body).ok()?;
    let protected = URL_SAFE_NO_PAD.decode(outer.protected).ok()?;
    let protected: Protected = serde_json::from_slice(&protected).ok()?;
    let payload = URL_SAFE_NO_PAD
        .decode(outer.payload)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok());
    Some(Jws {
        kid: protected.kid,
        payload,
    })
}

/// The project's account ID for an ACME account URL: the first 63 bits of
/// the SHA-256 of its path. Derived, not stored, so every gateway instance
/// agrees without a table; the path alone, so a change of the public host
/// name keeps every account's pauses; 63 bits, so that among a billion
/// accounts a collision has a chance of about one in twenty million.
pub fn account_id(account_url: &str) -> Option<AccountId> {
    let path = match url::Url::parse(account_url) {
        Ok(url) => url.path().to_owned(),
        Err(_) => return None,
    };
    let digest = ring::digest::digest(&ring::digest::SHA256, path.as_bytes());
    let mut first = [0_u8; 8];
    first.copy_from_slice(&digest.as_ref()[..8]);
    let id = (u64::from_be_bytes(first) >> 1).max(1);
    AccountId::new(i64::try_from(id).ok()?).ok()
}

/// An identifier object, as this project names it. A wildcard's pause is
/// its base name's, as the authorization is (RFC 8555 §7.1.3).
fn identifier(object: &Value) -> Option<Identifier> {
    let kind: IdentifierType = object.get("type")?.as_str()?.parse().ok()?;
    let value = object.get("value")?.as_str()?;
    let value = value.strip_prefix("*.").unwrap_or(value);
    Identifier::new(kind, value).ok()
}

/// A newOrder payload's identifiers (the only request that names
/// several); `None` for any other payload.
pub fn new_order(payload: &Value) -> Option<Vec<Identifier>> {
    if payload.get("csr").is_some() {
        return None;
    }
    let list = payload.get("identifiers")?.as_array()?;
    let mut names: Vec<Identifier> = Vec::new();
    for name in list.iter().filter_map(identifier) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    Some(names)
}

/// The `mailto:` contacts of a newAccount or account update payload;
/// `None` when it names none (an update that leaves them alone).
pub fn contacts(payload: &Value) -> Option<Vec<Contact>> {
    let list = payload.get("contact")?.as_array()?;
    Some(
        list.iter()
            .filter_map(Value::as_str)
            .filter_map(|text| Contact::parse(text).ok())
            .collect(),
    )
}

/// What an upstream response says about validations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Learned {
    /// An authorization finished: valid or invalid.
    Authorization { identifier: Identifier, valid: bool },
    /// An order was issued: a success for each of its names. Its finalize
    /// URL names it, however it is fetched.
    Issued {
        identifiers: Vec<Identifier>,
        finalize: String,
    },
}

/// Reads an ACME object for a final status: an authorization that is
/// `valid` or `invalid`, or an order that is `valid`.
pub fn learn(object: &Value) -> Option<Learned> {
    let status = object.get("status")?.as_str()?;
    if object.get("challenges").is_some() {
        let identifier = identifier(object.get("identifier")?)?;
        let valid = match status {
            "valid" => true,
            "invalid" => false,
            _ => return None,
        };
        return Some(Learned::Authorization { identifier, valid });
    }
    let finalize = object.get("finalize")?.as_str()?;
    if status != "valid" {
        return None;
    }
    let identifiers = object
        .get("identifiers")?
        .as_array()?
        .iter()
        .filter_map(identifier)
        .collect();
    Some(Learned::Issued {
        identifiers,
        finalize: finalize.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn encode(value: &Value) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap())
    }

    #[test]
    fn a_new_order_names_its_account_and_names() {
        let body = json!({
            "protected": encode(&json!({"alg": "ES256", "kid": "https://ca.test/acct/7", "nonce": "n", "url": "https://ca.test/new-order"})),
            "payload": encode(&json!({"identifiers": [
                {"type": "dns", "value": "*.Example.com"},
                {"type": "dns", "value": "example.com"},
                {"type": "ip", "value": "192.0.2.1"},
                {"type": "email", "value": "x@example.com"}
            ]})),
            "signature": "c2ln"
        });
        let jws = read(&serde_json::to_vec(&body).unwrap()).unwrap();
        assert_eq!(jws.kid.as_deref(), Some("https://ca.test/acct/7"));
        let names = new_order(jws.payload.as_ref().unwrap()).unwrap();
        let values: Vec<&str> = names.iter().map(Identifier::value).collect();
        assert_eq!(values, ["example.com", "192.0.2.1"]);
    }

    #[test]
    fn post_as_get_and_other_bodies_are_not_orders() {
        let body =
            json!({"protected": encode(&json!({"kid": "k"})), "payload": "", "signature": ""});
        let jws = read(&serde_json::to_vec(&body).unwrap()).unwrap();
        assert_eq!(jws.payload, None);
        assert_eq!(read(b"not json"), None);
        assert_eq!(read(br#"{"protected": "%%%", "payload": ""}"#), None);
        let finalize = json!({"csr": "x", "identifiers": []});
        assert_eq!(new_order(&finalize), None);
        assert_eq!(new_order(&json!({"contact": []})), None);
    }

    #[test]
    fn account_ids_are_stable_positive_and_follow_the_path() {
        let a = account_id("https://ca.test/my-account/1").unwrap();
        assert_eq!(a, account_id("https://ca.test/my-account/1").unwrap());
        assert_eq!(
            a,
            account_id("https://other.test:8443/my-account/1").unwrap()
        );
        assert_ne!(a, account_id("https://ca.test/my-account/2").unwrap());
        assert!(a.get() > 0);
        assert_eq!(account_id("not a url"), None);
    }

    #[test]
    fn final_authorizations_and_issued_orders_are_learned() {
        let authz = |status: &str| {
            json!({"status": status, "identifier": {"type": "dns", "value": "a.example"},
                   "challenges": [{"type": "http-01", "status": status}]})
        };
        assert_eq!(
            learn(&authz("invalid")),
            Some(Learned::Authorization {
                identifier: Identifier::parse("a.example").unwrap(),
                valid: false
            })
        );
        assert!(matches!(
            learn(&authz("valid")),
            Some(Learned::Authorization { valid: true, .. })
        ));
        assert_eq!(learn(&authz("pending")), None);
        let order = |status: &str| {
            json!({"status": status, "finalize": "https://ca.test/finalize/9",
                   "identifiers": [{"type": "dns", "value": "a.example"}]})
        };
        assert!(
            matches!(learn(&order("valid")), Some(Learned::Issued { finalize, .. }) if finalize.ends_with("/9"))
        );
        assert_eq!(learn(&order("processing")), None);
        assert_eq!(learn(&json!({"newOrder": "x"})), None);
    }

    #[test]
    fn contacts_keep_the_mailto_addresses() {
        let payload = json!({"contact": ["mailto:a@example.com", "tel:+1", "mailto:bad"], "termsOfServiceAgreed": true});
        let found = contacts(&payload).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(contacts(&json!({"status": "deactivated"})), None);
    }
}
