//! "Find my link": digs an unpause token out of whatever a visitor pastes.
//!
//! ACME clients bury the link in logs, JSON documents and wrapped terminal
//! output. The finder undoes the usual escapings (JSON `\/` and `\u002F`,
//! HTML entities, percent-encoding, doubled backslashes), then looks for
//! `jwt=` or a bare token, and follows a token across line breaks, skipping
//! the log prefix a continuation line may carry. A candidate counts only if
//! it is a structurally sound HS256 JWS (JSON header and payload, 32-byte
//! signature), so stray text is never mistaken for a link.
//!
//! Pure: no I/O, no logging (pasted text may hold anything).

#[cfg(test)]
mod tests;

use base64::Engine;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};

/// Longest paste accepted; a whole client log of a failed run fits.
pub const MAX_INPUT: usize = 64 * 1024;

/// Lines a wrapped token may continue over.
const MAX_CONTINUATION_LINES: usize = 8;

/// What the finder made of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A token, ready for `?jwt=`.
    Token(String),
    /// The start of a token, but no complete one.
    CutOff,
    /// Nothing that looks like a link.
    Nothing,
}

const B64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(true),
);

/// Searches `text` (at most [`MAX_INPUT`] bytes are looked at).
pub fn find(text: &str) -> Found {
    let mut end = text.len().min(MAX_INPUT);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = normalize(&text[..end]);
    let mut saw_start = false;
    for start in starts(&text) {
        if text[start..].starts_with("eyJ") {
            saw_start = true;
        }
        if let Some(token) = follow(&text, start) {
            return Found::Token(token);
        }
    }
    if saw_start {
        Found::CutOff
    } else {
        Found::Nothing
    }
}

/// The token of an unpause link whose query was mangled into its path:
/// `/sfe/v1/unpause%3Fjwt%3DTOKEN` (the `?` and `=` percent-encoded, in
/// either case) or `/sfe/v1/unpause/TOKEN`. Only a structurally sound token
/// counts, as in [`find`].
pub fn in_mangled_path(path: &str) -> Option<String> {
    fn strip<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
        text.get(..prefix.len())
            .filter(|head| head.eq_ignore_ascii_case(prefix))
            .map(|_| &text[prefix.len()..])
    }
    let rest = path.strip_prefix(crate::links::UNPAUSE)?;
    let token = match rest.strip_prefix('/') {
        Some(token) => token,
        None => {
            let query = strip(rest, "%3F")?;
            strip(query, "jwt%3D").or_else(|| strip(query, "jwt="))?
        }
    };
    sound(&token[..run_end(token, 0)])
}

/// Undoes escapings until the text stops changing (escapes nest: a JSON
/// log line quoting a JSON error doubles every backslash).
fn normalize(text: &str) -> String {
    const REPLACEMENTS: &[(&str, &str)] = &[
        ("\\\\", "\\"),
        ("\\/", "/"),
        ("\\u002f", "/"),
        ("\\u002F", "/"),
        ("\\u003d", "="),
        ("\\u003D", "="),
        ("\\u003f", "?"),
        ("\\u003F", "?"),
        ("\\u0026", "&"),
        ("\\u0022", "\""),
        ("\\\"", "\""),
        ("\\n", "\n"),
        ("\\r", "\n"),
        ("\\t", " "),
        ("&amp;", "&"),
        ("&quot;", "\""),
        ("&#34;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&#x2F;", "/"),
        ("&#x2f;", "/"),
        ("&#47;", "/"),
        ("&#x3D;", "="),
        ("&#x3d;", "="),
        ("&#61;", "="),
        ("%3D", "="),
        ("%3d", "="),
        ("%3F", "?"),
        ("%3f", "?"),
        ("%2F", "/"),
        ("%2f", "/"),
    ];
    let mut current = text.replace("\r\n", "\n");
    for _ in 0..4 {
        let mut next = current.clone();
        for (from, to) in REPLACEMENTS {
            if next.contains(from) {
                next = next.replace(from, to);
            }
        }
        if next == current {
            break;
        }
        current = next;
    }
    current
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')
}

/// Where a token may begin: after each `jwt=`, then at each bare `eyJ`
/// that starts a word.
fn starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut found: Vec<usize> = text.match_indices("jwt=").map(|(i, _)| i + 4).collect();
    found.extend(
        text.match_indices("eyJ")
            .map(|(i, _)| i)
            .filter(|&i| i == 0 || !is_token_byte(bytes[i - 1])),
    );
    found
}

/// The token starting at `start`, possibly continued on following lines.
fn follow(text: &str, start: usize) -> Option<String> {
    let end = run_end(text, start);
    let first = &text[start..end];
    if !first.starts_with("eyJ") {
        return None;
    }
    if let Some(token) = sound(first) {
        return Some(token);
    }
    if !ends_line(text, end) {
        return None;
    }
    continue_on_next_line(text, next_line(text, end)?, first.to_owned(), 0)
}

/// Tries each word of the next line as the continuation, in order; a word
/// that reaches the end of its line may itself continue further.
fn continue_on_next_line(text: &str, line: usize, acc: String, depth: usize) -> Option<String> {
    if depth >= MAX_CONTINUATION_LINES || acc.matches('.').count() > 2 {
        return None;
    }
    let line_end = text[line..].find('\n').map_or(text.len(), |i| line + i);
    let mut at = line;
    while at < line_end {
        if !is_token_byte(text.as_bytes()[at]) {
            at += 1;
            continue;
        }
        let end = run_end(text, at).min(line_end);
        let candidate = format!("{acc}{}", &text[at..end]);
        if let Some(token) = sound(&candidate) {
            return Some(token);
        }
        if ends_line(text, end)
            && let Some(next) = next_line(text, end)
            && let Some(token) = continue_on_next_line(text, next, candidate, depth + 1)
        {
            return Some(token);
        }
        at = end;
    }
    None
}

fn run_end(text: &str, start: usize) -> usize {
    text[start..]
        .bytes()
        .position(|b| !is_token_byte(b))
        .map_or(text.len(), |i| start + i)
}

/// Whether only spaces follow `at` before the end of its line.
fn ends_line(text: &str, at: usize) -> bool {
    text[at..]
        .bytes()
        .take_while(|&b| b != b'\n')
        .all(|b| b == b' ' || b == b'\t')
}

fn next_line(text: &str, at: usize) -> Option<usize> {
    text[at..].find('\n').map(|i| at + i + 1)
}

/// The candidate, minus sentence punctuation, if it is a sound HS256 JWS.
fn sound(candidate: &str) -> Option<String> {
    let token = candidate.trim_end_matches('.');
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let is_object = |part: &str| {
        B64.decode(part)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
            .is_some_and(|v| v.is_object())
    };
    let sig_ok = B64.decode(signature).is_ok_and(|s| s.len() == 32);
    (sig_ok && is_object(header) && is_object(payload)).then(|| token.to_owned())
}
