//! Negotiation, and the completeness of every locale.

use std::collections::BTreeSet;

use fluent_syntax::ast;

use super::*;

#[test]
fn bundles_load_and_english_is_present() {
    let i18n = I18n::load().unwrap();
    assert!(i18n.locales().iter().any(|l| l.tag() == SOURCE));
}

#[test]
fn unknown_or_absent_preferences_fall_back_to_english() {
    let i18n = I18n::load().unwrap();
    assert_eq!(i18n.negotiate(&[], None).tag(), "en");
    assert_eq!(i18n.negotiate(&["xx"], Some("zz;q=0.9")).tag(), "en");
    assert_eq!(i18n.negotiate(&["not a tag!"], Some(",,;;")).tag(), "en");
}

fn ids(tags: &[&str]) -> Vec<LanguageIdentifier> {
    tags.iter().map(|t| t.parse().unwrap()).collect()
}

fn picked(requested: &[&str]) -> Option<String> {
    let available = ids(&["en", "de", "pt-BR", "zh-CN", "zh-TW", "ar", "fa", "he"]);
    let refs: Vec<&LanguageIdentifier> = available.iter().collect();
    pick(&ids(requested), &refs).map(|i| available[i].to_string())
}

#[test]
fn negotiation_maps_regional_and_script_variants() {
    assert_eq!(picked(&["pt"]).as_deref(), Some("pt-BR"));
    assert_eq!(picked(&["pt-PT"]).as_deref(), Some("pt-BR"));
    assert_eq!(picked(&["zh-Hant"]).as_deref(), Some("zh-TW"));
    assert_eq!(picked(&["zh-HK"]).as_deref(), Some("zh-TW"));
    assert_eq!(picked(&["zh"]).as_deref(), Some("zh-CN"));
    assert_eq!(picked(&["zh-Hans-SG"]).as_deref(), Some("zh-CN"));
    assert_eq!(picked(&["de-AT"]).as_deref(), Some("de"));
    assert_eq!(picked(&["xx", "de"]).as_deref(), Some("de"));
    assert_eq!(picked(&["xx"]), None);
}

#[test]
fn negotiation_respects_preference_order_over_precision() {
    // The visitor prefers German; an exact English match comes second.
    assert_eq!(picked(&["de-CH", "en-US"]).as_deref(), Some("de"));
}

#[test]
fn accept_language_is_ordered_by_q_value() {
    let order = |h: &str| -> Vec<String> {
        parse_accept_language(h)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(order("fr;q=0.5, de;q=0.9, en"), ["en", "de", "fr"]);
    assert_eq!(order("ja, ko;q=0, *;q=0.1"), ["ja"]);
    assert_eq!(order("de;q=abc, fr;q=2, it"), ["it"]);
    assert_eq!(order("es-419, es;q=0.9"), ["es-419", "es"]);
    assert!(order(",,;;").is_empty());
}

#[test]
fn plural_messages_format_counts() {
    let i18n = I18n::load().unwrap();
    let en = i18n.negotiate(&[], None);
    let tr = i18n.tr(&en);
    let one = tr.n("unpause-count", 1);
    let many = tr.n("unpause-count", 60_000);
    assert_ne!(one.replace('1', ""), many.replace("60000", ""));
    assert!(!tr.t("no-such-key").is_empty());
    assert!(tr.t("no-such-key").starts_with(MISSING_MARK));
}

/// The locales the product promises.
const REQUIRED: &[&str] = &[
    "en", "es", "fr", "de", "it", "pt-BR", "nl", "pl", "ru", "uk", "tr", "ar", "fa", "he", "hi",
    "id", "vi", "ja", "ko", "zh-CN", "zh-TW",
];

#[test]
fn every_required_locale_is_present() {
    let i18n = I18n::load().unwrap();
    let tags: Vec<&str> = i18n.locales().iter().map(Locale::tag).collect();
    for tag in REQUIRED {
        assert!(tags.contains(tag), "locale {tag} missing; have {tags:?}");
    }
}

#[test]
fn right_to_left_locales_say_so() {
    let i18n = I18n::load().unwrap();
    for locale in i18n.locales() {
        let rtl = ["ar", "fa", "he"].contains(&locale.tag());
        assert_eq!(locale.dir() == "rtl", rtl, "{}", locale.tag());
    }
}

/// Variables referenced anywhere in a pattern, selectors and variants too.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// message id -> (variables, text of the value) for one locale.
fn messages(tag: &str) -> std::collections::BTreeMap<String, (BTreeSet<String>, String)> {
    let mut out = std::collections::BTreeMap::new();
    for path in Files::iter().filter(|p| p.starts_with(&format!("{tag}/"))) {
        let file = Files::get(&path).unwrap();
        let text = std::str::from_utf8(&file.data).unwrap().to_owned();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                let value = message.value.as_ref().unwrap();
                variables(value, &mut vars);
                out.insert(message.id.name.to_owned(), (vars, format!("{value:?}")));
            }
        }
    }
    out
}

#[test]
fn every_translation_uses_exactly_the_variables_of_english() {
    let i18n = I18n::load().unwrap();
    let english = messages(SOURCE);
    let mut problems = Vec::new();
    for locale in i18n.locales() {
        let translated = messages(locale.tag());
        for (id, (vars, _)) in &english {
            match translated.get(id) {
                Some((theirs, _)) if theirs == vars => {}
                Some((theirs, _)) => {
                    problems.push(format!("{} {id}: {theirs:?} vs {vars:?}", locale.tag()))
                }
                None => problems.push(format!("{} {id}: missing", locale.tag())),
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Messages that may read the same as English in some language.
const SAME_AS_ENGLISH_OK: &[&str] = &["staging-col-client", "common-nav-help"];

#[test]
fn translations_are_not_english_copies() {
    let i18n = I18n::load().unwrap();
    let english = messages(SOURCE);
    for locale in i18n.locales().iter().filter(|l| l.tag() != SOURCE) {
        let translated = messages(locale.tag());
        let copies: Vec<&String> = english
            .iter()
            .filter(|(id, (_, text))| {
                !SAME_AS_ENGLISH_OK.contains(&id.as_str()) && translated[*id].1 == *text
            })
            .map(|(id, _)| id)
            .collect();
        assert!(
            copies.is_empty(),
            "{}: same as English: {copies:?}",
            locale.tag()
        );
    }
}

#[test]
fn every_message_formats_cleanly_in_every_locale_for_many_counts() {
    let i18n = I18n::load().unwrap();
    let mut problems = Vec::new();
    for locale in i18n.locales() {
        let bundle = &i18n.bundles[locale.tag()];
        for id in messages(SOURCE).keys() {
            let message = bundle.get_message(id).unwrap();
            let pattern = message.value().unwrap();
            for count in [0u64, 1, 2, 3, 5, 11, 21, 22, 100, 101, 60_000] {
                let mut args = FluentArgs::new();
                args.set("count", FluentValue::from(count));
                for name in [
                    "ca", "since", "account", "id", "ip", "agent", "until", "time",
                ] {
                    args.set(name, FluentValue::from("X"));
                }
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() || text.trim().is_empty() {
                    problems.push(format!("{} {id} ({count}): {errors:?}", locale.tag()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
