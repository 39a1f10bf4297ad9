//! Token verification with Boulder's outcome classes.
//!
//! The order of checks is Boulder's (go-jose's `ParseSigned`, `Claims`,
//! `ValidateWithLeeway`, then `RedeemJWT`'s own rules), because the order
//! decides the class when several things are wrong at once: a token with a
//! wrong issuer that has also expired is "invalid" in Boulder, not "expired".

use base64::Engine;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::{DecodePaddingMode, general_purpose};
use jsonwebtoken::{Algorithm, DecodingKey};
use serde_json::{Map, Value};
use time::OffsetDateTime;

use super::{KeySet, RawToken, TokenError, UnpauseToken, provider};
use crate::domain::AccountId;

/// Claim values Boulder's WFE writes and its SFE expects. Changing any of
/// them breaks every link already in circulation.
pub const ISSUER: &str = "WFE";
pub const AUDIENCE: &str = "SFE Unpause";
pub const VERSION: &str = "v1";
/// go-jose's default leeway on exp, nbf and iat.
pub const LEEWAY_SECONDS: i64 = 60;

/// Go's `base64.RawURLEncoding`: no padding, and (unlike the `base64`
/// crate's default) non-zero trailing bits accepted, so both portals agree on
/// which strings decode.
const GO_RAW_URL: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(true),
);

/// Verifies `raw` against every key in `keys`, judged at `now`.
pub fn verify(
    raw: &RawToken,
    keys: &KeySet,
    now: OffsetDateTime,
) -> Result<UnpauseToken, TokenError> {
    let payload = verify_signature(raw, keys)?;
    let claims = Claims::from_json(&payload)?;
    claims.validate(now)
}

/// Whether `token` is signed by one of `keys`, whatever its claims say: how
/// the link finder tells the real reassembly of a wrapped link from others
/// that merely look sound.
pub fn is_signed_by(token: &str, keys: &KeySet) -> bool {
    RawToken::parse(token).is_ok_and(|raw| verify_signature(&raw, keys).is_ok())
}

/// Structure, header and signature; returns the payload bytes.
fn verify_signature(raw: &RawToken, keys: &KeySet) -> Result<Vec<u8>, TokenError> {
    let mut parts = raw.as_str().split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(TokenError::Malformed("compact JWS must have three parts"));
    };
    let decode = |part: &str| {
        GO_RAW_URL
            .decode(part)
            .map_err(|_| TokenError::Malformed("illegal base64 data"))
    };
    let header_bytes = decode(header)?;
    let header_json: Value = serde_json::from_slice(&header_bytes)
        .map_err(|_| TokenError::Malformed("header is not JSON"))?;
    if header_json.get("alg").and_then(Value::as_str) != Some("HS256") {
        return Err(TokenError::Malformed("signature algorithm is not HS256"));
    }
    unique_keys(&header_bytes)?;
    check_critical(&header_json)?;
    let payload_bytes = decode(payload)?;
    // Re-encoded canonically: jsonwebtoken's decoder is stricter than Go's.
    let signature = general_purpose::URL_SAFE_NO_PAD.encode(decode(signature)?);
    let message = format!("{header}.{payload}");

    provider::ensure_installed();
    let verified = keys.iter().any(|key| {
        jsonwebtoken::crypto::verify(
            &signature,
            message.as_bytes(),
            &DecodingKey::from_secret(key.bytes()),
            Algorithm::HS256,
        )
        .unwrap_or(false)
    });
    if verified {
        Ok(payload_bytes)
    } else {
        Err(TokenError::Malformed("signature does not verify"))
    }
}

/// go-jose's `checkSupportedCritical`: every extension a `crit` header names
/// must be one go-jose implements, and it implements only `b64` (RFC 7797),
/// which must then be in the header too. A token naming any other is
/// refused whatever its signature, as a verifier that ignored `crit` would
/// ignore whatever the extension was meant to change. `"crit": null` is no
/// `crit` at all, as in Go. With `b64` false the payload is not base64, so
/// go-jose finds no JSON claims in it: malformed, as the decoding below.
fn check_critical(header: &Value) -> Result<(), TokenError> {
    let names = match header.get("crit") {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Array(names)) => names,
        Some(_) => return Err(TokenError::Malformed("crit is not a list of names")),
    };
    for name in names {
        match name.as_str() {
            Some("b64") => match header.get("b64") {
                Some(Value::Bool(true)) => {}
                Some(Value::Bool(false)) => {
                    return Err(TokenError::Malformed("unencoded payload (b64 false)"));
                }
                _ => {
                    return Err(TokenError::Malformed(
                        "crit names b64 without a boolean b64",
                    ));
                }
            },
            Some(_) => return Err(TokenError::Malformed("unsupported critical header")),
            None => return Err(TokenError::Malformed("crit is not a list of names")),
        }
    }
    Ok(())
}

