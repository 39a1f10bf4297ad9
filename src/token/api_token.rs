//! The bearer token of the internal API.

use std::fmt;
use std::path::Path;

use anyhow::Context;
use ring::digest;
use subtle::ConstantTimeEq;

/// Shortest token accepted: guessing must be hopeless.
const MIN_LEN: usize = 32;

/// The secrets shared with the ACME server: usually one; two while it is
/// being rotated, so no call is refused while the ACME server and the
/// portal's instances move to the new one. `Debug` never shows them.
#[derive(Clone)]
pub struct ApiToken(Vec<digest::Digest>);

impl ApiToken {
    /// Reads the tokens from `path`: one a line, blank lines and surrounding
    /// white space ignored, each at least 32 printable ASCII characters.
    pub fn read(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read internal token file {}", path.display()))?;
        let token = Self::parse(&text)
            .with_context(|| format!("internal token file {}", path.display()))?;
        crate::token::warn_if_shared(path, "internal token file");
        Ok(token)
    }

    /// Parses a token file's content.
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        let digests = token_file_lines(text)
            .map(|(number, token)| hash(token).with_context(|| format!("line {number}")))
            .collect::<anyhow::Result<Vec<_>>>()?;
        if digests.is_empty() {
            anyhow::bail!("holds no token");
        }
        Ok(Self(digests))
    }

    pub fn new(token: &str) -> anyhow::Result<Self> {
        Ok(Self(vec![hash(token)?]))
    }

    /// Constant-time comparison. Both sides are hashed first, so neither the
    /// content nor the length of the secret leaks through timing, and every
    /// token is compared, so neither does which one matched.
    pub fn matches(&self, presented: &str) -> bool {
        let presented = digest::digest(&digest::SHA256, presented.as_bytes());
        self.0
            .iter()
            .fold(subtle::Choice::from(0), |found, token| {
                found | token.as_ref().ct_eq(presented.as_ref())
            })
            .into()
    }
}

/// The tokens of a token file with their line numbers: one a line, blank
/// lines and surrounding white space ignored. The ACME server's side (e.g.
/// `loadgen`) presents the first.
pub fn token_file_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .map(str::trim)
        .enumerate()
        .filter(|(_, line)| !line.is_empty())
        .map(|(index, line)| (index + 1, line))
}

fn hash(token: &str) -> anyhow::Result<digest::Digest> {
    if token.len() < MIN_LEN || !token.bytes().all(|b| b.is_ascii_graphic()) {
        anyhow::bail!("the token must be at least {MIN_LEN} printable characters without spaces");
    }
    Ok(digest::digest(&digest::SHA256, token.as_bytes()))
}

impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken(redacted)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_only_the_exact_token() {
        let token = ApiToken::new(&"t".repeat(40)).unwrap();
        assert!(token.matches(&"t".repeat(40)));
        assert!(!token.matches(&"t".repeat(39)));
        assert!(!token.matches(""));
        assert_eq!(format!("{token:?}"), "ApiToken(redacted)");
    }

    #[test]
    fn a_file_may_hold_a_token_a_line_for_rotation() {
        let (old, new) = ("o".repeat(40), "n".repeat(40));
        let token = ApiToken::parse(&format!("\n  {new}\n\n{old}  \n")).unwrap();
        assert!(token.matches(&old));
        assert!(token.matches(&new));
        assert!(!token.matches(&"x".repeat(40)));
        assert!(
            ApiToken::parse(" \n\n").is_err(),
            "an empty file is no token"
        );
        let error = ApiToken::parse(&format!("{new}\nshort\n")).unwrap_err();
        assert!(format!("{error:#}").contains("line 2"), "{error:#}");
    }

    #[test]
    fn short_or_spaced_tokens_are_refused() {
        assert!(ApiToken::new("short").is_err());
        assert!(ApiToken::new(&format!("{} x", "t".repeat(40))).is_err());
    }
}
