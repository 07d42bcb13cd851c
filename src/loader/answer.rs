//! What a server answered, read without a browser: a JSON Feed, a
//! WordPress REST index, a page of WordPress posts, a WordPress home page
//! that names its API, or an error, each its own case.
//!
//! The two kinds of source are told apart by the answer, never by how the
//! address is spelled: an operator's `feed.json` may be a rewrite to a
//! WordPress route, and a REST root may live anywhere.

use serde_json::Value;

use crate::error::ViewerError;
use crate::jsonfeed::parse_feed;
use crate::model::ParsedFeed;
use crate::wordpress::posts::{api_error, index_serves_posts, looks_like_posts};
use crate::wordpress::{read_posts, Posts, RestRoot, Site, WordPressError};

/// A server's answer, as far as the loader needs to know it.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A JSON Feed, parsed.
    Feed(ParsedFeed),
    /// A WordPress REST index (`/wp-json/`): the site's root and name.
    RestIndex { root: RestRoot, site: Site },
    /// A page of WordPress posts.
    Posts(Posts),
    /// An HTML page that names its REST root (`<link rel="https://api.w.org/">`),
    /// as every WordPress front page does.
    HomePage { root: String },
}

/// WordPress error codes that mean the REST API is switched off or closed
/// to anonymous readers (core's, and the popular "disable REST" plugins').
const CLOSED_CODES: [&str; 6] = [
    "rest_no_route",
    "rest_disabled",
    "rest_cannot_access",
    "rest_forbidden",
    "rest_login_required",
    "rest_not_logged_in",
];

/// Reads an answer of `url` with HTTP `status`.
pub fn read_answer(url: &str, status: u16, bytes: &[u8]) -> Result<Reading, ViewerError> {
    let utf8 = std::str::from_utf8(bytes).map(|t| t.trim_start_matches('\u{feff}'));
    let text = utf8.as_ref().ok().copied();
    // The common answer, a JSON Feed (up to megabytes), goes to its parser
    // without first being built into a `Value` tree: the peek only scans.
    if (200..300).contains(&status) {
        if let Some(text) = text {
            // An object only: serde would read an array into the struct too.
            let object = text.trim_start().starts_with('{');
            if object
                && serde_json::from_str::<TopLevel>(text).is_ok_and(|top| top.version.is_some())
            {
                return Ok(Reading::Feed(parse_feed(text)?));
            }
        }
    }
    let looks_html = text.is_some_and(|t| t.trim_start().starts_with('<'));
    let json = text.and_then(|t| serde_json::from_str::<Value>(t).ok());

    if !(200..300).contains(&status) {
        if let Some((code, message, _)) = json.as_ref().and_then(api_error) {
            let closed = matches!(status, 401 | 403) || CLOSED_CODES.contains(&code.as_str());
            return Err(
                if status == 400 && code == "rest_post_invalid_page_number" {
                    WordPressError::PagePastEnd { page: page_of(url) }
                } else if closed {
                    WordPressError::RestClosed {
                        url: url.to_owned(),
                        status,
                        code: Some(code),
                    }
                } else {
                    WordPressError::Api {
                        url: url.to_owned(),
                        status,
                        code,
                        message,
                    }
                }
                .into(),
            );
        }
        return Err(ViewerError::Http {
            url: url.to_owned(),
            status,
        });
    }
    if looks_html && json.is_none() {
        let html = text.unwrap_or_default();
        return match rest_link(html) {
            Some(root) => Ok(Reading::HomePage { root }),
            None => Err(WordPressError::HtmlInsteadOfJson {
                url: url.to_owned(),
            }
            .into()),
        };
    }
    match &json {
        Some(Value::Object(object)) if object.contains_key("version") => {}
        // A REST index: the site's root lists `namespaces`; a namespace's
        // own index (`/wp-json/oembed/1.0/`) has `namespace` and `routes`.
        Some(value) if value.get("namespaces").is_some() || value.get("routes").is_some() => {
            return if index_serves_posts(value) {
                Ok(Reading::RestIndex {
                    root: RestRoot::new(url),
                    site: Site::of_index(value),
                })
            } else {
                Err(WordPressError::NotWordPress {
                    url: url.to_owned(),
                    detail: "its REST index has no wp/v2 (posts) routes".into(),
                }
                .into())
            };
        }
        Some(value) if looks_like_posts(value) || value.as_array().is_some_and(Vec::is_empty) => {
            return Ok(Reading::Posts(read_posts(value, url)?));
        }
        Some(value) => {
            if let Some((code, message, status)) = api_error(value) {
                return Err(WordPressError::Api {
                    url: url.to_owned(),
                    status: status.unwrap_or(200),
                    code,
                    message,
                }
                .into());
            }
        }
        None => {}
    }
    // Everything else is read as a JSON Feed, whose parser says precisely
    // what is wrong (not JSON, not a JSON Feed, a field of the wrong type).
    let text = utf8.map_err(|e| crate::jsonfeed::FeedError::NotJson {
        detail: format!("the bytes are not UTF-8 (at byte {})", e.valid_up_to()),
    })?;
    Ok(Reading::Feed(parse_feed(text)?))
}

