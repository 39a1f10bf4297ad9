//! Boulder's own link vectors: the same outcome class on every line.

use acme_unpause::token::{self, KeySet, RawToken, SigningKey, TokenError};
use reqwest::StatusCode;
use serde::Deserialize;
use time::{Duration, OffsetDateTime};

use crate::helpers::*;

const VECTORS: &str = include_str!("../data/boulder-unpause-vectors.jsonl");
const KEY_HEX: &str = include_str!("../data/boulder-unpause-key.hex");

/// Lines where this project is deliberately stricter than Boulder
/// (DESIGN.md): a negative account ID is refused.
const STRICTER: &[(&str, &str)] = &[("sub_negative", "invalid")];

#[derive(Deserialize)]
struct Vector {
    name: String,
    token: String,
    key_hex: String,
    expect: String,
    account: Option<i64>,
    identifiers: Option<Vec<String>>,
    judged_at_unix: i64,
}

fn vectors() -> Vec<Vector> {
    let all: Vec<Vector> = VECTORS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(all.len(), 23, "the full vector file is present");
    all
}

fn expected(v: &Vector) -> &str {
    STRICTER
        .iter()
        .find(|(name, _)| *name == v.name)
        .map_or(v.expect.as_str(), |(_, class)| class)
}

fn class(result: &Result<token::UnpauseToken, TokenError>) -> &'static str {
    match result {
        Ok(_) => "valid",
        Err(e) => e.kind(),
    }
}

#[test]
fn every_vector_gets_boulders_class_except_the_documented_stricter_ones() {
    let keys = KeySet::new(vec![SigningKey::from_hex(KEY_HEX).unwrap()]).unwrap();
    let mut mismatches = Vec::new();
    for v in vectors() {
        assert_eq!(
            v.key_hex,
            KEY_HEX.trim(),
            "{}: one key for all lines",
            v.name
        );
        let now = OffsetDateTime::from_unix_timestamp(v.judged_at_unix).unwrap();
        let result = RawToken::parse(&v.token).and_then(|raw| token::verify(&raw, &keys, now));
        if class(&result) != expected(&v) {
            mismatches.push(format!(
                "{}: got {:?}, want {}",
                v.name,
                result,
                expected(&v)
            ));
        }
        if let (Ok(t), Some(account), Some(names)) = (&result, v.account, &v.identifiers) {
            assert_eq!(t.account().get(), account, "{}", v.name);
            assert_eq!(t.identifiers(), names.as_slice(), "{}", v.name);
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}

#[test]
fn stricter_cases_are_really_different_from_boulder() {
    // If a vector's Boulder verdict ever matched ours, the exception would
    // be dead weight hiding a real change.
    for (name, ours) in STRICTER {
        let v = vectors().into_iter().find(|v| v.name == *name).unwrap();
        assert_ne!(v.expect, *ours, "{name}");
    }
}

#[test]
fn minting_reproduces_boulders_token_byte_for_byte() {
    let keys = KeySet::new(vec![SigningKey::from_hex(KEY_HEX).unwrap()]).unwrap();
    let v = vectors()
        .into_iter()
        .find(|v| v.name == "valid_single_dns")
        .unwrap();
    let iat = OffsetDateTime::from_unix_timestamp(1_795_637_690).unwrap();
    let minted = token::mint(
        &keys,
        account(1_234_567_890),
        &idents(&["example.com"]),
        iat,
        Duration::seconds(2_110_997_690 - 1_795_637_690),
    )
    .unwrap();
    assert_eq!(minted, v.token);
}

#[tokio::test]
async fn unpause_page_answers_each_vector_with_the_right_status() {
    let judged_at = vectors()[0].judged_at_unix;
    let app = spawn_app_with(Options {
        key_hex: Some(KEY_HEX.trim().to_owned()),
        now: Some(OffsetDateTime::from_unix_timestamp(judged_at).unwrap()),
        ..Options::default()
    })
    .await;
    for v in vectors() {
        assert_eq!(
            v.judged_at_unix, judged_at,
            "all lines judged at one instant"
        );
        let want = match expected(&v) {
            "valid" => StatusCode::OK,
            "expired" => StatusCode::GONE,
            _ => StatusCode::BAD_REQUEST,
        };
        let response = app.get_unpause(&v.token).await;
        assert_eq!(response.status(), want, "{}", v.name);
    }
}

/// Cases Boulder's own vectors do not cover, made here with the same key and
/// claims and judged by go-jose's rules as its source states them (each
/// line's `rule`): `crit` headers, and claims given twice or in another case.
const JOSE_RULES: &str = include_str!("../data/go-jose-rule-vectors.jsonl");

#[derive(Deserialize)]
struct RuleVector {
    name: String,
    token: String,
    expect: String,
    account: Option<i64>,
    judged_at_unix: i64,
}

fn rule_vectors() -> Vec<RuleVector> {
    let all: Vec<RuleVector> = JOSE_RULES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(all.len(), 7, "the full rule file is present");
    all
}

#[test]
fn go_jose_rule_vectors_get_go_joses_class() {
    let keys = KeySet::new(vec![SigningKey::from_hex(KEY_HEX).unwrap()]).unwrap();
    let mut mismatches = Vec::new();
    for v in rule_vectors() {
        let now = OffsetDateTime::from_unix_timestamp(v.judged_at_unix).unwrap();
        let result = RawToken::parse(&v.token).and_then(|raw| token::verify(&raw, &keys, now));
        if class(&result) != v.expect {
            mismatches.push(format!("{}: got {result:?}, want {}", v.name, v.expect));
        }
        if let (Ok(t), Some(account)) = (&result, v.account) {
            assert_eq!(t.account().get(), account, "{}", v.name);
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}

#[tokio::test]
async fn unpause_page_answers_each_rule_vector_with_the_right_status() {
    let judged_at = rule_vectors()[0].judged_at_unix;
    let app = spawn_app_with(Options {
        key_hex: Some(KEY_HEX.trim().to_owned()),
        now: Some(OffsetDateTime::from_unix_timestamp(judged_at).unwrap()),
        ..Options::default()
    })
    .await;
    app.pause(1_234_567_890, &["example.com"]).await;
    for v in rule_vectors() {
        let want = match v.expect.as_str() {
            "valid" => StatusCode::OK,
            _ => StatusCode::BAD_REQUEST,
        };
        let response = app.get_unpause(&v.token).await;
        assert_eq!(response.status(), want, "{}", v.name);
    }
}
