//! The feed parser on the host: JSON Feed 1.1 and 1.0, the extension, each
//! way a feed can be wrong, and the demo feed's fidelity to the seed page.

#![cfg(not(target_arch = "wasm32"))]

use article_viewer::jsonfeed::{parse_feed, FeedError};
use article_viewer::model::Body;

const V11: &str = "https://jsonfeed.org/version/1.1";

fn feed_with_items(items: &str) -> String {
    format!(r#"{{"version": "{V11}", "title": "T", "items": [{items}]}}"#)
}

#[test]
fn standard_fields_only() {
    let json = r#"{
      "version": "https://jsonfeed.org/version/1.1",
      "title": "Standard", "home_page_url": "https://news.example/", "language": "en",
      "authors": [{"name": "Desk", "url": "https://news.example/desk", "avatar": "https://news.example/d.png"}],
      "items": [{
        "id": "1", "url": "https://news.example/1", "title": "One", "content_html": "<p>Hi</p>",
        "summary": "S", "image": "https://news.example/1.jpg",
        "date_published": "2024-10-25T08:30:00Z", "date_modified": "2024-10-25T09:00:00+02:00",
        "authors": [{"name": "A"}], "tags": ["t"], "language": "en-US"
      }]
    }"#;
    let parsed = parse_feed(json).unwrap();
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let feed = parsed.feed;
    assert_eq!(feed.title.as_deref(), Some("Standard"));
    assert_eq!(
        feed.authors[0].avatar.as_deref(),
        Some("https://news.example/d.png")
    );
    let item = &feed.items[0];
    assert_eq!(item.body, Body::Html("<p>Hi</p>".into()));
    assert_eq!(
        item.date_published.as_ref().unwrap().unix_millis,
        1_729_845_000_000
    );
    assert_eq!(
        item.date_modified.as_ref().unwrap().unix_millis,
        1_729_839_600_000
    );
    assert_eq!(item.publisher_views, 0);
    assert_eq!(item.related, None);
    assert_eq!(feed.language_of(item), Some("en-US"));
}

#[test]
fn json_feed_1_0_single_author_and_numeric_ids() {
    let json = r#"{"version": "https://jsonfeed.org/version/1", "author": {"name": "Old"},
      "items": [{"id": 7, "content_text": "x", "author": {"name": "Item"}}]}"#;
    let feed = parse_feed(json).unwrap().feed;
    assert_eq!(feed.authors[0].name.as_deref(), Some("Old"));
    assert_eq!(feed.items[0].id, "7");
    assert_eq!(feed.items[0].authors[0].name.as_deref(), Some("Item"));
}

#[test]
fn extension_fields() {
    let json = feed_with_items(
        r#"{"id": "a", "content_text": "x", "authors": [{"name": "N", "_article_viewer": {"bio": "B"}}],
            "_article_viewer": {"views": 18, "related": ["b", 3]}}"#,
    );
    let item = &parse_feed(&json).unwrap().feed.items[0];
    assert_eq!(item.publisher_views, 18);
    assert_eq!(
        item.related.as_deref(),
        Some(&["b".to_owned(), "3".to_owned()][..])
    );
    assert_eq!(item.authors[0].bio.as_deref(), Some("B"));
}

#[test]
fn a_bad_extension_is_ignored_with_a_warning() {
    let json = feed_with_items(
        r#"{"id": "a", "content_text": "x", "_article_viewer": {"views": "many"}}"#,
    );
    let parsed = parse_feed(&json).unwrap();
    assert_eq!(parsed.feed.items[0].publisher_views, 0);
    assert_eq!(parsed.warnings.len(), 1);
    assert!(!parsed.warnings[0].skipped);
}

