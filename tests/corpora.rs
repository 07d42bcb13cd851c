#![cfg(not(target_arch = "wasm32"))]
//! The parser against real documents from the public web, read at run time
//! from `../shared/corpora/` (never copied into the project): every real
//! JSON Feed renders every item, each broken one gets its specific error,
//! and every file of JSONTestSuite is handled without a panic, with the
//! ones that are not JSON rejected as such.

use std::path::PathBuf;

use article_viewer::jsonfeed::{parse_feed_bytes, FeedError};

fn corpora() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    assert!(
        dir.is_dir(),
        "the shared corpora are missing at {}: the tests read them from there",
        dir.display()
    );
    dir
}

fn files_in(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpora().join(dir))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_real_feed_keeps_every_item() {
    let feeds = files_in("feeds");
    assert_eq!(feeds.len(), 20, "the corpus README lists 20 feeds");
    for path in feeds {
        let bytes = std::fs::read(&path).unwrap();
        let items = serde_json::from_slice::<serde_json::Value>(&bytes).unwrap()["items"]
            .as_array()
            .unwrap()
            .len();
        let parsed = parse_feed_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let skipped: Vec<String> = parsed
            .warnings
            .iter()
            .filter(|w| w.skipped)
            .map(|w| w.to_string())
            .collect();
        assert_eq!(skipped, Vec::<String>::new(), "{}", path.display());
        assert_eq!(parsed.feed.items.len(), items, "{}", path.display());
    }
}

#[test]
fn the_http_version_spelling_and_string_tags_and_authors_are_accepted() {
    let read = |name: &str| std::fs::read(corpora().join("feeds").join(name)).unwrap();
    let pixel_envy = parse_feed_bytes(&read("11-pixel-envy-http-version.json")).unwrap();
    assert_eq!(pixel_envy.feed.items.len(), 20);
    // A warning names the item and the field it ignored, and keeps the item.
    let json = br#"{"version": "http://jsonfeed.org/version/1.1", "items": [
        {"id": "a", "title": "A", "tags": "one, two", "author": "{\"name\"=>nil}", "external_url": "None",
         "url": "None", "date_published": "30086-30-09T818:3030:00+08:00"}]}"#;
    let parsed = parse_feed_bytes(json).unwrap();
    let item = &parsed.feed.items[0];
    assert!(item.tags.is_empty() && item.authors.is_empty() && item.url.is_none());
    let problems: Vec<String> = parsed.warnings.iter().map(|w| w.to_string()).collect();
    for field in ["`tags`", "`author`", "`url`", "`date_published`"] {
        assert!(
            problems
                .iter()
                .any(|p| p.contains(field) && p.contains("(id \"a\") kept")),
            "no warning names {field}: {problems:?}"
        );
    }
}

#[test]
fn each_broken_feed_gets_its_specific_error() {
    let parse = |name: &str| {
        parse_feed_bytes(&std::fs::read(corpora().join("feeds/invalid").join(name)).unwrap())
    };
    for name in [
        "truncated-allthis-partial.json",
        "jekyll-liquid-hash-in-author.json",
        "unrendered-jekyll-template.json",
        "gofeed-invalid-syntax.json",
    ] {
        assert!(
            matches!(parse(name), Err(FeedError::NotJson { .. })),
            "{name}: {:?}",
            parse(name).err()
        );
    }
    assert_eq!(
        parse("not-jsonfeed-rss-in-json.json").err(),
        Some(FeedError::NotJsonFeed { found: None })
    );
    // Valid JSON whose items break the schema in small ways (dates that are
    // not dates): rendered, with a warning for each field ignored.
    let lenient = parse("schema-violations-stringified-author-expired.json").unwrap();
    assert_eq!(lenient.feed.items.len(), 7);
    assert!(lenient
        .warnings
        .iter()
        .any(|w| !w.skipped && w.problem.contains("date_published")));
}

