//! Keeps link tokens out of logs. The access log records paths only and no
//! handler logs a token; this is the net under that, for text that comes
//! from elsewhere (a panic message, a library's error) and for the path of
//! a link mangled on the way, which carries its token there.

use std::borrow::Cow;

/// What a token is replaced with.
pub const MARK: &str = "[link token]";

/// `text` with every JWT-shaped run replaced: `eyJ…` and at least one more
/// base64url part, so that a token cut short (a link truncated on the way,
/// whose payload still names the account and its names) goes too.
pub fn tokens(text: &str) -> Cow<'_, str> {
    if !text.contains("eyJ") {
        return Cow::Borrowed(text);
    }
    let is_part = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '%');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("eyJ") {
        out.push_str(&rest[..start]);
        let candidate = &rest[start..];
        let end = candidate
            .find(|c: char| !is_part(c))
            .unwrap_or(candidate.len());
        let run = &candidate[..end];
        if run.contains('.') || run.contains("%2E") || run.contains("%2e") {
            out.push_str(MARK);
        } else {
            out.push_str(run);
        }
        rest = &candidate[end..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Panics are logged through `tracing`, tokens redacted, instead of the
/// default hook printing the raw message to stderr.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".to_owned());
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(location, message = %tokens(&message), "panic");
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_replaced_wherever_they_stand() {
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl";
        assert_eq!(
            tokens(&format!("GET /sfe/v1/unpause?jwt={jwt} failed")),
            format!("GET /sfe/v1/unpause?jwt={MARK} failed")
        );
        assert_eq!(tokens(&format!("{jwt},{jwt}")), format!("{MARK},{MARK}"));
        // Cut short, or with its dots percent-encoded: still a token.
        assert_eq!(
            tokens("/sfe/v1/unpause/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0"),
            format!("/sfe/v1/unpause/{MARK}")
        );
        assert_eq!(
            tokens("x eyJhbGciOiJIUzI1NiJ9%2EeyJzdWIiOiI0MiJ9%2Ec2ln y"),
            format!("x {MARK} y")
        );
        // Not a token: one part only, or no eyJ at all.
        assert_eq!(
            tokens("eyJhbGciOiJIUzI1NiJ9 alone"),
            "eyJhbGciOiJIUzI1NiJ9 alone"
        );
        assert!(matches!(tokens("nothing here"), Cow::Borrowed(_)));
    }
}
