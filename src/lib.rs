//! acme-unpause: a self-service unpause portal for ACME certificate
//! authorities, compatible with Boulder's links and `paused` table.
//!
//! The binary is a thin shell over this library so tests and benchmarks can
//! build the same `App` the server runs.

pub mod app;
pub mod cli;
pub mod clock;
pub mod domain;
pub mod duration;
pub mod findlink;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod links;
pub mod loadgen;
pub mod mail;
pub mod metrics;
pub mod pausing;
pub mod policy;
pub mod redact;
pub mod settings;
pub mod store;
pub mod token;
pub mod unpause;
pub mod web;

/// An error and its causes on one line, outermost first. A cause whose text
/// its parent already ends with (drivers often repeat their source) is
/// skipped; line breaks become spaces.
pub fn one_line(err: &(dyn std::error::Error + 'static)) -> String {
    let mut line = String::new();
    let mut cause = Some(err);
    while let Some(current) = cause {
        let text = current.to_string().replace('\n', " ");
        if !line.ends_with(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
        cause = current.source();
    }
    line
}
