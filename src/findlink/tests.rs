//! The link finder against realistic client output. Each case is built from
//! a freshly minted token in the format the client really prints.

use time::{Duration, OffsetDateTime};

use super::{Found, find, find_with};
use crate::domain::{AccountId, Identifier};
use crate::token::{KeySet, SigningKey, mint};

const PORTAL: &str = "https://portal.test/sfe/v1/unpause?jwt=";
const DETAIL: &str = "Your account is temporarily prevented from requesting certificates for \
                      example.com and possibly others. Please visit: ";

fn token() -> String {
    let keys = KeySet::new(vec![SigningKey::generate().unwrap()]).unwrap();
    let names: Vec<Identifier> = ["example.com", "www.example.com"]
        .iter()
        .map(|n| Identifier::parse(n).unwrap())
        .collect();
    mint(
        &keys,
        AccountId::new(1234).unwrap(),
        &names,
        OffsetDateTime::from_unix_timestamp(1_795_637_690).unwrap(),
        Duration::days(14),
    )
    .unwrap()
}

/// Hard-wraps `text` every `width` characters, as a terminal or console does.
fn wrap(text: &str, width: usize) -> String {
    text.chars()
        .collect::<Vec<_>>()
        .chunks(width)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn corpus(t: &str) -> Vec<(&'static str, String)> {
    let url = format!("{PORTAL}{t}");
    let json_url = url.replace('/', "\\/");
    let detail = format!("{DETAIL}{url}");
    vec![
        (
            "certbot terminal output",
            format!(
                "Saving debug log to /var/log/letsencrypt/letsencrypt.log\n\
                 Requesting a certificate for example.com\n\
                 An unexpected error occurred:\n\
                 Error creating new order :: {detail}\n\
                 Ask for help or search for solutions at https://community.letsencrypt.org. \
                 See the logfile /var/log/letsencrypt/letsencrypt.log or re-run Certbot with -v for more details.\n"
            ),
        ),
        (
            "certbot debug log with the problem document",
            format!(
                "2026-11-20 03:12:44,123:DEBUG:acme.client:Received response:\nHTTP 429\n\
                 Content-Type: application/problem+json\nContent-Length: 401\n\n{{\n  \
                 \"type\": \"urn:ietf:params:acme:error:rateLimited\",\n  \"detail\": \"{detail}\",\n  \
                 \"status\": 429\n}}\n2026-11-20 03:12:44,124:DEBUG:certbot._internal.log:Exiting abnormally:\n"
            ),
        ),
        (
            "lego",
            format!(
                "2026/11/20 03:12:44 [INFO] [example.com] acme: Obtaining bundled SAN certificate\n\
                 2026/11/20 03:12:45 Could not obtain certificates:\n\tacme: error: 429 :: POST :: \
                 https://acme-v02.api.letsencrypt.org/acme/new-order :: \
                 urn:ietf:params:acme:error:rateLimited :: {detail}\n"
            ),
        ),
        (
            "acme.sh raw JSON with escaped slashes",
            format!(
                "[Fri Nov 20 03:12:44 UTC 2026] Create new order error. Le_OrderFinalize not found. \
                 {{\"type\":\"urn:ietf:params:acme:error:rateLimited\",\"detail\":\"{DETAIL}{json_url}\",\"status\":429}}\n"
            ),
        ),
        (
            "Caddy JSON log",
            format!(
                "{{\"level\":\"error\",\"ts\":1795637690.123,\"logger\":\"tls.obtain\",\
                 \"msg\":\"could not get certificate from issuer\",\"identifier\":\"example.com\",\
                 \"error\":\"HTTP 429 urn:ietf:params:acme:error:rateLimited - {detail}\"}}\n"
            ),
        ),
        (
            "Caddy JSON log with \\u002F escapes",
            format!(
                "{{\"level\":\"error\",\"logger\":\"tls.obtain\",\"error\":\"HTTP 429 - {DETAIL}{}\"}}",
                url.replace('/', "\\u002F")
                    .replace('=', "\\u003d")
                    .replace('?', "\\u003f")
            ),
        ),
        (
            "cert-manager Order status, folded YAML",
            format!(
                "status:\n  reason: 'Failed to create Order: 429 urn:ietf:params:acme:error:rateLimited: Your\n    \
                 account is temporarily prevented from requesting certificates for example.com\n    \
                 and possibly others. Please visit: {url}'\n  state: errored\n"
            ),
        ),
        (
            "cert-manager events table",
            format!(
                "Events:\n  Type     Reason  Age   From          Message\n  ----     ------  ----  ----          -------\n  \
                 Warning  Failed  12s   cert-manager  Failed to create Order: 429 \
                 urn:ietf:params:acme:error:rateLimited: {detail}\n"
            ),
        ),
        (
            "win-acme",
            format!(
                " [EROR] Error creating new order\n [EROR] {{\"type\":\"urn:ietf:params:acme:error:rateLimited\",\
                 \"detail\":\"{detail}\",\"status\":429}}\n [INFO] Create certificate failed\n"
            ),
        ),
        (
            "Posh-ACME error wrapped at the console width",
            format!(
                "{}\nAt line:1 char:1\n+ New-PACertificate example.com\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~\n",
                wrap(&format!("New-PACertificate : {detail}"), 80)
            ),
        ),
        ("plain copy with a line break in the token", {
            let cut = url.len() - 30;
            format!("Please visit: {}\n{}\n", &url[..cut], &url[cut..])
        }),
        ("wrapped line whose continuation carries a syslog prefix", {
            let line = format!("Nov 20 03:12:44 web1 certbot[812]: {detail}");
            let (head, tail) = line.split_at(line.len() - 50);
            format!(
                "{head}\nNov 20 03:12:44 web1 certbot[812]: {tail}\nNov 20 03:12:44 web1 certbot[812]: exiting\n"
            )
        }),
        (
            "HTML-escaped link from a web panel",
            format!(
                "<p>Please visit: <a href=\"{}\">{}</a></p>",
                url.replace('/', "&#x2F;"),
                url.replace('=', "&#61;")
            ),
        ),
        ("bare token", format!("  {t}  ")),
        ("quoted link", format!("error: \"{url}\"")),
        (
            "link in angle brackets and a sentence",
            format!("See <{url}>. Then retry."),
        ),
        ("link ending a sentence", format!("{DETAIL}{url}.")),
        (
            "percent-encoded link",
            url.replace(':', "%3A")
                .replace('/', "%2F")
                .replace('?', "%3F")
                .replace('=', "%3D"),
        ),
        (
            "JSON inside a JSON log line",
            format!(
                "{{\"msg\":\"order failed\",\"body\":\"{{\\\"detail\\\":\\\"{DETAIL}{}\\\"}}\"}}",
                url.replace('/', "\\\\/")
            ),
        ),
        (
            "Windows line endings",
            format!("Error:\r\n{}\r\n{}\r\n", &url[..60], &url[60..]),
        ),
    ]
}

#[test]
fn every_corpus_case_yields_the_token() {
    let t = token();
    let mut failures = Vec::new();
    for (name, text) in corpus(&t) {
        if find(&text) != Found::Token(t.clone()) {
            failures.push(format!("{name}: {:?}\n{text}", find(&text)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn text_without_a_link_finds_nothing() {
    for text in [
        "",
        "Error: connection refused",
        "Please visit: https://portal.test/sfe/v1/unpause?jwt=",
        "jwt=abc.def.ghi",
    ] {
        assert_eq!(find(text), Found::Nothing, "{text:?}");
    }
}

#[test]
fn a_truncated_link_is_reported_as_cut_off() {
    let t = token();
    let text = format!("Please visit: {PORTAL}{}", &t[..t.len() - 20]);
    assert_eq!(find(&text), Found::CutOff);
}

#[test]
fn the_first_sound_token_wins_over_a_broken_one() {
    let t = token();
    let text = format!("{PORTAL}{}\nretrying\n{PORTAL}{t}\n", &t[..40]);
    assert_eq!(find(&text), Found::Token(t));
}

#[test]
fn oversized_input_is_cut_at_a_character_boundary() {
    let t = token();
    let text = format!("{t} {}", "é".repeat(super::MAX_INPUT));
    assert_eq!(find(&text), Found::Token(t));
}

/// A token over `names` and the keys that signed it.
fn keyed_token(names: &[&str]) -> (KeySet, String) {
    let keys = KeySet::new(vec![SigningKey::generate().unwrap()]).unwrap();
    let names: Vec<Identifier> = names
        .iter()
        .map(|n| Identifier::parse(n).unwrap())
        .collect();
    let token = mint(
        &keys,
        AccountId::new(1234).unwrap(),
        &names,
        OffsetDateTime::from_unix_timestamp(1_795_637_690).unwrap(),
        Duration::days(14),
    )
    .unwrap();
    (keys, token)
}

/// A named way of writing the prefix of log line `n`.
type PrefixStyle = (&'static str, fn(usize) -> String);

/// Log prefixes as the tools that write them do, for line `n` (timestamps
/// move on, fractions lose trailing zeros, days are padded).
fn prefix_styles() -> Vec<PrefixStyle> {
    vec![
        ("syslog", |n| {
            format!("Dec 02 03:14:{:02} web01 acme-panel[2211]: ", n % 60)
        }),
        ("syslog, padded day", |n| {
            format!("Dec  2 03:{:02}:07 web01 acme-panel[2211]: ", n % 60)
        }),
        ("journald short-iso", |n| {
            format!(
                "2026-12-02T03:14:{:02}+0100 web01 acme-panel[2211]: ",
                n % 60
            )
        }),
        ("journald short-precise", |n| {
            format!("Dec 02 03:14:07.{} web01 acme-panel[2211]: ", 1000 + n * 37)
        }),
        ("docker compose", |_| "acme-panel-1  | ".to_owned()),
        ("kubectl logs --prefix", |_| {
            "[pod/acme-panel-7d9f8c6b5-x2k4p/panel] ".to_owned()
        }),
        ("kubernetes CRI", |n| {
            let fraction = ["123456789", "12345678", "1234567", "5"][n % 4];
            format!("2026-12-02T03:14:07.{fraction}Z stderr F ")
        }),
        ("timestamp and zone name", |n| {
            format!("2026-12-02 03:14:{:02} UTC ", n % 60)
        }),
        ("timestamp with offset", |n| {
            format!("2026-12-02T03:14:{:02}+01:00 ", n % 60)
        }),
        ("timestamp without zone", |n| {
            format!("2026-12-02 03:14:07,{:03} ERROR ", n * 7 % 1000)
        }),
    ]
}

/// The messages a client logs, holding `url`.
fn messages(url: &str) -> Vec<(&'static str, String)> {
    vec![
        ("detail", format!("{DETAIL}{url}")),
        (
            "problem with \\u002F escapes",
            format!(
                "{{\"type\":\"urn:ietf:params:acme:error:rateLimited\",\"detail\":\"{DETAIL}{}\",\"status\":429}}",
                url.replace('/', "\\u002F")
            ),
        ),
        (
            "Caddy's \\u002F, \\u003d and \\u003f escapes",
            format!(
                "{{\"error\":\"HTTP 429 - {DETAIL}{}\"}}",
                url.replace('/', "\\u002F")
                    .replace('=', "\\u003d")
                    .replace('?', "\\u003f")
            ),
        ),
        (
            "problem quoted in a JSON log line",
            format!(
                "{{\"level\":\"error\",\"error\":\"{{\\\"detail\\\":\\\"{DETAIL}{url}\\\"}}\"}}"
            ),
        ),
    ]
}

/// `message` wrapped at `width` columns, each line written with its own
/// prefix, between two other log lines.
fn prefixed_log(prefix: fn(usize) -> String, message: &str, width: usize) -> String {
    let mut lines = vec![format!(
        "{}Requesting a certificate for example.com",
        prefix(0)
    )];
    for (i, line) in wrap(message, width).lines().enumerate() {
        lines.push(format!("{}{line}", prefix(i + 1)));
    }
    lines.push(format!(
        "{}Ask for help at https://community.test",
        prefix(lines.len())
    ));
    lines.join("\n") + "\n"
}

#[test]
fn wrapped_logs_with_a_prefix_on_every_line_yield_the_token() {
    let short = keyed_token(&["example.com", "www.example.com"]);
    let names: Vec<String> = (0..15).map(|i| format!("host{i:02}.example.com")).collect();
    let long = keyed_token(&names.iter().map(String::as_str).collect::<Vec<_>>());
    let mut failures = Vec::new();
    let mut cases = 0;
    for (keys, t) in [&short, &long] {
        let url = format!("{PORTAL}{t}");
        for (style, prefix) in prefix_styles() {
            for (kind, message) in messages(&url) {
                for width in 40..=120 {
                    let text = prefixed_log(prefix, &message, width);
                    cases += 1;
                    let keyed = find_with(&text, |c| crate::token::is_signed_by(c, keys));
                    if keyed != Found::Token(t.clone()) {
                        failures.push(format!("{style}, {kind}, width {width}: {keyed:?}\n{text}"));
                    }
                }
            }
        }
    }

    assert_eq!(cases, 2 * 10 * 4 * 81);
    assert!(
        failures.is_empty(),
        "{} of {cases} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(3)].join("\n\n")
    );
}

#[test]
fn without_keys_the_learned_prefix_still_wins() {
    let (_, t) = keyed_token(&["example.com", "www.example.com"]);
    let url = format!("{PORTAL}{t}");
    let mut failures = Vec::new();
    for (style, prefix) in prefix_styles() {
        for (kind, message) in messages(&url) {
            for width in [40, 60, 72, 80, 100, 120] {
                let text = prefixed_log(prefix, &message, width);
                if find(&text) != Found::Token(t.clone()) {
                    failures.push(format!("{style}, {kind}, width {width}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_prefix_word_that_completes_the_signature_loses_to_the_signed_reassembly() {
    let (keys, t) = keyed_token(&["example.com"]);
    // The last three characters of the signature go to a line whose prefix
    // cannot be learned; its first word, "Dec", completes a sound token too.
    let (head, tail) = t.split_at(t.len() - 3);
    let text = format!("Please visit: {PORTAL}{head}\nDec 02 {tail}\n");
    let forged = format!("{head}Dec");
    assert_eq!(
        find(&text),
        Found::Token(forged),
        "without keys: the first sound one"
    );
    assert_eq!(
        find_with(&text, |c| crate::token::is_signed_by(c, &keys)),
        Found::Token(t)
    );
}

#[test]
fn a_cut_jwt_and_token_start_are_followed_onto_the_next_line() {
    let (keys, t) = keyed_token(&["example.com"]);
    for cut in [0, 1, 2, 5] {
        let prefix = "Dec 02 03:14:07 web01 acme-panel[2211]: ";
        let text = format!(
            "{prefix}Please visit: {PORTAL}{}\n{prefix}{}\n{prefix}exiting\n",
            &t[..cut],
            &t[cut..]
        );
        assert_eq!(
            find_with(&text, |c| crate::token::is_signed_by(c, &keys)),
            Found::Token(t.clone()),
            "cut after {cut}"
        );
    }
}

/// Pastes built to make the search branch on every line: each is bounded by
/// the step budget (about 0.2 s for 64 KiB in a debug build) and ends in a
/// plain "cut off".
#[test]
fn hostile_pastes_end_as_cut_off() {
    for text in [
        "jwt=eyJ\n".repeat(8192),
        format!("jwt=eyJ{}\n", "a".repeat(60)).repeat(1000),
        "eyJ eyJ eyJ eyJ eyJ eyJ eyJ\n".repeat(2300),
        "Dec 02 03:14:07 web01 x[1]: jwt=eyJhbGciOiJIUzI1NiJ9.eyJ\n".repeat(1100),
    ] {
        assert_eq!(find(&text), Found::CutOff);
    }
}
