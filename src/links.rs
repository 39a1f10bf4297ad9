//! The portal's links as others hand them out: in the ACME server's error,
//! in emails, from the API and the CLI. Every one of them is built here, so
//! the paths that appear in links already sent are written once.

/// Boulder's unpause page. It appears in links already sent: it cannot change.
pub const UNPAUSE: &str = "/sfe/v1/unpause";
/// The help page for visitors and forum volunteers.
pub const HELP: &str = "/help";
/// "Find my link": paste a log, get to the unpause page.
pub const FIND_LINK: &str = "/find-link";

/// Names in a link's token, at most (as Boulder): links must stay short
/// enough for every client, terminal and mail reader.
pub const MAX_NAMES: usize = 15;

/// The full unpause link for a token, under the portal's base URL (no
/// trailing slash).
pub fn unpause(public_url: &str, jwt: &str) -> String {
    format!("{public_url}{UNPAUSE}?jwt={jwt}")
}

/// A page of the portal, e.g. `page(base, HELP)`.
pub fn page(public_url: &str, path: &str) -> String {
    format!("{public_url}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_the_base_url_and_boulders_path() {
        assert_eq!(
            unpause("https://portal.test", "eyJ.a.b"),
            "https://portal.test/sfe/v1/unpause?jwt=eyJ.a.b"
        );
        assert_eq!(
            page("https://portal.test", HELP),
            "https://portal.test/help"
        );
    }
}
