//! Properties of the pure modules on the host: the feed parser never panics
//! on any bytes, the URL and attribute rules never let script through, and
//! character references decode exactly as html-escape decodes them.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use article_viewer::content::policy::{clean_attribute, safe_url, UrlUse};
use article_viewer::content::text::excerpt;
use article_viewer::jsonfeed::{parse_feed, parse_feed_bytes, FeedError};
use article_viewer::model::plain_text::decode_references;
use proptest::prelude::*;

/// Any JSON value, nested a few levels, biased toward feed-like keys.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        ".{0,12}".prop_map(serde_json::Value::from),
        Just(serde_json::Value::from("https://jsonfeed.org/version/1.1")),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("version".to_owned()),
                        Just("items".to_owned()),
                        Just("id".to_owned()),
                        Just("title".to_owned()),
                        Just("content_html".to_owned()),
                        Just("content_text".to_owned()),
                        Just("authors".to_owned()),
                        Just("date_published".to_owned()),
                        Just("_article_viewer".to_owned()),
                        Just("views".to_owned()),
                        Just("related".to_owned()),
                        ".{0,6}"
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|pairs| serde_json::Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// `excerpt` as it was until 2026-12-06, when it stopped joining the whole
/// text before cutting it: the reference the new one must match.
fn excerpt_joining_everything(text: &str, max_chars: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= max_chars {
        return joined;
    }
    let mut out = String::new();
    for word in words {
        let extra = if out.is_empty() { 0 } else { 1 } + word.chars().count();
        if out.chars().count() + extra > max_chars {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = joined.chars().take(max_chars).collect();
    }
    let trimmed = out.trim_end_matches(['.', '،', ',', '…', ' ']);
    format!("{trimmed}…")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn excerpts_are_what_they_were(text in "([a-z]{1,9}|[ء-ي]{1,7}|[ \n\t]{1,3}|[.،,…]){0,30}", max in 0usize..40) {
        prop_assert_eq!(excerpt(&text, max), excerpt_joining_everything(&text, max));
    }

    #[test]
    fn references_decode_as_html_escape_decodes_them(
        text in "([&#;xX]|amp|lt|not|notin|it|hellip|Aacute|zwnj|[0-9]{1,3}|[0-9a-fA-F]{2,6}|9{11}| |ب|a){0,16}"
    ) {
        prop_assert_eq!(decode_references(&text), html_escape::decode_html_entities(&text));
    }

    #[test]
    fn any_bytes_parse_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_feed_bytes(&bytes);
    }

    #[test]
    fn any_json_parses_or_fails_cleanly(value in json_value()) {
        let _ = parse_feed(&value.to_string());
    }

    #[test]
    fn feed_shaped_json_gives_usable_items_or_a_specific_error(items in prop::collection::vec(json_value(), 0..8)) {
        let feed = serde_json::json!({"version": "https://jsonfeed.org/version/1.1", "items": items});
        match parse_feed(&feed.to_string()) {
            Ok(parsed) => {
                prop_assert!(!parsed.feed.items.is_empty());
                let mut ids = HashSet::new();
                for item in &parsed.feed.items {
                    prop_assert!(!item.id.trim().is_empty());
                    prop_assert!(ids.insert(item.id.clone()), "duplicate id {}", item.id);
                }
            }
            Err(error) => prop_assert!(matches!(error, FeedError::NoItems { .. }), "{error:?}"),
        }
    }

    #[test]
    fn kept_urls_never_carry_a_script_scheme(url in "[ \\t\\n\\x00-\\x1f]{0,3}(?i:(java|vb)?script|data|javascript|http|https|mailto|ftp)?[\\t\\n]?:?.{0,20}") {
        for usage in [UrlUse::Link, UrlUse::Image, UrlUse::Citation] {
            if let Some(kept) = safe_url(&url, usage) {
                // What a browser would make of it: tabs and newlines removed, ends trimmed.
                let seen: String = kept.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
                let seen = seen.trim_matches(|c: char| c <= ' ').to_ascii_lowercase();
                for scheme in ["javascript:", "vbscript:", "data:", "ftp:"] {
                    prop_assert!(!seen.starts_with(scheme), "{url:?} kept as {kept:?}");
                }
            }
        }
    }

    #[test]
    fn no_event_handler_or_style_attribute_is_ever_kept(
        tag in "(p|a|img|h2|blockquote|td|ol|li|span|time|q)",
        suffix in "[a-zA-Z]{0,12}",
        value in ".{0,20}",
    ) {
        prop_assert_eq!(clean_attribute(&tag, &format!("on{}", suffix.to_ascii_lowercase()), &value), None);
        for name in ["style", "class", "id", "name", "formaction"] {
            prop_assert_eq!(clean_attribute(&tag, name, &value), None);
        }
        // A new tab is the only target, on links only.
        let target = clean_attribute(&tag, "target", &value);
        prop_assert!(target.is_none() || (tag == "a" && target.as_deref() == Some("_blank")), "{target:?}");
        // A srcset, where kept, holds only addresses an image may have.
        if let Some(kept) = clean_attribute(&tag, "srcset", &value) {
            prop_assert_eq!(&tag, "img");
            for candidate in kept.split(", ") {
                let url = candidate.split(' ').next().unwrap_or_default().to_ascii_lowercase();
                for scheme in ["javascript:", "vbscript:", "data:", "ftp:"] {
                    prop_assert!(!url.starts_with(scheme), "{value:?} kept as {kept:?}");
                }
            }
        }
    }
}

#[test]
fn json_test_suite_shapes() {
    // Invalid UTF-8, lone surrogates, BOMs, huge numbers, duplicate keys, trailing garbage.
    assert!(matches!(
        parse_feed_bytes(b"{\"version\": \"\xff\"}"),
        Err(FeedError::NotJson { .. })
    ));
    assert!(matches!(
        parse_feed_bytes(b"\xef\xbb\xbf\xef\xbb\xbf{}"),
        Err(FeedError::NotJson { .. })
    ));
    assert!(parse_feed("{\"version\": \"\\ud800\", \"items\": []}").is_err());
    assert!(parse_feed("{\"version\": \"https://jsonfeed.org/version/1.1\"} x").is_err());
    assert!(parse_feed("{\"version\": 1e999999}").is_err());
    assert!(parse_feed("[-]").is_err());
    assert!(parse_feed("\u{0}").is_err());
    let bom = b"\xef\xbb\xbf{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": \"a\", \"content_text\": \"x\"}]}";
    assert_eq!(parse_feed_bytes(bom).unwrap().feed.items.len(), 1);
}
