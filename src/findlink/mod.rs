//! "Find my link": digs an unpause token out of whatever a visitor pastes.
//!
//! ACME clients bury the link in logs, JSON documents and wrapped terminal
//! output. The finder undoes the usual escapings (JSON `\/` and `\u002F`,
//! HTML entities, percent-encoding, doubled backslashes), then looks for
//! `jwt=` or a bare token, and follows a token across line breaks, skipping
//! the log prefix a continuation line may carry: the prefix is learned from
//! the lines themselves (the shape two neighbouring lines share), and each
//! word of the line is tried after it. A candidate counts only if it is a
//! structurally sound HS256 JWS (JSON header and payload, 32-byte
//! signature), so stray text is never mistaken for a link; of several, the
//! caller's keys pick the one they signed.
//!
//! Pure: no I/O, no logging (pasted text may hold anything).

#[cfg(test)]
mod tests;

use base64::Engine;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};

/// Longest paste accepted; a whole client log of a failed run fits.
pub const MAX_INPUT: usize = 64 * 1024;

/// Lines a wrapped token may continue over: a link naming 15 names wraps
/// over some 20 lines at 40 columns.
const MAX_CONTINUATION_LINES: usize = 64;

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

/// Searches `text` (at most [`MAX_INPUT`] bytes are looked at) with no key
/// to judge by: the first reassembly that is structurally sound wins.
pub fn find(text: &str) -> Found {
    find_with(text, |_| false)
}

/// Searches `text`, preferring among the possible reassemblies of a wrapped
/// token the first for which `verifies` holds (the portal passes "signed by
/// one of my keys"), else the first structurally sound one. Wrapped logs
/// often allow several: a word of the next line's log prefix can complete a
/// signature as well as the real continuation does.
pub fn find_with(text: &str, verifies: impl Fn(&str) -> bool) -> Found {
    let mut end = text.len().min(MAX_INPUT);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let raw = &text[..end];
    let text = normalize(raw);
    let lines = Lines::new(&text);
    let mut saw_start = false;
    let mut first = None;
    let mut search = Search {
        text: &text,
        lines: &lines,
        found: Vec::new(),
        steps: 0,
    };
    for start in starts(&text) {
        if text[start..].starts_with("eyJ") {
            saw_start = true;
        }
        search.follow(String::new(), start, 0);
        for token in std::mem::take(&mut search.found) {
            if verifies(&token) {
                return Found::Token(token);
            }
            first.get_or_insert(token);
        }
        if search.steps > MAX_STEPS {
            break;
        }
    }
    // Last, the text unwrapped before its escapes are undone: a wrap that
    // split an escape (`jwt\u00` | `3d…`) leaves nothing to follow above.
    // A token cut at 43 characters may have been completed by whatever
    // followed a cut-off one: only a signature proves it.
    for (token, cut) in in_unwrapped(raw) {
        if verifies(&token) {
            return Found::Token(token);
        }
        if !cut {
            first.get_or_insert(token);
        }
    }
    match first {
        Some(token) => Found::Token(token),
        None if saw_start => Found::CutOff,
        None => Found::Nothing,
    }
}

/// Sound tokens in `raw` with every line's learned log prefix cut and the
/// lines joined end to end, then unescaped. A token that ended a line runs
/// on into the next; an HS256 signature is 43 characters, so it is cut
/// there (and marked as cut).
fn in_unwrapped(raw: &str) -> Vec<(String, bool)> {
    let raw = raw.replace("\r\n", "\n");
    let lines: Vec<&str> = raw.split('\n').collect();
    let mut joined = String::with_capacity(raw.len());
    for (i, line) in lines.iter().enumerate() {
        let cut = i
            .checked_sub(1)
            .map_or(0, |prev| common_prefix(lines[prev], line));
        joined.push_str(&line[cut..]);
    }
    let joined = normalize(&joined);
    let mut found = Vec::new();
    for start in starts(&joined) {
        let run = &joined[start..run_end(&joined, start)];
        let signature = run.match_indices('.').nth(1).map(|(i, _)| i + 1);
        let whole = match signature {
            Some(at) => &run[..run.len().min(at + 43)],
            None => run,
        };
        if let Some(token) = sound(whole).filter(|t| !found.iter().any(|(f, _)| f == t)) {
            found.push((token, whole.len() < run.len()));
        }
    }
    found
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

/// Steps one search may take, over every start and reassembly: bounds the
/// work a hostile paste can cause (a real log needs a few hundred per
/// printed link).
const MAX_STEPS: usize = 20_000;

/// The reassemblies of one token start.
struct Search<'a> {
    text: &'a str,
    lines: &'a Lines,
    found: Vec<String>,
    steps: usize,
}

