//! The operator's settings for loading feeds, read from `<meta>` tags in
//! `index.html`, and the rule for the `feed` address parameter.
//!
//! | meta name | meaning | default |
//! |---|---|---|
//! | `article-viewer:feed` | the feed to load, relative to the page | `feed.json` |
//! | `article-viewer:allowed-feed-origins` | other origins a `?feed=` link may name, space-separated | none |
//! | `article-viewer:max-feed-bytes` | the largest feed accepted | 5 000 000 |
//! | `article-viewer:feed-timeout-seconds` | how long a feed may take | 15 |
//! | `article-viewer:language` | the language of the feed's articles, overriding what the feed declares and what detection finds (an item's own `language` still wins) | none |

/// The operator's feed settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedSettings {
    pub default_feed: String,
    /// Origins (`https://news.example`) besides the page's own that `?feed=` may name.
    pub allowed_origins: Vec<String>,
    pub max_bytes: usize,
    pub timeout_seconds: u32,
    /// The operator's language for the feed (a BCP 47 tag), when set.
    pub language: Option<String>,
}

pub const DEFAULT_FEED: &str = "feed.json";
pub const DEFAULT_MAX_BYTES: usize = 5_000_000;
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 15;

impl Default for FeedSettings {
    fn default() -> Self {
        Self {
            default_feed: DEFAULT_FEED.to_owned(),
            allowed_origins: Vec::new(),
            max_bytes: DEFAULT_MAX_BYTES,
            timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
            language: None,
        }
    }
}

impl FeedSettings {
    /// The `<meta>` names these settings are read from.
    pub const META_NAMES: [&'static str; 5] = [
        "article-viewer:feed",
        "article-viewer:allowed-feed-origins",
        "article-viewer:max-feed-bytes",
        "article-viewer:feed-timeout-seconds",
        "article-viewer:language",
    ];

    /// Settings from the `<meta>` values (`name` → `content`); a missing or
    /// unreadable value keeps its default.
    pub fn from_meta<'a>(lookup: impl Fn(&str) -> Option<&'a str>) -> Self {
        let mut settings = Self::default();
        if let Some(feed) = lookup("article-viewer:feed")
            .map(str::trim)
            .filter(|f| !f.is_empty())
        {
            settings.default_feed = feed.to_owned();
        }
        if let Some(origins) = lookup("article-viewer:allowed-feed-origins") {
            settings.allowed_origins = origins
                .split_whitespace()
                .map(|origin| origin.trim_end_matches('/').to_ascii_lowercase())
                .collect();
        }
        if let Some(bytes) =
            lookup("article-viewer:max-feed-bytes").and_then(|v| v.trim().parse().ok())
        {
            settings.max_bytes = bytes;
        }
        if let Some(seconds) =
            lookup("article-viewer:feed-timeout-seconds").and_then(|v| v.trim().parse().ok())
        {
            settings.timeout_seconds = seconds;
        }
        settings.language = lookup("article-viewer:language").and_then(language_tag);
        settings
    }

    /// May a `?feed=` address with this origin be loaded on a page of `page_origin`?
    /// Opaque origins (`null`: `data:`, `file:`, sandboxes) never match anything.
    pub fn origin_allowed(&self, feed_origin: &str, page_origin: &str) -> bool {
        let feed_origin = feed_origin.to_ascii_lowercase();
        if feed_origin == "null" || feed_origin.is_empty() {
            return false;
        }
        feed_origin == page_origin.to_ascii_lowercase()
            || self.allowed_origins.contains(&feed_origin)
    }
}

/// `text` as a language tag when it has the shape of one (`ar`, `fa-IR`,
/// `zh-Hant-TW`): letters, then letter-or-digit subtags, joined by hyphens
/// (an underscore, as in `en_US`, is read as one). `None` for anything else,
/// so a typo falls back to detection rather than to a nonsense `lang`.
pub fn language_tag(text: &str) -> Option<String> {
    let tag = text.trim().replace('_', "-");
    let mut subtags = tag.split('-');
    let primary = subtags.next()?;
    let primary_ok =
        (2..=8).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then_some(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_setting_must_look_like_a_tag() {
        assert_eq!(language_tag(" ur ").as_deref(), Some("ur"));
        assert_eq!(language_tag("en_US").as_deref(), Some("en-US"));
        assert_eq!(language_tag("zh-Hant-TW").as_deref(), Some("zh-Hant-TW"));
        for bad in ["", "a", "arabic language", "ar-", "123", "x\"><script>"] {
            assert_eq!(language_tag(bad), None, "{bad:?}");
        }
        let settings =
            FeedSettings::from_meta(|name| (name == "article-viewer:language").then_some("fa"));
        assert_eq!(settings.language.as_deref(), Some("fa"));
    }

    #[test]
    fn meta_values_override_defaults() {
        let metas = [
            ("article-viewer:feed", " feeds/ar.json "),
            (
                "article-viewer:allowed-feed-origins",
                "https://CDN.example/  https://wire.example",
            ),
            ("article-viewer:max-feed-bytes", "1000"),
            ("article-viewer:feed-timeout-seconds", "soon"),
        ];
        let settings =
            FeedSettings::from_meta(|name| metas.iter().find(|(n, _)| *n == name).map(|(_, v)| *v));
        assert_eq!(settings.default_feed, "feeds/ar.json");
        assert_eq!(
            settings.allowed_origins,
            ["https://cdn.example", "https://wire.example"]
        );
        assert_eq!(settings.max_bytes, 1000);
        assert_eq!(settings.timeout_seconds, DEFAULT_TIMEOUT_SECONDS);
        assert_eq!(FeedSettings::from_meta(|_| None), FeedSettings::default());
    }

    #[test]
    fn the_page_is_asked_for_every_setting_read() {
        let asked = std::cell::RefCell::new(Vec::new());
        FeedSettings::from_meta(|name| {
            asked.borrow_mut().push(name.to_owned());
            None
        });
        assert_eq!(asked.into_inner(), FeedSettings::META_NAMES);
    }

    #[test]
    fn only_same_origin_or_allowlisted_feeds() {
        let settings = FeedSettings {
            allowed_origins: vec!["https://wire.example".into()],
            ..FeedSettings::default()
        };
        let page = "https://news.example";
        assert!(settings.origin_allowed("https://news.example", page));
        assert!(settings.origin_allowed("https://WIRE.example", page));
        assert!(!settings.origin_allowed("https://evil.example", page));
        assert!(!settings.origin_allowed("http://news.example", page));
        assert!(!settings.origin_allowed("https://news.example:8443", page));
        assert!(!settings.origin_allowed("null", "null"));
    }
}