#[test]
fn each_feed_level_problem_has_its_own_error() {
    assert!(matches!(
        parse_feed("<html>"),
        Err(FeedError::NotJson { .. })
    ));
    assert!(matches!(parse_feed(""), Err(FeedError::NotJson { .. })));
    assert!(matches!(
        parse_feed("{\"version\": "),
        Err(FeedError::NotJson { .. })
    ));
    assert_eq!(
        parse_feed("[1, 2]"),
        Err(FeedError::NotJsonFeed { found: None })
    );
    assert_eq!(
        parse_feed(r#"{"items": []}"#),
        Err(FeedError::NotJsonFeed { found: None })
    );
    assert_eq!(
        parse_feed(r#"{"version": "https://example.com/rss", "items": []}"#),
        Err(FeedError::NotJsonFeed {
            found: Some("https://example.com/rss".into())
        })
    );
    assert_eq!(
        parse_feed(r#"{"version": 2, "items": []}"#),
        Err(FeedError::NotJsonFeed {
            found: Some("2".into())
        })
    );
    assert!(matches!(
        parse_feed(&format!(r#"{{"version": "{V11}", "items": "x"}}"#)),
        Err(FeedError::WrongType { field: "items", .. })
    ));
    assert!(matches!(
        parse_feed(&format!(
            r#"{{"version": "{V11}", "title": 5, "items": []}}"#
        )),
        Err(FeedError::WrongType { field: "title", .. })
    ));
    assert_eq!(
        parse_feed(&feed_with_items("")),
        Err(FeedError::NoItems { skipped: 0 })
    );
    assert_eq!(
        parse_feed(&format!(r#"{{"version": "{V11}"}}"#)),
        Err(FeedError::NoItems { skipped: 0 })
    );
}

#[test]
fn bad_items_are_skipped_and_good_ones_kept() {
    let json = feed_with_items(
        r#"{"content_text": "no id"}, {"id": "", "content_text": "empty id"}, {"id": "ok", "content_text": "fine"},
           {"id": "t", "title": ["wrong"]}, {"id": "ok", "content_text": "duplicate"}, 5,
           {"id": "d", "title": "D", "content_text": "", "date_published": "yesterday"},
           {"id": "e", "content_text": "  "}"#,
    );
    let parsed = parse_feed(&json).unwrap();
    let ids: Vec<_> = parsed.feed.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["ok", "d"]);
    assert_eq!(parsed.feed.items[1].date_published, None);
    let skipped: Vec<_> = parsed
        .warnings
        .iter()
        .filter(|w| w.skipped)
        .map(|w| w.index)
        .collect();
    assert_eq!(skipped, [0, 1, 3, 4, 5, 7]);
    // An item skipped for a wrong type is still named by its id.
    let wrong_type = parsed.warnings.iter().find(|w| w.index == 3).unwrap();
    assert_eq!(wrong_type.id.as_deref(), Some("t"));
    assert!(parsed
        .warnings
        .iter()
        .any(|w| !w.skipped && w.problem.contains("RFC 3339")));
    assert_eq!(
        parse_feed(&feed_with_items(r#"{"title": "no id"}"#)),
        Err(FeedError::NoItems { skipped: 1 })
    );
}

#[test]
fn unknown_fields_bom_and_duplicate_keys() {
    let json = format!(
        "\u{feff}{{\"version\": \"{V11}\", \"x_future\": {{\"a\": [1]}}, \"title\": \"first\", \"title\": \"second\",\
          \"items\": [{{\"id\": \"a\", \"content_text\": \"x\", \"unknown\": true}}]}}"
    );
    let feed = parse_feed(&json).unwrap().feed;
    assert_eq!(feed.title.as_deref(), Some("second"));
    assert_eq!(feed.items.len(), 1);
}

#[test]
fn deep_nesting_and_huge_numbers_are_errors_not_crashes() {
    // Valid JSON, just deep: refused as not a feed, without exhausting the stack.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        parse_feed(&deep),
        Err(FeedError::NotJsonFeed { found: None })
    );
    let deep_object = format!("{}1{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    assert!(matches!(
        parse_feed(&deep_object),
        Err(FeedError::NotJson { .. } | FeedError::NotJsonFeed { .. })
    ));
    let nested_item = format!(
        r#"{{"version": "{V11}", "items": [{{"id": "a", "content_text": "x", "x": {}1{}}}]}}"#,
        "[".repeat(5000),
        "]".repeat(5000)
    );
    // A deep unknown field is skipped over without recursion, and the item kept.
    assert_eq!(parse_feed(&nested_item).unwrap().feed.items.len(), 1);
    let huge = feed_with_items(
        r#"{"id": 1e400, "content_text": "x"}, {"id": "b", "content_text": "x", "_article_viewer": {"views": 1e30}}"#,
    );
    let parsed = parse_feed(&huge).unwrap();
    assert_eq!(
        parsed.feed.items.len(),
        1,
        "the item whose id overflows is skipped"
    );
    assert_eq!(
        parsed.feed.items[0].publisher_views, 0,
        "an overflowing count is ignored"
    );
    assert_eq!(parsed.warnings.iter().filter(|w| w.skipped).count(), 1);
    assert_eq!(parsed.warnings.iter().filter(|w| !w.skipped).count(), 1);
}

/// The demo feed shipped in `public/` is the seed page's text, nothing invented.
#[test]
fn demo_feed_is_the_seed_page() {
    let root = env!("CARGO_MANIFEST_DIR");
    let seed =
        std::fs::read_to_string(format!("{root}/tests/fixtures/seed-article-page.txt")).unwrap();
    let json = std::fs::read_to_string(format!("{root}/public/feed.json")).unwrap();
    let parsed = parse_feed(&json).unwrap();
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let feed = parsed.feed;
    assert_eq!(feed.language.as_deref(), Some("ar"));
    assert_eq!(
        feed.items.len(),
        13,
        "the article and the sidebar's twelve posts"
    );
    let seed_flat: String = seed.split_whitespace().collect::<Vec<_>>().join(" ");
    let in_seed =
        |text: &str| seed_flat.contains(&text.split_whitespace().collect::<Vec<_>>().join(" "));

    let main = &feed.items[0];
    assert!(in_seed(main.title.as_deref().unwrap()));
    let Body::Html(html) = &main.body else {
        panic!("the article body is HTML")
    };
    let paragraphs: Vec<&str> = html
        .split("</p>")
        .filter_map(|p| p.trim().strip_prefix("<p>"))
        .collect();
    assert_eq!(paragraphs.len(), 12);
    for paragraph in &paragraphs {
        assert!(in_seed(paragraph), "not in the seed: {paragraph}");
    }
    let author = &main.authors[0];
    assert!(in_seed(author.name.as_deref().unwrap()));
    assert!(in_seed(author.bio.as_deref().unwrap()));
    assert_eq!(
        main.related.as_deref().unwrap(),
        ["samsung-xealth", "european-stocks-close"]
    );

    for item in &feed.items[1..] {
        assert!(
            in_seed(item.title.as_deref().unwrap()),
            "title not in the seed: {:?}",
            item.title
        );
        let count_line = format!(
            "• {} views {}",
            item.publisher_views,
            item.title.as_deref().unwrap()
        );
        assert!(in_seed(&count_line), "count not in the seed: {count_line}");
        match &item.body {
            Body::Text(text) if text.is_empty() => assert!(item.summary.is_none()),
            Body::Text(text) => {
                assert!(in_seed(text));
                assert_eq!(item.summary.as_deref(), Some(text.as_str()));
            }
            other => panic!("sidebar posts carry only seed text: {other:?}"),
        }
    }
    let with_bodies = feed
        .items
        .iter()
        .filter(|i| i.body != Body::Text(String::new()))
        .count();
    assert_eq!(
        with_bodies, 3,
        "only the article and the two related posts have text in the seed"
    );
}
