//! Localisation: Fluent bundles embedded in the binary, language negotiation,
//! and the `Tr` handle templates use for every visible string.
//!
//! Bundles are parsed once at start-up; a syntax error or a locale missing a
//! key English has stops the process there, never a request later. Text
//! from elsewhere that pages and mail show (names, user agents) goes
//! through [`visible`] first.

mod visible;

use std::collections::{BTreeSet, HashMap};

use anyhow::{Context, bail};
use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;
pub use visible::visible;

#[derive(rust_embed::Embed)]
#[folder = "locales/"]
struct Files;

/// The source locale: every other locale has exactly its keys.
pub const SOURCE: &str = "en";

/// Scripts written right to left; their pages get `dir="rtl"`.
const RTL_LANGUAGES: &[&str] = &["ar", "fa", "he", "ur"];

/// Marks a message the bundle lacks. Never shown in a correct build: the
/// start-up check and the tests look for it.
pub const MISSING_MARK: char = '\u{27E6}';

/// A supported locale. Invariant: a bundle exists for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    id: LanguageIdentifier,
    tag: String,
}

impl Locale {
    /// The BCP 47 tag, as used in `lang=` and URLs (`pt-BR`).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if RTL_LANGUAGES.contains(&self.id.language.as_str()) {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// A language as the picker lists it: by its own name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageChoice {
    pub tag: String,
    pub name: String,
}

/// All bundles, read-only after start-up.
pub struct I18n {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    locales: Vec<Locale>,
    languages: Vec<LanguageChoice>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("locales", &self.locales)
            .finish()
    }
}

impl I18n {
    /// Parses every embedded `.ftl` file and checks that each locale has
    /// exactly the source locale's message keys.
    pub fn load() -> anyhow::Result<Self> {
        let mut sources: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for path in Files::iter() {
            let (tag, file) = path
                .split_once('/')
                .with_context(|| format!("locale file {path} is not <lang>/<area>.ftl"))?;
            let data = Files::get(&path).with_context(|| format!("{path} vanished"))?;
            let text = String::from_utf8(data.data.into_owned())
                .with_context(|| format!("{path} is not UTF-8"))?;
            sources
                .entry(tag.to_owned())
                .or_default()
                .push((file.to_owned(), text));
        }
        let mut bundles = HashMap::new();
        let mut keys: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut locales = Vec::new();
        for (tag, files) in sources {
            let id: LanguageIdentifier = tag
                .parse()
                .with_context(|| format!("locale folder {tag:?} is not a language tag"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            let set = keys.entry(tag.clone()).or_default();
            for (file, text) in files {
                let resource = FluentResource::try_new(text).map_err(|(_, errors)| {
                    anyhow::anyhow!("locales/{tag}/{file}: syntax errors: {errors:?}")
                })?;
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        set.insert(m.id.name.to_owned());
                    }
                }
                bundle
                    .add_resource(resource)
                    .map_err(|errors| anyhow::anyhow!("locales/{tag}/{file}: {errors:?}"))?;
            }
            bundles.insert(tag.clone(), bundle);
            locales.push(Locale { id, tag });
        }
        let source = keys
            .get(SOURCE)
            .context("the source locale en is missing")?;
        for (tag, set) in &keys {
            let missing: Vec<_> = source.difference(set).collect();
            let extra: Vec<_> = set.difference(source).collect();
            if !missing.is_empty() || !extra.is_empty() {
                bail!("locale {tag}: missing keys {missing:?}, keys unknown to en {extra:?}");
            }
        }
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        let mut this = Self {
            bundles,
            locales,
            languages: Vec::new(),
        };
        this.languages = this
            .locales
            .iter()
            .map(|locale| LanguageChoice {
                tag: locale.tag.clone(),
                name: this.tr(locale).t("language-name"),
            })
            .collect();
        Ok(this)
    }

    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// Every locale with its own name, for the language picker.
    pub fn languages(&self) -> &[LanguageChoice] {
        &self.languages
    }