#[test]
fn json_test_suite_never_panics_and_rejects_what_is_not_json() {
    let files = files_in("jsontestsuite/test_parsing");
    assert!(files.len() > 300, "{} files", files.len());
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let result = parse_feed_bytes(&std::fs::read(&path).unwrap());
        if name.starts_with("n_") {
            assert!(
                matches!(result, Err(FeedError::NotJson { .. })),
                "{name} must be rejected as not JSON: {result:?}"
            );
        } else if name.starts_with("y_") {
            // JSON, but none of these is a JSON Feed.
            assert!(
                matches!(result, Err(FeedError::NotJsonFeed { .. })),
                "{name} is JSON and must be told apart from broken JSON: {result:?}"
            );
        }
    }
}

/// The language each real feed's items are shown in: declared, else
/// detected from their text. Every item of a feed gets the one its
/// publisher writes in (the corpus README names them).
#[test]
fn every_item_of_every_real_feed_gets_its_language() {
    use article_viewer::i18n::Direction;
    let expected = [
        ("01-jsonfeed-org.json", "en"),
        ("02-daring-fireball.json", "en"),
        ("04-hypercritical.json", "en"),
        ("05-maybe-pizza.json", "en"),
        ("06-the-record-podcast.json", "en"),
        ("07-timetable-podcast.json", "en"),
        ("08-inessential.json", "en"),
        ("10-curtclifton-code.json", "en"),
        ("11-pixel-envy-http-version.json", "en"),
        ("12-rosemary-orchard-large.json", "en"),
        ("14-influxdata-text-only.json", "en-US"),
        ("15-cowboy-programmer-code.json", "en"),
        ("16-manton-microblog-untitled.json", "en"),
        // An English article about Urdu text, whose Urdu paragraphs carry
        // their own `dir="rtl"` (kept by the sanitizer).
        ("17-harf-urdu-rtl.json", "en"),
        ("18-el7ady-ar-rtl-figures.json", "ar"),
        ("20-doyouknow-ar-text-only.json", "ar"),
        ("21-krisbaker-ja-video.json", "ja"),
        ("22-vuepress-hope-zh-huge.json", "zh"),
        ("23-sakurain-zh-text-only.json", "zh-CN"),
        ("24-cree-ko-markdown-in-html.json", "ko"),
    ];
    for (name, language) in expected {
        let bytes = std::fs::read(corpora().join("feeds").join(name)).unwrap();
        let feed = parse_feed_bytes(&bytes).unwrap().feed;
        let wrong: Vec<String> = feed
            .items
            .iter()
            // Items may declare a region of their own (`en-AU` in an `en-US` feed).
            // The one item of the Chinese docs whose body is an English
            // changelog (its title alone is Chinese) reads as English.
            .filter(|item| !item.id.ends_with("/zh/changelog.html"))
            .filter(|item| {
                let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_owned();
                feed.language_of(item).map(primary) != Some(primary(language))
            })
            .map(|item| format!("{} → {:?}", item.id, feed.language_of(item)))
            .collect();
        assert!(wrong.is_empty(), "{name}: expected {language}: {wrong:?}");
        // The feed as a whole (its sidebar and lists) speaks the same language.
        let own = feed
            .own_language()
            .map(|tag| tag.split('-').next().unwrap_or_default());
        assert_eq!(
            own,
            language.split('-').next(),
            "{name}: the feed's own language"
        );
        let rtl = Direction::of_language(language) == Direction::Rtl;
        assert_eq!(rtl, name.contains("-ar-"), "{name}");
    }
}

