//! The bearer token of the internal API.

use std::fmt;
use std::path::Path;

use anyhow::Context;
use ring::digest;
use subtle::ConstantTimeEq;

/// Shortest token accepted: guessing must be hopeless.
const MIN_LEN: usize = 32;

/// A secret shared with the ACME server. `Debug` never shows it.
#[derive(Clone)]
pub struct ApiToken(digest::Digest);

impl ApiToken {
    /// Reads the token from `path`: its content, surrounding white space
    /// ignored, at least 32 printable ASCII characters.
    pub fn read(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read internal token file {}", path.display()))?;
        let token = Self::new(text.trim())
            .with_context(|| format!("internal token file {}", path.display()))?;
        crate::token::warn_if_shared(path, "internal token file");
        Ok(token)
    }

    pub fn new(token: &str) -> anyhow::Result<Self> {
        if token.len() < MIN_LEN || !token.bytes().all(|b| b.is_ascii_graphic()) {
            anyhow::bail!(
                "the token must be at least {MIN_LEN} printable characters without spaces"
            );
        }
        Ok(Self(digest::digest(&digest::SHA256, token.as_bytes())))
    }

    /// Constant-time comparison. Both sides are hashed first, so neither the
    /// content nor the length of the secret leaks through timing.
    pub fn matches(&self, presented: &str) -> bool {
        let presented = digest::digest(&digest::SHA256, presented.as_bytes());
        self.0.as_ref().ct_eq(presented.as_ref()).into()
    }
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
    fn short_or_spaced_tokens_are_refused() {
        assert!(ApiToken::new("short").is_err());
        assert!(ApiToken::new(&format!("{} x", "t".repeat(40))).is_err());
    }
}
