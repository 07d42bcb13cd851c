//! The language of items that declare none, told from their own words
//! ([`crate::i18n::detect`]); shared by every source, since neither most
//! feeds nor WordPress say.

use std::collections::BTreeMap;

use super::feed::{Body, Item};

/// Detects the language of each item that declares none, from its own
/// words; an item with no words of its own (a photo post) is taken to be in
/// the language most of the items are written in, which is returned.
pub fn detect_languages(items: &mut [Item]) -> Option<&'static str> {
    for item in items.iter_mut().filter(|item| item.language.is_none()) {
        item.detected_language = detect_language_of(item);
    }
    let mut tally: BTreeMap<&'static str, usize> = BTreeMap::new();
    for detected in items.iter().filter_map(|item| item.detected_language) {
        *tally.entry(detected).or_default() += 1;
    }
    let most = tally
        .into_iter()
        .max_by_key(|(_, count)| *count)
        .map(|(l, _)| l);
    for item in items.iter_mut().filter(|item| item.language.is_none()) {
        item.detected_language = item.detected_language.or(most);
    }
    most
}

/// The language of an item's own words: its title, summary and body.
fn detect_language_of(item: &Item) -> Option<&'static str> {
    let body = match &item.body {
        Body::Html(text) | Body::Text(text) => text.as_str(),
        Body::Empty => "",
    };
    let title = item.title.as_deref().unwrap_or_default();
    let summary = item.summary.as_deref().unwrap_or_default();
    crate::i18n::detect::detect_language(&format!("{title}\n{summary}\n{body}"))
}
