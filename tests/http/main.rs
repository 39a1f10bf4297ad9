//! HTTP-level tests: the real server on an ephemeral port, a fresh SQLite
//! file per test, driven with a cookie-keeping client.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly by design"
)]

mod api;
mod architecture;
mod cli;
mod cli_errors;
mod db;
mod do_unpause;
mod find_link;
mod helpers;
mod hostile;
mod info_pages;
mod languages;
mod limits;
mod mail;
mod outage;
mod policy;
mod proxy;
mod secrets;
mod shared_db;
mod smtp;
mod store;
mod unpause_page;
mod vectors;
