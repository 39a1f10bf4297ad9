//! Text from elsewhere, made safe to show: a name in Boulder's shared table
//! or a client's user agent may hold characters that rearrange or hide what
//! a reader sees.
//!
//! A right-to-left override (U+202E) shows `moc.elpmaxe` as `example.com`;
//! zero-width characters make two different names look alike. HTML
//! escaping does nothing against either, so such characters are written out
//! as `\u{202E}`, in pages and in both parts of an email alike.

use std::borrow::Cow;

/// Whether `c` would change how the text around it is shown, or be shown as
/// nothing: control characters, bidirectional embeddings, overrides,
/// isolates and marks, and zero-width or invisible formatting characters.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// `text` with every hidden character written as `\u{XXXX}`; borrowed when
/// there is none.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_hidden(c) {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_and_invisible_characters_are_written_out() {
        assert_eq!(visible("a\u{202E}elpmaxe.com"), "a\\u{202E}elpmaxe.com");
        assert_eq!(
            visible("\u{2067}x\u{2069}.\u{200B}example\u{FEFF}\u{7}"),
            "\\u{2067}x\\u{2069}.\\u{200B}example\\u{FEFF}\\u{0007}"
        );
        assert_eq!(
            visible("\u{200E}\u{200F}\u{061C}"),
            "\\u{200E}\\u{200F}\\u{061C}"
        );
    }

    #[test]
    fn ordinary_names_and_scripts_stay_as_they_are() {
        for text in [
            "example.com",
            "192.0.2.1",
            "2001:db8::1",
            "bücher.de",
            "مثال.السعودية",
        ] {
            assert!(
                matches!(visible(text), Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
    }
}