impl Search<'_> {
    /// Extends `acc` with the run of token characters at `at`; if that is
    /// not yet a whole token and the run reaches the end of its line, goes
    /// on at each place the next line's continuation may begin: after the
    /// log prefix learned from the lines around it first, then at each word.
    fn follow(&mut self, acc: String, at: usize, depth: usize) {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return;
        }
        let end = run_end(self.text, at);
        let candidate = format!("{acc}{}", &self.text[at..end]);
        if let Some(token) = sound(&candidate) {
            if !self.found.contains(&token) {
                self.found.push(token);
            }
            return;
        }
        // Only a token's beginning (even a cut `jwt=` / `e` / `ey`) may go on.
        let begins = candidate.starts_with("eyJ") || "eyJ".starts_with(candidate.as_str());
        if !begins
            || candidate.matches('.').count() > 2
            || depth >= MAX_CONTINUATION_LINES
            || !ends_line(self.text, end)
        {
            return;
        }
        let Some(line) = self.lines.index_of(end).map(|i| i + 1) else {
            return;
        };
        let Some((line_start, line_end)) = self.lines.span(line) else {
            return;
        };
        let mut tried = Vec::new();
        let learned = self.lines.prefixes(self.text, line);
        let words = (line_start..line_end).filter(|&i| {
            let bytes = self.text.as_bytes();
            is_token_byte(bytes[i]) && (i == line_start || !is_token_byte(bytes[i - 1]))
        });
        for at in learned.into_iter().chain(words) {
            if at < line_end && is_token_byte(self.text.as_bytes()[at]) && !tried.contains(&at) {
                tried.push(at);
                self.follow(candidate.clone(), at, depth + 1);
            }
        }
    }
}

/// Where each line of the text begins and ends, and (once asked) where its
/// log prefix ends.
struct Lines {
    spans: Vec<(usize, usize)>,
    prefixes: Vec<std::cell::OnceCell<Vec<usize>>>,
}

impl Lines {
    fn new(text: &str) -> Self {
        let mut spans = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            spans.push((start, start + line.len()));
            start += line.len() + 1;
        }
        let prefixes = spans.iter().map(|_| std::cell::OnceCell::new()).collect();
        Self { spans, prefixes }
    }

    fn span(&self, line: usize) -> Option<(usize, usize)> {
        self.spans.get(line).copied()
    }

    fn index_of(&self, at: usize) -> Option<usize> {
        self.spans
            .partition_point(|&(start, _)| start <= at)
            .checked_sub(1)
    }

    /// Where the continuation on `line` begins after a log prefix, learned
    /// from the line before and the line after (see [`common_prefix`]).
    fn prefixes(&self, text: &str, line: usize) -> Vec<usize> {
        let (Some((start, end)), Some(cell)) = (self.span(line), self.prefixes.get(line)) else {
            return Vec::new();
        };
        cell.get_or_init(|| {
            let this = &text[start..end];
            let mut found = Vec::new();
            for other in [line.checked_sub(1), Some(line + 1)].into_iter().flatten() {
                if let Some((s, e)) = self.span(other) {
                    let length = common_prefix(&text[s..e], this);
                    if length > 0 && !found.contains(&(start + length)) {
                        found.push(start + length);
                    }
                }
            }
            found
        })
        .clone()
    }
}

/// What a character is, for comparing the shape of two log prefixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Digit,
    Letter,
    Space,
    Other(char),
}

fn shape(c: char) -> Shape {
    if c.is_ascii_digit() {
        Shape::Digit
    } else if c.is_alphabetic() {
        Shape::Letter
    } else if c == ' ' || c == '\t' {
        Shape::Space
    } else {
        Shape::Other(c)
    }
}

/// Runs of one shape in `line`, each with the byte offset where it ends.
fn shape_runs(line: &str) -> Vec<(Shape, usize)> {
    let mut runs: Vec<(Shape, usize)> = Vec::new();
    for (i, c) in line.char_indices() {
        let kind = shape(c);
        let end = i + c.len_utf8();
        match runs.last_mut() {
            Some((last, last_end)) if *last == kind && !matches!(kind, Shape::Other(_)) => {
                *last_end = end;
            }
            _ => runs.push((kind, end)),
        }
    }
    runs
}

/// The length of the log prefix `this` shares with `other`: the two lines
/// are compared as runs of digits, letters, spaces and punctuation (so
/// `Dec 02 03:14:07 web01 app[2211]: ` matches `Dec 02 03:14:08 web01
/// app[2211]: ` and timestamps of any precision or zone match their kind),
/// and the prefix ends after the last run of spaces both lines share. A
/// token has no spaces, so what it continues with on `this` is never taken
/// for prefix, however its characters happen to look.
fn common_prefix(other: &str, this: &str) -> usize {
    shape_runs(other)
        .into_iter()
        .zip(shape_runs(this))
        .take_while(|((a, _), (b, _))| a == b)
        .filter(|(_, (kind, _))| *kind == Shape::Space)
        .map(|(_, (_, end))| end)
        .last()
        .unwrap_or(0)
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