    /// The supported locale with exactly this tag, if any.
    pub fn find(&self, tag: &str) -> Option<&Locale> {
        self.locales
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(tag))
    }

    /// Picks the locale for a request: an explicit choice (`?lang=` or the
    /// cookie), then the Accept-Language list by q-value, then English.
    pub fn negotiate(&self, explicit: &[&str], accept_language: Option<&str>) -> Locale {
        let mut requested: Vec<LanguageIdentifier> =
            explicit.iter().filter_map(|tag| tag.parse().ok()).collect();
        if let Some(header) = accept_language {
            requested.extend(parse_accept_language(header));
        }
        let available: Vec<&LanguageIdentifier> = self.locales.iter().map(|l| &l.id).collect();
        pick(&requested, &available)
            .map(|i| &self.locales[i])
            .or_else(|| self.locales.iter().find(|l| l.tag == SOURCE))
            .cloned()
            .unwrap_or_else(|| Locale {
                id: LanguageIdentifier::default(),
                tag: SOURCE.to_owned(),
            })
    }

    /// The translation handle for `locale`.
    pub fn tr<'a>(&'a self, locale: &'a Locale) -> Tr<'a> {
        Tr {
            bundle: self.bundles.get(locale.tag()),
            fallback: self.bundles.get(SOURCE),
            locale,
        }
    }
}

/// Index into `available` of the best match for `requested` (in order of
/// preference). Filtering with likely subtags maps `pt` to `pt-BR`,
/// `zh-Hant` and `zh-HK` to `zh-TW`, `zh` to `zh-CN`.
fn pick(requested: &[LanguageIdentifier], available: &[&LanguageIdentifier]) -> Option<usize> {
    // Both sides maximized first: otherwise a bare `zh-CN` counts as a match
    // for `zh-Hant` because its missing script acts as a wildcard.
    let maximized = |id: &LanguageIdentifier| {
        let mut id = id.clone();
        id.maximize();
        id
    };
    let available_max: Vec<LanguageIdentifier> = available.iter().map(|a| maximized(a)).collect();
    // One requested language at a time, so a lower preference never wins
    // because it happens to match more precisely.
    requested.iter().find_map(|wanted| {
        let matched = negotiate_languages(
            &[maximized(wanted)],
            &available_max,
            None,
            NegotiationStrategy::Filtering,
        );
        let first = matched.first()?;
        available_max.iter().position(|a| a == *first)
    })
}

/// Accept-Language by descending q-value (stable for equal q); `q=0`
/// entries, wildcards and unparsable tags are dropped.
pub fn parse_accept_language(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(u16, LanguageIdentifier)> = header
        .split(',')
        .take(32)
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(str::trim))
                .map_or(Some(1000), parse_q)?;
            if q == 0 || tag == "*" {
                return None;
            }
            Some((q, tag.parse().ok()?))
        })
        .collect();
    weighted.sort_by_key(|(q, _)| std::cmp::Reverse(*q));
    weighted.into_iter().map(|(_, id)| id).collect()
}

/// A q-value in thousandths; `None` when malformed (the entry is dropped).
fn parse_q(text: &str) -> Option<u16> {
    let value: f32 = text.parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}

/// What templates call for text. Every method returns plain text; askama
/// escapes it, so translations never carry markup.
pub struct Tr<'a> {
    bundle: Option<&'a FluentBundle<FluentResource>>,
    fallback: Option<&'a FluentBundle<FluentResource>>,
    locale: &'a Locale,
}

impl Tr<'_> {
    pub fn locale(&self) -> &Locale {
        self.locale
    }

    /// A message without variables.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with a number, `$count` (plural selectors use it).
    /// Takes `&u64` too, as templates pass fields by reference.
    pub fn n(&self, id: &str, count: impl std::borrow::Borrow<u64>) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(*count.borrow()));
        self.format(id, Some(&args))
    }

    /// A message with one text variable.
    pub fn s(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(value.to_owned()));
        self.format(id, Some(&args))
    }

    /// A message with a number, `$count`, and one text variable.
    pub fn n_s(
        &self,
        id: &str,
        count: impl std::borrow::Borrow<u64>,
        name: &str,
        value: &str,
    ) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(*count.borrow()));
        args.set(name.to_owned(), FluentValue::from(value.to_owned()));
        self.format(id, Some(&args))
    }

    /// A message with several text variables.
    pub fn with(&self, id: &str, vars: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in vars {
            args.set((*name).to_owned(), FluentValue::from((*value).to_owned()));
        }
        self.format(id, Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in [self.bundle, self.fallback].into_iter().flatten() {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
                tracing::warn!(message_id = id, ?errors, "message formatted with errors");
                return text.into_owned();
            }
        }
        tracing::error!(
            message_id = id,
            locale = self.locale.tag(),
            "message missing"
        );
        format!("{MISSING_MARK}{id}\u{27E7}")
    }
}

/// UTC timestamps, to the minute; the same in every language so volunteers
/// and operators can compare them (pages and emails alike).
pub fn display_time(at: time::OffsetDateTime) -> String {
    at.format(time::macros::format_description!(
        "[year]-[month]-[day] [hour]:[minute] UTC"
    ))
    .unwrap_or_default()
}

#[cfg(test)]
mod tests;
