#![cfg(not(target_arch = "wasm32"))]
//! The WordPress mapping against real REST answers, read at run time from
//! `../shared/corpora/wordpress/` (never copied into the project): every
//! post of every file becomes an article with plain-text title, author,
//! featured image, terms and UTC dates, and the traps of the API (HTML in
//! titles, error objects, percent-encoded slugs, co-authors) are handled.

use std::path::PathBuf;

use article_viewer::model::{Body, Item};
use article_viewer::wordpress::{feed_of, read_posts, Posts, RestRoot, Site, WordPressError};
use serde_json::{json, Value};

fn corpus(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/wordpress")
        .join(name);
    let bytes = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("the shared corpora are missing at {}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap()
}

fn one_post(name: &str) -> (Item, Posts) {
    let posts = read_posts(&corpus(name), name).unwrap();
    assert_eq!(posts.items.len(), 1, "{name}: {:?}", posts.warnings);
    (posts.items[0].clone(), posts)
}

const POST_FILES: [&str; 7] = [
    "dart-wp__single-post-embed__block-gallery.json",
    "frontity__post-60__classic-editor.json",
    "tryghost-migrate__co-authors-post.json",
    "tryghost-migrate__single-post-no-author.json",
    "tryghost-migrate__single-post-with-html-in-title.json",
    "tryghost-migrate__single-post-with-linked-images.json",
    "tryghost-migrate__single-post.json",
];

#[test]
fn the_corpus_holds_the_files_this_test_reads() {
    let mut names: Vec<String> = std::fs::read_dir(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/wordpress"),
    )
    .unwrap()
    .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
    .filter(|n| n.ends_with(".json"))
    .collect();
    names.sort();
    let mut expected: Vec<String> = POST_FILES.iter().map(|s| s.to_string()).collect();
    expected.push("gutenberg__block-fixtures__post-content.json".into());
    expected.sort();
    assert_eq!(names, expected);
}

#[test]
fn every_real_post_becomes_an_article_with_plain_text_fields() {
    for name in POST_FILES {
        let raw = corpus(name);
        let (item, posts) = one_post(name);
        assert_eq!(item.id, raw["slug"].as_str().unwrap(), "{name}");
        let title = item.title.as_deref().unwrap();
        assert!(
            !title.contains('<') && !title.contains("&#"),
            "{name}: {title}"
        );
        let summary = item.summary.as_deref().unwrap();
        assert!(
            !summary.contains('<') && !summary.contains("&hellip;"),
            "{name}: {summary}"
        );
        assert!(
            matches!(&item.body, Body::Html(html) if html == raw["content"]["rendered"].as_str().unwrap())
        );
        assert_eq!(item.url.as_deref(), raw["link"].as_str(), "{name}");
        // date_gmt is UTC with no zone written.
        let gmt = raw["date_gmt"].as_str().unwrap();
        let published = item.date_published.as_ref().unwrap();
        assert_eq!(published.text, format!("{gmt}Z"));
        let modified = item.date_modified.as_ref().unwrap();
        assert!(modified.unix_millis >= published.unix_millis, "{name}");
        // Every embedded category and tag is a tag, decoded (term names are
        // stored through `_wp_specialchars`: `Bar &amp; Baz`).
        let terms = raw["_embedded"]["wp:term"].as_array().unwrap();
        let names: Vec<&str> = terms
            .iter()
            .flat_map(|t| t.as_array().unwrap())
            .filter(|t| matches!(t["taxonomy"].as_str(), Some("category" | "post_tag")))
            .map(|t| t["name"].as_str().unwrap())
            .collect();
        assert!(!names.is_empty(), "{name}");
        for term in names {
            let decoded = term.replace("&amp;", "&");
            assert!(
                item.tags.contains(&decoded),
                "{name}: {term} in {:?}",
                item.tags
            );
        }
        // The featured image, when the post has one, with its sizes.
        match raw["_embedded"]["wp:featuredmedia"][0]["source_url"].as_str() {
            Some(url) => {
                assert_eq!(item.image.as_deref(), Some(url), "{name}");
                let meta = &item.image_meta;
                assert!(
                    meta.width.is_some() && meta.height.is_some(),
                    "{name}: {meta:?}"
                );
                assert!(
                    meta.candidates.windows(2).all(|w| w[0].width < w[1].width),
                    "{name}: {meta:?}"
                );
            }
            None => assert!(item.image.is_none(), "{name}"),
        }
        assert!(posts.warnings.is_empty(), "{name}: {:?}", posts.warnings);
    }
}

#[test]
fn authors_come_from_the_embedded_user_or_co_author_terms() {
    let (gallery, _) = one_post("dart-wp__single-post-embed__block-gallery.json");
    assert_eq!(gallery.authors.len(), 1);
    let author = &gallery.authors[0];
    assert_eq!(author.name.as_deref(), Some("NicoK"));
    assert_eq!(author.url.as_deref(), Some("http://localhost/?author=1"));
    assert!(
        author.avatar.as_deref().unwrap().contains("s=96"),
        "the largest avatar"
    );
    assert_eq!(author.bio, None, "an empty description is no bio");

    let (classic, _) = one_post("frontity__post-60__classic-editor.json");
    assert_eq!(
        classic.authors[0].bio.as_deref(),
        Some("Alan is a WordPress enthusiast who enjoys travelling, music and pizza.")
    );

    let (co, _) = one_post("tryghost-migrate__co-authors-post.json");
    let names: Vec<_> = co
        .authors
        .iter()
        .map(|a| a.name.as_deref().unwrap())
        .collect();
    assert_eq!(names, ["Alice Smith", "Bob Jones"]);
    assert_eq!(co.authors[1].bio.as_deref(), Some("Second author bio"));
    assert!(
        !co.tags.iter().any(|t| t == "Bob Jones"),
        "author terms are not tags"
    );

    let (alone, _) = one_post("tryghost-migrate__single-post-no-author.json");
    assert!(alone.authors.is_empty());
}

#[test]
fn html_in_a_title_is_read_as_its_words() {
    let (item, _) = one_post("tryghost-migrate__single-post-with-html-in-title.json");
    let title = item.title.unwrap();
    assert!(
        title.starts_with("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut"),
        "{title}"
    );
}

#[test]
fn the_featured_image_keeps_its_alt_size_and_every_size_wordpress_made() {
    let (item, _) = one_post("dart-wp__single-post-embed__block-gallery.json");
    let meta = item.image_meta;
    assert_eq!(meta.alt.as_deref(), Some("Boat Barco Texture"));
    assert_eq!((meta.width, meta.height), (Some(1600), Some(1066)));
    let widths: Vec<u32> = meta.candidates.iter().map(|c| c.width).collect();
    assert_eq!(widths, [150, 300, 768, 1024, 1536, 1600]);
}

#[test]
fn block_markup_is_not_a_post() {
    // The Gutenberg fixtures are stored `post_content`, not an API answer.
    let error =
        read_posts(&corpus("gutenberg__block-fixtures__post-content.json"), "f").unwrap_err();
    assert!(
        matches!(error, WordPressError::NotPosts { .. }),
        "{error:?}"
    );
}

fn post(fields: Value) -> Value {
    let mut post = json!({
        "id": 7,
        "slug": "a-post",
        "link": "https://news.example/a-post/",
        "title": {"rendered": "A post"},
        "content": {"rendered": "<p>Words.</p>", "protected": false},
        "excerpt": {"rendered": "<p>Words.</p>\n", "protected": false},
        "date_gmt": "2024-03-01T10:00:00",
        "modified_gmt": "2024-03-02T10:00:00",
    });
    for (key, value) in fields.as_object().unwrap() {
        post[key] = value.clone();
    }
    post
}

#[test]
fn the_traps_of_the_api_are_handled_field_by_field() {
    let posts = json!([
        post(json!({
            "slug": "%d9%85%d8%b1%d8%ad%d8%a8%d8%a7",
            "title": {"rendered": "&#8220;Quoted&#8221; &#038; more&#8230;"},
            "excerpt": {"rendered": "<p>Some words [&hellip;]</p>\n"},
            "views": "1234",
            "_embedded": {"author": [{"code": "rest_user_cannot_view", "message": "Sorry, you are not allowed.", "data": {"status": 401}}]},
        })),
        post(json!({"id": 8, "slug": "", "views": 12, "date_gmt": "yesterday"})),
        post(json!({"id": 9, "slug": "third", "views": {"total": 3}, "title": "not rendered"})),
        json!({"id": 10, "slug": "empty", "title": {"rendered": ""}, "content": {"rendered": ""}}),
        json!("not a post"),
    ]);
    let read = read_posts(&posts, "u").unwrap();
    let ids: Vec<&str> = read.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["مرحبا", "8", "third"], "{:?}", read.warnings);
    let first = &read.items[0];
    assert_eq!(first.title.as_deref(), Some("“Quoted” & more…"));
    assert_eq!(first.summary.as_deref(), Some("Some words …"));
    assert_eq!(first.publisher_views, 1234);
    assert!(first.authors.is_empty());
    assert_eq!(read.items[1].publisher_views, 12);
    assert!(read.items[1].date_published.is_none());
    assert_eq!(read.items[2].publisher_views, 0);
    assert_eq!(read.items[2].title, None);
    let warned = |id: &str, words: &str| {
        read.warnings
            .iter()
            .any(|w| w.id.as_deref() == Some(id) && w.problem.contains(words))
    };
    assert!(
        warned("مرحبا", "rest_user_cannot_view"),
        "{:?}",
        read.warnings
    );
    assert!(warned("8", "date_gmt"));
    assert!(warned("third", "`views`") && warned("third", "`title`"));
    assert!(warned("empty", "nothing to show"));
    assert_eq!(read.warnings.iter().filter(|w| w.skipped).count(), 2);
}

