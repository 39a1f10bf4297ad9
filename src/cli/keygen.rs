//! `keygen`: create a link-signing key.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;

use crate::token::SigningKey;

/// Create a new link-signing key file: 32 random bytes as 64 hex characters,
/// Boulder's format, readable by its owner only.
#[derive(Debug, Args)]
pub struct Opts {
    /// Where to write the key. An existing file is never overwritten.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

pub fn run(opts: Opts) -> anyhow::Result<()> {
    write_new_key(&opts.out)?;
    eprintln!("wrote a new key to {}", opts.out.display());
    Ok(())
}

/// Writes a fresh key to `path`, which must not exist. On any failure the
/// partly written file is removed.
pub fn write_new_key(path: &Path) -> anyhow::Result<SigningKey> {
    let key = SigningKey::generate()?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create key file {}", path.display()))?;
    let written = file
        .write_all(key.to_hex_line().as_bytes())
        .and_then(|()| file.sync_all());
    if let Err(err) = written {
        let _ = std::fs::remove_file(path);
        return Err(err).with_context(|| format!("cannot write key file {}", path.display()));
    }
    Ok(key)
}
