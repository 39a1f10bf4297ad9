//! HTTP-level tests: the real server on an ephemeral port, a fresh SQLite
//! file per test, driven with a cookie-keeping client.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly by design"
)]

mod acme_clients;
mod acme_env;
mod api;
mod api_checks;
mod api_text;
mod architecture;
mod budget;
mod cli;
mod cli_errors;
mod cookies;
mod db;
mod display;
mod do_unpause;
mod find_link;
mod galera;
mod gateway;
mod helpers;
mod hostile;
mod info_pages;
mod languages;
mod limits;
mod mail;
mod odd_names;
mod outage;
mod policy;
mod problem;
mod proxy;
mod schema_vitess;
mod secrets;
mod shared_db;
mod slow_clients;
mod smtp;
mod store;
mod unpause_page;
mod vectors;
