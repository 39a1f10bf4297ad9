//! HMAC keys for link tokens, in Boulder's key-file format.

use std::fmt;
use std::path::{Path, PathBuf};

use ring::rand::{SecureRandom, SystemRandom};

/// Why a key could not be loaded. Never contains key material.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read key file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("key file {path}: {reason}")]
    Format { path: PathBuf, reason: &'static str },
    #[error("no key configured: give at least one --key-file")]
    Empty,
    #[error("the system random number generator failed")]
    Random,
}

/// A 32-byte HMAC-SHA256 key.
///
/// `Debug` never shows the bytes, so a key can sit in any struct that is
/// logged. Key files hold 64 hex characters, surrounding white space ignored,
/// exactly as Boulder's `unpause.hmacKey` file.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningKey([u8; 32]);

/// Why a secret file is readable by others than its owner, if it is: the
/// mode bits for group and others, on Unix.
pub fn shared_access(path: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode();
        (mode & 0o077 != 0).then(|| format!("mode {:04o}", mode & 0o7777))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Logs a warning when a secret file can be read by group or others. A
/// warning, not a refusal: mounted secrets (a container's, a read-only
/// checkout's) often come world-readable inside a private filesystem.
pub fn warn_if_shared(path: &Path, what: &str) {
    if let Some(access) = shared_access(path) {
        tracing::warn!(
            path = %path.display(),
            access,
            "{what} is readable by other users; `chmod 600` it"
        );
    }
}

impl SigningKey {
    /// Parses Boulder's format. The reason names the problem, not the content.
    pub fn from_hex(text: &str) -> Result<Self, &'static str> {
        let hex = text.trim();
        if hex.len() != 64 {
            return Err("expected exactly 64 hexadecimal characters (a 32-byte key)");
        }
        let mut bytes = [0u8; 32];
        for (i, pair) in hex.as_bytes().chunks_exact(2).enumerate() {
            let digit = |b: u8| (b as char).to_digit(16);
            match (digit(pair[0]), digit(pair[1])) {
                (Some(hi), Some(lo)) => bytes[i] = (hi * 16 + lo) as u8,
                _ => return Err("contains a character that is not hexadecimal"),
            }
        }
        Ok(Self(bytes))
    }

    pub fn read(path: &Path) -> Result<Self, KeyError> {
        let text = std::fs::read_to_string(path).map_err(|source| KeyError::Read {
            path: path.to_owned(),
            source,
        })?;
        let key = Self::from_hex(&text).map_err(|reason| KeyError::Format {
            path: path.to_owned(),
            reason,
        })?;
        // After the checks, so a bad file gets its one-line error alone.
        warn_if_shared(path, "link-signing key file");
        Ok(key)
    }

    pub fn generate() -> Result<Self, KeyError> {
        let mut bytes = [0u8; 32];
        SystemRandom::new()
            .fill(&mut bytes)
            .map_err(|_| KeyError::Random)?;
        Ok(Self(bytes))
    }

    /// The key-file form: 64 lowercase hex characters and a newline.
    pub fn to_hex_line(&self) -> String {
        let mut out: String = self.0.iter().map(|b| format!("{b:02x}")).collect();
        out.push('\n');
        out
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningKey(<redacted>)")
    }
}

/// The configured keys. Invariant: not empty. The first key signs new links;
/// every key verifies, so a rotated-out key keeps its links working until it
/// is removed from the configuration.
#[derive(Debug, Clone)]
pub struct KeySet(Vec<SigningKey>);

impl KeySet {
    pub fn new(keys: Vec<SigningKey>) -> Result<Self, KeyError> {
        if keys.is_empty() {
            Err(KeyError::Empty)
        } else {
            Ok(Self(keys))
        }
    }

    pub fn load(paths: &[PathBuf]) -> Result<Self, KeyError> {
        Self::new(
            paths
                .iter()
                .map(|p| SigningKey::read(p))
                .collect::<Result<_, _>>()?,
        )
    }

    pub fn signing(&self) -> &SigningKey {
        &self.0[0]
    }

    pub fn iter(&self) -> impl Iterator<Item = &SigningKey> {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn secret_files_readable_by_others_are_noticed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.hex");
        std::fs::write(&path, "00").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(shared_access(&path).as_deref(), Some("mode 0644"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(shared_access(&path), None);
    }

    #[test]
    fn hex_key_parses_with_surrounding_white_space() {
        let hex = "e3a68d965db9530f29fc931bd43a46de7456342bc382d2fafd068e3b5a7a5cdf";
        let key = SigningKey::from_hex(&format!("  {hex}\n")).unwrap();
        assert_eq!(key.to_hex_line(), format!("{hex}\n"));
        assert_eq!(
            SigningKey::from_hex(&hex.to_uppercase()).unwrap(),
            key,
            "upper-case hex is the same key"
        );
    }

    #[test]
    fn hex_key_refuses_wrong_length_or_content() {
        let hex = "e3a68d965db9530f29fc931bd43a46de7456342bc382d2fafd068e3b5a7a5cdf";
        assert!(SigningKey::from_hex(&hex[..62]).is_err());
        assert!(SigningKey::from_hex(&format!("{hex}00")).is_err());
        assert!(SigningKey::from_hex(&hex.replace('e', "g")).is_err());
        assert!(SigningKey::from_hex(&format!("{} {}", &hex[..32], &hex[32..])).is_err());
        assert!(SigningKey::from_hex("").is_err());
    }

    #[test]
    fn debug_output_hides_key_material() {
        let key = SigningKey::generate().unwrap();
        let shown = format!("{key:?} {:?}", KeySet::new(vec![key.clone()]).unwrap());
        assert!(!shown.contains(key.to_hex_line().trim()));
    }

    #[test]
    fn key_set_needs_a_key() {
        assert!(matches!(KeySet::new(vec![]), Err(KeyError::Empty)));
    }
}