/// go-jose decodes with its own fork of Go's `encoding/json`, which refuses
/// an object that gives one key twice (where Go, and serde_json, keep the
/// last). Only the top level matters: nested values are skipped or decoded
/// as raw JSON there.
fn unique_keys(json: &[u8]) -> Result<(), TokenError> {
    struct UniqueKeys;
    impl<'de> serde::de::Visitor<'de> for UniqueKeys {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let mut seen = std::collections::HashSet::new();
            while let Some(key) = map.next_key::<String>()? {
                map.next_value::<serde::de::IgnoredAny>()?;
                if !seen.insert(key) {
                    return Err(serde::de::Error::custom("duplicate key"));
                }
            }
            Ok(())
        }
    }
    let mut decoder = serde_json::Deserializer::from_slice(json);
    serde::Deserializer::deserialize_map(&mut decoder, UniqueKeys)
        .map_err(|_| TokenError::Malformed("a key appears twice"))
}

/// The claims Boulder reads, with go-jose's JSON rules: `null` or absent
/// leaves the zero value, a wrong JSON type is an error (malformed), unknown
/// claims are ignored, a key given twice is an error, and keys match fields
/// exactly: go-jose's fork of `encoding/json` dropped Go's case-insensitive
/// matching, so `SUB` is an unknown claim, not `sub`.
#[derive(Debug, Default)]
struct Claims {
    iss: String,
    sub: String,
    aud: Vec<String>,
    exp: Option<i64>,
    nbf: Option<i64>,
    iat: Option<i64>,
    version: String,
    identifiers: String,
}

impl Claims {
    fn from_json(bytes: &[u8]) -> Result<Self, TokenError> {
        let map = match serde_json::from_slice(bytes) {
            Ok(Value::Object(map)) => {
                unique_keys(bytes)?;
                map
            }
            // Go unmarshals `null` into a struct as a no-op.
            Ok(Value::Null) => Map::new(),
            Ok(_) => return Err(TokenError::Malformed("payload is not a JSON object")),
            Err(_) => return Err(TokenError::Malformed("payload is not JSON")),
        };
        // go-jose types `jti` as a string: a wrong type is an error there too.
        string_claim(&map, "jti")?;
        Ok(Self {
            iss: string_claim(&map, "iss")?,
            sub: string_claim(&map, "sub")?,
            aud: audience_claim(&map)?,
            exp: date_claim(&map, "exp")?,
            nbf: date_claim(&map, "nbf")?,
            iat: date_claim(&map, "iat")?,
            version: string_claim(&map, "version")?,
            identifiers: string_claim(&map, "identifiers")?,
        })
    }

    fn validate(self, now: OffsetDateTime) -> Result<UnpauseToken, TokenError> {
        if self.iss != ISSUER {
            return Err(TokenError::Invalid("issuer"));
        }
        if !self.aud.iter().any(|a| a == AUDIENCE) {
            return Err(TokenError::Invalid("audience"));
        }
        let now_ns = now.unix_timestamp_nanos();
        let leeway_ns = i128::from(LEEWAY_SECONDS) * 1_000_000_000;
        let at_ns = |seconds: i64| i128::from(seconds) * 1_000_000_000;
        if self.nbf.is_some_and(|nbf| now_ns + leeway_ns < at_ns(nbf)) {
            return Err(TokenError::Invalid("not valid yet (nbf)"));
        }
        // Stricter than Boulder, which would accept a link that never expires.
        let exp = self.exp.ok_or(TokenError::Invalid("no expiry (exp)"))?;
        if now_ns - leeway_ns > at_ns(exp) {
            return Err(TokenError::Expired);
        }
        if self.iat.is_some_and(|iat| now_ns + leeway_ns < at_ns(iat)) {
            return Err(TokenError::Invalid("issued in the future (iat)"));
        }
        if self.sub.is_empty() {
            return Err(TokenError::Invalid("no account ID (sub)"));
        }
        let id: i64 = self
            .sub
            .parse()
            .map_err(|_| TokenError::Invalid("account ID is not a number (sub)"))?;
        // Boulder refuses only zero; a negative ID is refused here too.
        let account =
            AccountId::new(id).map_err(|_| TokenError::Invalid("account ID not positive (sub)"))?;
        if self.version != VERSION {
            return Err(TokenError::Invalid("missing or unexpected version"));
        }
        if self.identifiers.is_empty() {
            return Err(TokenError::Invalid("no identifiers"));
        }
        let expires_at = OffsetDateTime::from_unix_timestamp(exp)
            .unwrap_or(time::macros::datetime!(9999-12-31 23:59:59 UTC));
        Ok(UnpauseToken {
            account,
            identifiers: self
                .identifiers
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            expires_at,
        })
    }
}