/// Character references that templates leave in plain-text fields are the
/// characters they stand for, in every item of every real feed.
#[test]
fn character_references_in_titles_and_summaries_are_decoded() {
    let read = |name: &str| {
        parse_feed_bytes(&std::fs::read(corpora().join("feeds").join(name)).unwrap())
            .unwrap()
            .feed
    };
    let timetable = read("07-timetable-podcast.json");
    assert!(timetable
        .items
        .iter()
        .any(|item| item.title.as_deref() == Some("Episode 16: Don\u{2019}t panic")));
    let rosemary = read("12-rosemary-orchard-large.json");
    assert!(rosemary
        .items
        .iter()
        .any(|item| item.title.as_deref() == Some("Workflow: Add Task & Sub Tasks To OmniFocus")));
    for path in files_in("feeds") {
        let feed = parse_feed_bytes(&std::fs::read(&path).unwrap())
            .unwrap()
            .feed;
        for item in &feed.items {
            for text in [
                item.title.as_deref(),
                item.summary.as_deref(),
                Some(item.label()),
            ]
            .into_iter()
            .flatten()
            {
                for reference in [
                    "&amp;", "&#8217;", "&#039;", "&quot;", "&hellip;", "&#8211;",
                ] {
                    assert!(
                        !text.contains(reference),
                        "{}: {} still shows {reference}: {text:?}",
                        path.display(),
                        item.id
                    );
                }
            }
        }
    }
}

/// Micro-blog posts have no title: each gets the first words of its text as
/// its label (never its id, an address nobody wants to read).
#[test]
fn untitled_items_are_labelled_by_their_first_words() {
    let bytes = std::fs::read(corpora().join("feeds/16-manton-microblog-untitled.json")).unwrap();
    let feed = parse_feed_bytes(&bytes).unwrap().feed;
    let untitled: Vec<_> = feed
        .items
        .iter()
        .filter(|item| item.is_untitled())
        .collect();
    assert_eq!(
        untitled.len(),
        22,
        "the corpus README counts 22 untitled items"
    );
    let mut photos = 0;
    for item in untitled {
        let label = article_viewer::i18n::strings::ENGLISH.label_of(item);
        assert_ne!(label, item.id, "{}: labelled by its id", item.id);
        if item.text_label().is_none() {
            // A photo post with no words at all is named for what it shows.
            assert_eq!(label, "Photo", "{}", item.id);
            photos += 1;
            continue;
        }
        assert!(
            !label.contains('<'),
            "{}: markup in the label {label:?}",
            item.id
        );
        assert!(label.chars().count() <= 81, "{}: {label:?}", item.id);
        let first_word = label.split_whitespace().next().unwrap();
        let body = match &item.body {
            article_viewer::model::Body::Html(html) | article_viewer::model::Body::Text(html) => {
                html
            }
            article_viewer::model::Body::Empty => panic!("{}: no body", item.id),
        };
        let decoded = article_viewer::model::plain_text::words_of_markup(body);
        assert!(
            decoded.starts_with(first_word.trim_end_matches('…')),
            "{}: {label:?} is not the start of its text {:?}",
            item.id,
            decoded.chars().take(80).collect::<String>()
        );
    }
    assert!(
        photos < 5,
        "{photos} wordless posts: the words of the others were missed"
    );
}

/// An item's address with spaces in it (a Korean blog's post names) is the
/// publisher's page all the same: kept, its spaces encoded as a browser
/// would, so the article links to it and its relative images resolve
/// against it.
#[test]
fn addresses_with_spaces_are_encoded_not_dropped() {
    let bytes = std::fs::read(corpora().join("feeds/24-cree-ko-markdown-in-html.json")).unwrap();
    let feed = parse_feed_bytes(&bytes).unwrap().feed;
    let spaced: Vec<_> = feed
        .items
        .iter()
        .filter(|item| item.id.contains(' '))
        .collect();
    assert!(!spaced.is_empty());
    for item in spaced {
        let url = item.url.as_deref().unwrap_or_default();
        assert!(
            url.starts_with("https://cree-devblog.kro.kr/blog/"),
            "{}: {url:?}",
            item.id
        );
        assert!(!url.contains(' ') && url.contains("%20"), "{url}");
    }
}
