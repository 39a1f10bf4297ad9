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
pub mod gateway;
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

/// An error as the CLI prints it: [`one_line`], except that an error in a
/// TOML file keeps the parser's excerpt, the line at fault with a caret
/// under the spot, on the lines after the summary.
pub fn report(err: &anyhow::Error) -> String {
    let Some(toml) = err
        .chain()
        .find_map(|e| e.downcast_ref::<toml::de::Error>())
    else {
        return one_line(err.as_ref());
    };
    // The context around the parser's error, e.g. "config file c.toml".
    let mut parts: Vec<String> = err
        .chain()
        .take_while(|e| e.downcast_ref::<toml::de::Error>().is_none())
        .map(ToString::to_string)
        .collect();
    // The parser's text: a header ("TOML parse error at line 2, column
    // 10"), an excerpt drawn with a gutter (`  |`, `2 | …`), the message.
    let text = toml.to_string();
    let is_excerpt = |line: &&str| match line.split_once('|') {
        Some((left, _)) => left.trim().chars().all(|c| c.is_ascii_digit()),
        None => false,
    };
    let mut lines = text.lines();
    parts.extend(lines.next().map(str::to_owned));
    let (excerpt, message): (Vec<&str>, Vec<&str>) = lines.partition(is_excerpt);
    let message = message.join(" ");
    if !message.trim().is_empty() {
        parts.push(message.trim().to_owned());
    }
    let mut report = parts.join(": ");
    for line in excerpt {
        report.push('\n');
        report.push_str(line);
    }
    report
}

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
