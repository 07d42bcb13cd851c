//! Taking over a page written at build time.
//!
//! `cargo xtask build` writes each article, rendered by this same app, into
//! the HTML (`<div class="viewer-root" data-prerendered="…">`), so a reader
//! sees it before any wasm has loaded. The app then renders into a hidden
//! root beside it and, once its own page is ready, swaps the two inside one
//! task: no frame shows neither, and the layout does not move because both
//! are the same markup.
//!
//! A written page shows one address (`data-prerendered-for`: the `article`
//! it answers, empty for the feed's first). Opened with another article, a
//! `feed` or an `embed` parameter it is stale: the small script in `<head>`
//! hides it before the first paint and [`pending`] removes it.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// Marks the build's copy of the page.
const PRERENDERED: &str = "[data-prerendered]";
/// Marks the live root while it waits, hidden, to replace that copy.
const AWAITING: &str = "data-awaiting-takeover";

/// Whether a page written for `written_for` (an `article` parameter, empty
/// for the first article) shows what an address asks for: its `article`
/// (or the page's own article), and no other feed or embedding.
pub fn shows_same_address(
    written_for: &str,
    written_id: &str,
    asked_article: Option<&str>,
    other_feed_or_embed: bool,
) -> bool {
    if other_feed_or_embed {
        return false;
    }
    match asked_article.filter(|a| !a.is_empty()) {
        None => written_for.is_empty(),
        Some(asked) => asked == written_id,
    }
}

/// The build's copy of the page, if it shows what this address asks for.
/// A stale copy is removed at once (the `<head>` script has hidden it).
pub fn pending(document: &Document) -> Option<Element> {
    let copy = document.query_selector(PRERENDERED).ok().flatten()?;
    let written_id = copy.get_attribute("data-prerendered").unwrap_or_default();
    let written_for = copy
        .get_attribute("data-prerendered-for")
        .unwrap_or_default();
    let params = crate::routing::address_params();
    let param = |name: &str| params.as_ref().and_then(|p| p.get(name));
    let asked = param("article").or_else(crate::routing::written_article);
    let other = param("feed").is_some() || param("embed").is_some();
    if shows_same_address(&written_for, &written_id, asked.as_deref(), other) {
        Some(copy)
    } else {
        copy.remove();
        None
    }
}

/// Hides `live` until [`complete`] shows it in place of the build's copy.
pub fn await_takeover(live: &HtmlElement) {
    live.set_hidden(true);
    let _ = live.set_attribute(AWAITING, "");
}

/// Replaces the build's copy with the live page. Safe to call when there
/// is nothing to replace.
pub fn complete(document: &Document) {
    if let Ok(copies) = document.query_selector_all(PRERENDERED) {
        for index in 0..copies.length() {
            if let Some(copy) = copies
                .item(index)
                .and_then(|n| n.dyn_into::<Element>().ok())
            {
                copy.remove();
            }
        }
    }
    if let Ok(Some(live)) = document.query_selector(&format!("[{AWAITING}]")) {
        let _ = live.remove_attribute(AWAITING);
        if let Ok(live) = live.dyn_into::<HtmlElement>() {
            live.set_hidden(false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::shows_same_address;

    #[test]
    fn the_first_article_page_answers_the_bare_address_and_its_own_id() {
        assert!(shows_same_address("", "first", None, false));
        assert!(shows_same_address("", "first", Some(""), false));
        assert!(shows_same_address("", "first", Some("first"), false));
        assert!(!shows_same_address("", "first", Some("second"), false));
    }

    #[test]
    fn an_article_page_answers_its_article_only() {
        assert!(shows_same_address("b", "b", Some("b"), false));
        assert!(!shows_same_address("b", "b", Some("c"), false));
        assert!(!shows_same_address("b", "b", None, false));
    }

    #[test]
    fn another_feed_or_an_embedding_makes_any_copy_stale() {
        assert!(!shows_same_address("", "first", None, true));
        assert!(!shows_same_address("b", "b", Some("b"), true));
    }
}