/// Exact key matches only (see [`Claims`]).
fn claim<'a>(map: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    map.get(name)
}

fn string_claim(map: &Map<String, Value>, name: &str) -> Result<String, TokenError> {
    match claim(map, name) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(TokenError::Malformed("string claim has another JSON type")),
    }
}

/// go-jose's `NumericDate`: any JSON number, truncated to whole seconds.
fn date_claim(map: &Map<String, Value>, name: &str) -> Result<Option<i64>, TokenError> {
    match claim(map, name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n
            .as_i64()
            // Saturating float-to-int cast, as Go's conversion for sane values.
            .or_else(|| n.as_f64().map(|f| f as i64))
            .map(Some)
            .ok_or(TokenError::Malformed("date claim is not a number")),
        Some(_) => Err(TokenError::Malformed("date claim is not a number")),
    }
}

/// go-jose's `Audience`: a string or an array of strings.
fn audience_claim(map: &Map<String, Value>) -> Result<Vec<String>, TokenError> {
    let wrong = TokenError::Malformed("aud is neither a string nor an array of strings");
    match claim(map, "aud") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(s)) => Ok(vec![s.clone()]),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_owned).ok_or(wrong))
            .collect(),
        Some(_) => Err(wrong),
    }
}

#[cfg(test)]
mod tests {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    use super::*;
    use crate::token::SigningKey;

    fn keys() -> KeySet {
        KeySet::new(vec![SigningKey::from_hex(&"ab".repeat(32)).unwrap()]).unwrap()
    }

