//! Rebuilds when embedded files change: rust-embed and sqlx migrations are
//! read at compile time, and a new file in these folders must not be missed.
//! Also records the git revision the binary is built from, for `--version`.

use std::process::Command;

fn main() {
    for dir in ["locales", "migrations", "static", "templates"] {
        println!("cargo:rerun-if-changed={dir}");
    }
    // A new commit or checkout changes HEAD or the ref it points to; an
    // edit of the sources changes whether the tree is modified.
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");
    let revision = git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into());
    // Uncommitted changes make the revision a claim about other code.
    let dirty = git(&["status", "--porcelain", "--untracked-files=no"])
        .is_some_and(|status| !status.is_empty());
    let revision = if dirty && revision != "unknown" {
        format!("{revision}-modified")
    } else {
        revision
    };
    println!("cargo:rustc-env=ACME_UNPAUSE_GIT_REVISION={revision}");
}

/// The trimmed output of a git command, if git and a repository are there
/// (a source tarball has neither).
fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}
