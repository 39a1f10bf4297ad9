//! HTTP-level tests: the real server on an ephemeral port, a fresh SQLite
//! file per test, driven with a cookie-keeping client.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly by design"
)]

mod cli;
mod do_unpause;
mod helpers;
mod info_pages;
mod unpause_page;
mod vectors;
