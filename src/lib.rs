//! acme-unpause: a self-service unpause portal for ACME certificate
//! authorities, compatible with Boulder's links and `paused` table.
//!
//! The binary is a thin shell over this library so tests and benchmarks can
//! build the same `App` the server runs.

pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod findlink;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod loadgen;
pub mod mail;
pub mod metrics;
pub mod policy;
pub mod portal;
pub mod problem;
pub mod redact;
pub mod store;
pub mod token;
pub mod web;