#[test]
fn a_site_without_posts_is_its_own_error_and_languages_are_detected() {
    assert_eq!(
        feed_of(Site::default(), Posts::default()).unwrap_err(),
        WordPressError::NoPosts { skipped: 0 }
    );
    let posts = json!([
        post(
            json!({"slug": "ar", "title": {"rendered": "عنوان الخبر"}, "content": {"rendered": "<p>هذا نص عربي طويل بما يكفي لمعرفة لغته.</p>"}})
        ),
        post(
            json!({"slug": "en", "title": {"rendered": "The headline"}, "content": {"rendered": "<p>This is an English text long enough to tell.</p>"}})
        ),
    ]);
    let index = json!({"name": "Daily &amp; News", "home": "https://news.example", "namespaces": ["oembed/1.0", "wp/v2"]});
    let feed = feed_of(Site::of_index(&index), read_posts(&posts, "u").unwrap())
        .unwrap()
        .feed;
    assert_eq!(feed.title.as_deref(), Some("Daily & News"));
    assert_eq!(feed.home_page_url.as_deref(), Some("https://news.example"));
    assert_eq!(feed.language_of(&feed.items[0]), Some("ar"));
    assert_eq!(feed.language_of(&feed.items[1]), Some("en"));
}

#[test]
fn rest_roots_from_the_corpus_build_their_own_kind_of_address() {
    // The dart-wp site runs on plain permalinks; its own links say so.
    let raw = corpus("dart-wp__single-post-embed__block-gallery.json");
    let own = raw["_links"]["self"][0]["href"].as_str().unwrap();
    let root = RestRoot::new(&own[..own.find("rest_route=").unwrap() + "rest_route=/".len()]);
    assert_eq!(
        root.route("wp/v2/posts/1787", &[]),
        own,
        "the address WordPress gave for this post"
    );
}
