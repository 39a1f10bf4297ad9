//! Entry points for the fuzz targets in `fuzz/`: each feeds raw bytes to a
//! parser that sees outside input, exactly as the server would. Not an API.

use time::OffsetDateTime;

use crate::token::{self, KeySet, RawToken, SigningKey};

/// The key and the instant of Boulder's link vectors (tests/data, test
/// data): the seed tokens verify, so the fuzzer starts past the signature.
const VECTOR_KEY: &str = include_str!("../tests/data/boulder-unpause-key.hex");
const VECTOR_TIME: i64 = 1_795_637_690;

/// A link token, parsed and verified with the vectors' key and time.
pub fn link_token(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(raw) = RawToken::parse(text) else {
        return;
    };
    let (Ok(key), Ok(now)) = (
        SigningKey::from_hex(VECTOR_KEY),
        OffsetDateTime::from_unix_timestamp(VECTOR_TIME),
    ) else {
        return;
    };
    let Ok(keys) = KeySet::new(vec![key]) else {
        return;
    };
    let _ = token::verify(&raw, &keys, now);
}

/// The "find my link" extractor, on any pasted text.
pub fn find_link(data: &[u8]) {
    let _ = crate::findlink::find(&String::from_utf8_lossy(data));
}

/// The unpause form body, as posted.
pub fn unpause_form(data: &[u8]) {
    crate::web::fuzz_unpause_form(data);
}

/// Every JSON body of the internal API.
pub fn api_json(data: &[u8]) {
    crate::web::api::fuzz_decode(data);
}

/// Boulder's admin CSV, as `pause --csv` reads it.
pub fn admin_csv(data: &[u8]) {
    let _ = crate::cli::pause::parse_admin_csv(&String::from_utf8_lossy(data));
}

/// An Accept-Language header, and the choice of locale it leads to.
pub fn accept_language(data: &[u8]) {
    let Ok(header) = std::str::from_utf8(data) else {
        return;
    };
    let _ = crate::i18n::parse_accept_language(header);
    if let Some(i18n) = i18n() {
        let _ = i18n.negotiate(&[], Some(header));
    }
}

fn i18n() -> Option<&'static crate::i18n::I18n> {
    static I18N: std::sync::OnceLock<Option<crate::i18n::I18n>> = std::sync::OnceLock::new();
    I18N.get_or_init(|| crate::i18n::I18n::load().ok()).as_ref()
}

/// Contacts and identifiers as the API and the CLI take them.
pub fn domain_values(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = crate::domain::Contact::parse(&text);
    let _ = crate::domain::Identifier::parse(&text);
    let _ = crate::domain::Identifier::from_typed(&text);
    let _ = text.parse::<crate::domain::Cidr>();
}