    fn sign(header: &str, payload: &str, keys: &KeySet) -> RawToken {
        let h = URL_SAFE_NO_PAD.encode(header);
        let p = URL_SAFE_NO_PAD.encode(payload);
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, keys.signing().bytes());
        let sig = ring::hmac::sign(&key, format!("{h}.{p}").as_bytes());
        RawToken::parse(&format!("{h}.{p}.{}", URL_SAFE_NO_PAD.encode(sig))).unwrap()
    }

    const NOW: i64 = 1_800_000_000;

    fn judge(payload: &str) -> Result<UnpauseToken, TokenError> {
        let keys = keys();
        let raw = sign(r#"{"alg":"HS256"}"#, payload, &keys);
        verify(
            &raw,
            &keys,
            OffsetDateTime::from_unix_timestamp(NOW).unwrap(),
        )
    }

    fn payload(extra: &str) -> String {
        format!(
            r#"{{"aud":"SFE Unpause","iss":"WFE","sub":"7","version":"v1","identifiers":"a.example"{extra}}}"#
        )
    }

    #[test]
    fn a_well_formed_token_verifies() {
        let token = judge(&payload(&format!(r#","exp":{}"#, NOW + 10))).unwrap();
        assert_eq!(token.account().get(), 7);
        assert_eq!(token.identifiers(), ["a.example"]);
    }

    #[test]
    fn missing_exp_is_invalid_here() {
        assert_eq!(
            judge(&payload("")),
            Err(TokenError::Invalid("no expiry (exp)"))
        );
    }

    #[test]
    fn expiry_has_sixty_seconds_of_leeway() {
        assert!(judge(&payload(&format!(r#","exp":{}"#, NOW - 60))).is_ok());
        assert_eq!(
            judge(&payload(&format!(r#","exp":{}"#, NOW - 61))),
            Err(TokenError::Expired)
        );
    }

    #[test]
    fn iat_in_the_future_beyond_leeway_is_invalid() {
        let exp = NOW + 1000;
        assert!(judge(&payload(&format!(r#","exp":{exp},"iat":{}"#, NOW + 60))).is_ok());
        assert!(matches!(
            judge(&payload(&format!(r#","exp":{exp},"iat":{}"#, NOW + 61))),
            Err(TokenError::Invalid(_))
        ));
    }

    #[test]
    fn wrong_issuer_wins_over_expiry_as_in_boulder() {
        let p = payload(&format!(r#","exp":{}"#, NOW - 1000)).replace("WFE", "RA");
        assert_eq!(judge(&p), Err(TokenError::Invalid("issuer")));
    }

    #[test]
    fn wrong_json_types_are_malformed() {
        for extra in [r#","exp":"soon""#, r#","exp":1,"jti":5"#] {
            assert!(matches!(
                judge(&payload(extra)),
                Err(TokenError::Malformed(_))
            ));
        }
        let p = payload(&format!(r#","exp":{}"#, NOW + 10)).replace(r#""sub":"7""#, r#""sub":7"#);
        assert!(matches!(judge(&p), Err(TokenError::Malformed(_))));
        let p = payload(&format!(r#","exp":{}"#, NOW + 10))
            .replace(r#""aud":"SFE Unpause""#, r#""aud":["SFE Unpause",3]"#);
        assert!(matches!(judge(&p), Err(TokenError::Malformed(_))));
    }

    #[test]
    fn float_dates_follow_go() {
        let p = payload(&format!(r#","exp":{}.9"#, NOW + 10));
        assert!(judge(&p).is_ok());
    }

    #[test]
    fn keys_match_exactly_as_in_go_jose() {
        // `EXP` is an unknown claim, so the token has no expiry at all.
        let p = payload(&format!(r#","EXP":{}"#, NOW + 10));
        assert_eq!(judge(&p), Err(TokenError::Invalid("no expiry (exp)")));
        // `sub` wins over `SUB` wherever each stands (Go's own decoder
        // would take whichever comes last).
        let exp = format!(r#","exp":{}"#, NOW + 10);
        for p in [
            payload(&format!(r#"{exp},"SUB":"99""#)),
            payload(&exp).replacen('{', r#"{"SUB":"99","#, 1),
        ] {
            assert_eq!(judge(&p).map(|t| t.account().get()), Ok(7), "{p}");
        }
        let upper_only = payload(&exp).replace(r#""sub":"7""#, r#""SUB":"7""#);
        assert_eq!(
            judge(&upper_only),
            Err(TokenError::Invalid("no account ID (sub)"))
        );
    }

    #[test]
    fn a_key_given_twice_is_malformed() {
        let exp = format!(r#","exp":{}"#, NOW + 10);
        let twice = payload(&format!(r#"{exp},"sub":"8""#));
        assert!(matches!(judge(&twice), Err(TokenError::Malformed(_))));
        let keys = keys();
        let now = OffsetDateTime::from_unix_timestamp(NOW).unwrap();
        let raw = sign(r#"{"alg":"HS256","alg":"HS256"}"#, &payload(&exp), &keys);
        assert!(matches!(
            verify(&raw, &keys, now),
            Err(TokenError::Malformed(_))
        ));
    }

    #[test]
    fn critical_headers_other_than_b64_are_refused_as_go_jose_does() {
        let keys = keys();
        let now = OffsetDateTime::from_unix_timestamp(NOW).unwrap();
        let p = payload(&format!(r#","exp":{}"#, NOW + 10));
        let judge_header = |header: &str| verify(&sign(header, &p, &keys), &keys, now);
        for header in [
            r#"{"alg":"HS256","crit":["exp"],"exp":1}"#,
            r#"{"alg":"HS256","crit":["b64"]}"#,
            r#"{"alg":"HS256","crit":["b64"],"b64":false}"#,
            r#"{"alg":"HS256","crit":"b64","b64":true}"#,
            r#"{"alg":"HS256","crit":[5]}"#,
        ] {
            assert!(
                matches!(judge_header(header), Err(TokenError::Malformed(_))),
                "{header}"
            );
        }
        for header in [
            r#"{"alg":"HS256","crit":["b64"],"b64":true}"#,
            r#"{"alg":"HS256","crit":null}"#,
            r#"{"alg":"HS256","crit":[]}"#,
        ] {
            assert!(judge_header(header).is_ok(), "{header}");
        }
    }

    #[test]
    fn any_configured_key_verifies() {
        let old = keys();
        let raw = sign(
            r#"{"alg":"HS256"}"#,
            &payload(&format!(r#","exp":{}"#, NOW + 10)),
            &old,
        );
        let rotated =
            KeySet::new(vec![SigningKey::generate().unwrap(), old.signing().clone()]).unwrap();
        let now = OffsetDateTime::from_unix_timestamp(NOW).unwrap();
        assert!(verify(&raw, &rotated, now).is_ok());
        let without_old = KeySet::new(vec![SigningKey::generate().unwrap()]).unwrap();
        assert_eq!(
            verify(&raw, &without_old, now),
            Err(TokenError::Malformed("signature does not verify"))
        );
    }

    #[test]
    fn other_algorithms_are_malformed_even_when_correctly_signed() {
        let keys = keys();
        let p = payload(&format!(r#","exp":{}"#, NOW + 10));
        for header in [
            r#"{"alg":"HS512"}"#,
            r#"{"alg":"none"}"#,
            r#"{"alg":"hs256"}"#,
            "[]",
        ] {
            let raw = sign(header, &p, &keys);
            let now = OffsetDateTime::from_unix_timestamp(NOW).unwrap();
            assert!(matches!(
                verify(&raw, &keys, now),
                Err(TokenError::Malformed(_))
            ));
        }
    }
}
