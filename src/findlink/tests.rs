//! The link finder against realistic client output. Each case is built from
//! a freshly minted token in the format the client really prints.

use time::{Duration, OffsetDateTime};

use super::{Found, find};
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