/// A top-level object's `version`, every other member skipped unread.
#[derive(serde::Deserialize)]
struct TopLevel {
    version: Option<serde::de::IgnoredAny>,
}

/// Where a WordPress site's REST root would be, for a home address
/// (`https://news.example/`, a path ending in `/`) whose own answer could
/// not be read: WordPress sends no CORS headers with its HTML pages, so
/// from another origin the page that names the root cannot be read, while
/// the API answers. Pretty permalinks first, then plain ones. What a guess
/// answers still decides what it is.
pub fn rest_root_guesses(url: &str) -> Vec<String> {
    let base = url.split(['?', '#']).next().unwrap_or(url);
    if !base.ends_with('/') || url.contains("wp-json") || url.contains("rest_route") {
        return Vec::new();
    }
    vec![format!("{base}wp-json/"), format!("{base}?rest_route=/")]
}

/// The `page` of a posts address, for the message of a page past the end.
fn page_of(url: &str) -> u32 {
    url.split(['?', '&'])
        .find_map(|pair| pair.strip_prefix("page="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

/// The REST root a WordPress page names in its head:
/// `<link rel="https://api.w.org/" href="https://news.example/wp-json/" />`.
pub fn rest_link(html: &str) -> Option<String> {
    let head = &html[..html.len().min(200_000)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("<link") {
        let start = from + at;
        let end = start + lower[start..].find('>')?;
        let tag = &head[start..end];
        from = end;
        let attribute = |name: &str| {
            let tag_lower = tag.to_ascii_lowercase();
            let at = tag_lower.find(&format!("{name}="))? + name.len() + 1;
            let rest = &tag[at..];
            let (quote, rest) = match rest.chars().next()? {
                q @ ('"' | '\'') => (q, &rest[1..]),
                _ => (' ', rest),
            };
            let value = rest.split(quote).next()?;
            Some(crate::model::plain_text::decode_references(value.trim()).into_owned())
        };
        if attribute("rel").as_deref() == Some("https://api.w.org/") {
            return attribute("href").filter(|h| crate::content::policy::is_web_address(h));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_feed_is_a_feed_whatever_the_address() {
        let feed =
            br#"{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"T"}]}"#;
        assert!(matches!(
            read_answer("https://x.example/wp-json/", 200, feed),
            Ok(Reading::Feed(_))
        ));
    }

    #[test]
    fn a_rest_index_is_a_site_when_it_serves_posts() {
        let index = br#"{"name":"News","home":"https://news.example","namespaces":["oembed/1.0","wp/v2"],"routes":{}}"#;
        match read_answer("https://news.example/feed.json", 200, index) {
            Ok(Reading::RestIndex { root, site }) => {
                assert_eq!(site.name.as_deref(), Some("News"));
                assert_eq!(
                    root.route("wp/v2/posts", &[]),
                    "https://news.example/feed.json/wp/v2/posts"
                );
            }
            other => panic!("{other:?}"),
        }
        let namespace = br#"{"namespace":"oembed/1.0","routes":{"/oembed/1.0":{}}}"#;
        assert_eq!(
            read_answer("u", 200, namespace).unwrap_err().kind(),
            "not-wordpress"
        );
        let other = br#"{"namespaces":["oembed/1.0"]}"#;
        assert_eq!(
            read_answer("u", 200, other).unwrap_err().kind(),
            "not-wordpress"
        );
    }

    #[test]
    fn wordpress_failures_are_each_their_own_error() {
        let closed =
            br#"{"code":"rest_no_route","message":"No route was found","data":{"status":404}}"#;
        assert_eq!(
            read_answer("u", 404, closed).unwrap_err().kind(),
            "wordpress-closed"
        );
        let login = br#"{"code":"rest_not_logged_in","message":"Only logged-in users","data":{"status":401}}"#;
        assert_eq!(
            read_answer("u", 401, login).unwrap_err().kind(),
            "wordpress-closed"
        );
        let past = br#"{"code":"rest_post_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}}"#;
        assert_eq!(
            read_answer(
                "https://n.example/wp-json/wp/v2/posts?per_page=20&page=9",
                400,
                past
            )
            .unwrap_err(),
            ViewerError::WordPress(WordPressError::PagePastEnd { page: 9 })
        );
        let other = br#"{"code":"rest_invalid_param","message":"Invalid parameter(s): per_page","data":{"status":400}}"#;
        assert_eq!(
            read_answer("u", 400, other).unwrap_err().kind(),
            "wordpress-error"
        );
        assert_eq!(
            read_answer("u", 404, b"<html>Not found</html>").unwrap_err(),
            ViewerError::Http {
                url: "u".into(),
                status: 404
            }
        );
        let html = b"<!doctype html><html><body>Checking your browser...</body></html>";
        assert_eq!(
            read_answer("u", 200, html).unwrap_err().kind(),
            "html-not-json"
        );
    }

    #[test]
    fn a_wordpress_home_page_names_its_root() {
        let html = br#"<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="https://api.w.org/" href="https://news.example/wp-json/" /><link rel="alternate" type="application/json" href="https://news.example/wp-json/wp/v2/posts/1" />"#;
        assert_eq!(
            read_answer("https://news.example/", 200, html),
            Ok(Reading::HomePage {
                root: "https://news.example/wp-json/".into()
            })
        );
        let plain = br#"<link rel="https://api.w.org/" href="http://127.0.0.1:8080/index.php?rest_route=/&#038;x=1">"#;
        assert_eq!(
            rest_link(std::str::from_utf8(plain).unwrap()).as_deref(),
            Some("http://127.0.0.1:8080/index.php?rest_route=/&x=1")
        );
    }

    #[test]
    fn only_a_home_address_gets_guesses() {
        assert_eq!(
            rest_root_guesses("https://news.example/blog/?utm=x"),
            [
                "https://news.example/blog/wp-json/",
                "https://news.example/blog/?rest_route=/"
            ]
        );
        assert!(rest_root_guesses("https://news.example/feed.json").is_empty());
        assert!(rest_root_guesses("https://news.example/wp-json/").is_empty());
        assert!(rest_root_guesses("https://news.example/?rest_route=/").is_empty());
    }

    #[test]
    fn posts_and_an_empty_page_of_posts_are_posts() {
        let posts =
            br#"[{"id":1,"slug":"a","title":{"rendered":"A"},"content":{"rendered":"<p>x</p>"}}]"#;
        match read_answer("u", 200, posts) {
            Ok(Reading::Posts(posts)) => assert_eq!(posts.items[0].id, "a"),
            other => panic!("{other:?}"),
        }
        assert!(
            matches!(read_answer("u", 200, b"[]"), Ok(Reading::Posts(p)) if p.items.is_empty())
        );
    }

    #[test]
    fn anything_else_gets_the_feed_parser_s_precise_error() {
        assert_eq!(
            read_answer("u", 200, b"{\"items\": [").unwrap_err().kind(),
            "not-json"
        );
        assert_eq!(
            read_answer("u", 200, b"{\"a\": 1}").unwrap_err().kind(),
            "not-json-feed"
        );
        // Through the peek straight to the feed parser, and around it.
        for document in [
            &b"{\"version\": \"https://example.com/v9\", \"items\": []}"[..],
            b"{\"version\": null}",
        ] {
            assert_eq!(
                read_answer("u", 200, document).unwrap_err().kind(),
                "not-json-feed"
            );
        }
        assert_eq!(
            read_answer(
                "u",
                200,
                b"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": ["
            )
            .unwrap_err()
            .kind(),
            "not-json"
        );
    }
}
