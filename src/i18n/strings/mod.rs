//! Every string the viewer shows, in each UI language, one file per language.
//!
//! Right-to-left languages are this viewer's home ground: Arabic, Persian,
//! Urdu and Hebrew have tables of their own, beside English, which every
//! other language falls back to. [`Locale::of_language`] picks a table from
//! an article's language. Dates and numbers are not here: they go through
//! the browser's `Intl` ([`super::dates`]), which knows every language.

mod arabic;
mod english;
mod hebrew;
mod persian;
mod urdu;

pub use arabic::ARABIC;
pub use english::ENGLISH;
pub use hebrew::HEBREW;
pub use persian::PERSIAN;
pub use urdu::URDU;

use crate::error::ViewerError;
use crate::model::{Body, Item};

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    Arabic,
    English,
    Persian,
    Urdu,
    Hebrew,
}

impl Locale {
    /// Every UI language, for tests and checks over all tables.
    pub const ALL: [Locale; 5] = [
        Locale::Arabic,
        Locale::English,
        Locale::Persian,
        Locale::Urdu,
        Locale::Hebrew,
    ];

    /// The UI language for a BCP 47 tag: its primary subtag's table, else
    /// English. `iw`, Hebrew's withdrawn code, still appears in feeds.
    pub fn of_language(tag: &str) -> Self {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "ar" => Locale::Arabic,
            "fa" => Locale::Persian,
            "ur" => Locale::Urdu,
            "he" | "iw" => Locale::Hebrew,
            _ => Locale::English,
        }
    }

    /// The strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Locale::Arabic => &ARABIC,
            Locale::English => &ENGLISH,
            Locale::Persian => &PERSIAN,
            Locale::Urdu => &URDU,
            Locale::Hebrew => &HEBREW,
        }
    }
}

/// The UI's words in one language.
pub struct Strings {
    pub lang: &'static str,
    pub skip_to_article: &'static str,
    pub reader_settings: &'static str,
    pub smaller_text: &'static str,
    pub larger_text: &'static str,
    pub theme: &'static str,
    pub theme_name: fn(&str) -> &'static str,
    pub narrow_column: &'static str,
    pub digits: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    pub share_failed: &'static str,
    pub loading: &'static str,
    pub by: &'static str,
    /// What joins the names of several authors ("، " in Arabic script).
    pub list_separator: &'static str,
    pub about_author: &'static str,
    pub related_posts: &'static str,
    pub read_more: &'static str,
    pub latest_posts: &'static str,
    pub most_viewed: &'static str,
    pub newer_posts: &'static str,
    pub older_posts: &'static str,
    pub page_of: fn(usize, usize) -> String,
    pub views: fn(u64) -> String,
    pub reading_time: fn(u32) -> String,
    /// The label of an untitled post with no words, only a picture.
    pub photo_post: &'static str,
    /// The label of an untitled post with no words and no picture.
    pub untitled_post: &'static str,
    /// The card standing for an embedded frame: what it is, and its link.
    pub embedded_from: fn(&str) -> String,
    pub open_on: fn(&str) -> String,
    /// Names of a podcast's audio and video players.
    pub audio: &'static str,
    pub video: &'static str,
    pub download_media: &'static str,
    pub storage_notice: &'static str,
    pub error_heading: &'static str,
    pub error_retry: &'static str,
    pub error_home: &'static str,
    pub error_title: fn(&ViewerError) -> &'static str,
    pub error_detail: fn(&ViewerError) -> String,
}

impl Strings {
    /// How an item is named in headings and lists: its title, else the
    /// first words of its text, else (a photo post) "Photo".
    pub fn label_of<'a>(&'a self, item: &'a Item) -> &'a str {
        if let Some(label) = item.text_label() {
            return label;
        }
        let pictured = item.image.is_some()
            || matches!(&item.body, Body::Html(html) if html.to_ascii_lowercase().contains("<img"));
        if pictured {
            self.photo_post
        } else {
            self.untitled_post
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jsonfeed::FeedError;

    #[test]
    fn locale_follows_primary_subtag() {
        assert_eq!(Locale::of_language("ar-EG"), Locale::Arabic);
        assert_eq!(Locale::of_language("AR"), Locale::Arabic);
        assert_eq!(Locale::of_language("en-GB"), Locale::English);
        assert_eq!(Locale::of_language("fa-IR"), Locale::Persian);
        assert_eq!(Locale::of_language("ur"), Locale::Urdu);
        assert_eq!(Locale::of_language("he"), Locale::Hebrew);
        assert_eq!(Locale::of_language("iw"), Locale::Hebrew);
        assert_eq!(Locale::of_language("de"), Locale::English);
        assert_eq!(Locale::of_language(""), Locale::English);
    }

    #[test]
    fn arabic_view_counts_use_all_six_forms() {
        let views = ARABIC.views;
        assert_eq!(views(0), "لا مشاهدات");
        assert_eq!(views(1), "مشاهدة واحدة");
        assert_eq!(views(2), "مشاهدتان");
        assert_eq!(views(3), "3 مشاهدات");
        assert_eq!(views(11), "11 مشاهدة");
        assert_eq!(views(100), "100 مشاهدة");
    }

    #[test]
    fn arabic_reading_time_agrees_with_the_number() {
        let reading = ARABIC.reading_time;
        assert_eq!(reading(1), "قراءة في دقيقة واحدة");
        assert_eq!(reading(2), "قراءة في دقيقتين");
        assert_eq!(reading(3), "قراءة في 3 دقائق");
        assert_eq!(reading(11), "قراءة في 11 دقيقة");
        assert_eq!(reading(100), "قراءة في 100 دقيقة");
        assert_eq!((ENGLISH.reading_time)(4), "4 min read");
    }

    #[test]
    fn persian_urdu_and_hebrew_counts_agree_with_the_number() {
        assert_eq!((PERSIAN.views)(1), "1 بازدید");
        assert_eq!((PERSIAN.views)(12), "12 بازدید");
        assert_eq!((URDU.views)(1), "1 ملاحظہ");
        assert_eq!((URDU.views)(7), "7 ملاحظات");
        assert_eq!((HEBREW.views)(1), "צפייה אחת");
        assert_eq!((HEBREW.views)(2), "2 צפיות");
        assert_eq!((HEBREW.views)(30), "30 צפיות");
        assert_eq!((HEBREW.reading_time)(1), "דקת קריאה אחת");
        assert_eq!((HEBREW.reading_time)(2), "2 דקות קריאה");
    }

    #[test]
    fn every_table_is_filled_and_names_its_language() {
        for locale in Locale::ALL {
            let strings = locale.strings();
            assert_eq!(Locale::of_language(strings.lang), locale);
            for text in [
                strings.skip_to_article,
                strings.by,
                strings.related_posts,
                strings.most_viewed,
                strings.photo_post,
                strings.untitled_post,
                strings.error_heading,
            ] {
                assert!(!text.trim().is_empty(), "{}", strings.lang);
            }
            assert!((strings.open_on)("YouTube").contains("YouTube"));
            assert!((strings.embedded_from)("Vimeo").contains("Vimeo"));
            assert!((strings.page_of)(2, 9).contains('9'));
        }
        // The right-to-left tables are written in their own scripts.
        for strings in [&ARABIC, &PERSIAN, &URDU, &HEBREW] {
            assert_eq!(
                crate::i18n::detect::detect_language(strings.related_posts).map(|l| &l[..2]),
                Some(&strings.lang[..2]),
                "{}",
                strings.lang
            );
        }
    }

    #[test]
    fn an_untitled_item_is_named_by_its_words_else_by_what_it_shows() {
        let item = |json: &str| {
            crate::jsonfeed::parse_feed(&format!(
                r#"{{"version": "https://jsonfeed.org/version/1.1", "items": [{json}]}}"#
            ))
            .unwrap()
            .feed
            .items
            .remove(0)
        };
        let titled = item(r#"{"id": "1", "title": "A &amp; B", "content_html": "<p>x</p>"}"#);
        assert_eq!(ENGLISH.label_of(&titled), "A & B");
        let words = item(r#"{"id": "2", "content_html": "<p>Testing on <b>Thursday</b>.</p>"}"#);
        assert_eq!(ENGLISH.label_of(&words), "Testing on Thursday.");
        let photo =
            item(r#"{"id": "3", "content_html": "<p><img src='https://x.example/a.jpg'></p>"}"#);
        assert_eq!(ENGLISH.label_of(&photo), "Photo");
        assert_eq!(ARABIC.label_of(&photo), "صورة");
        let wordless = item(
            r#"{"id": "4", "content_html": "<p> </p><video src='https://x.example/v.mp4'></video>"}"#,
        );
        assert_eq!(HEBREW.label_of(&wordless), HEBREW.untitled_post);
    }

    #[test]
    fn english_view_counts() {
        assert_eq!((ENGLISH.views)(1), "1 view");
        assert_eq!((ENGLISH.views)(0), "0 views");
        assert_eq!((ENGLISH.views)(21), "21 views");
    }

    #[test]
    fn every_error_has_a_specific_title_in_every_language() {
        use crate::wordpress::WordPressError;
        let errors = [
            ViewerError::Unreachable {
                url: "u".into(),
                reason: "r".into(),
            },
            ViewerError::Http {
                url: "u".into(),
                status: 404,
            },
            ViewerError::Http {
                url: "u".into(),
                status: 500,
            },
            ViewerError::Timeout {
                url: "u".into(),
                seconds: 5,
            },
            ViewerError::TooLarge {
                url: "u".into(),
                limit: 1,
            },
            ViewerError::FeedNotAllowed { url: "u".into() },
            FeedError::NotJson { detail: "d".into() }.into(),
            FeedError::NotJsonFeed { found: None }.into(),
            FeedError::WrongType {
                field: "items",
                detail: "d".into(),
            }
            .into(),
            FeedError::NoItems { skipped: 0 }.into(),
            ViewerError::ArticleNotFound { id: "x".into() },
            ViewerError::BodyUnreadable {
                id: "x".into(),
                reason: "r".into(),
            },
            WordPressError::HtmlInsteadOfJson { url: "u".into() }.into(),
            WordPressError::RestClosed {
                url: "u".into(),
                status: 401,
                code: None,
            }
            .into(),
            WordPressError::NotWordPress {
                url: "u".into(),
                detail: "d".into(),
            }
            .into(),
            WordPressError::Api {
                url: "u".into(),
                status: 500,
                code: "c".into(),
                message: "m".into(),
            }
            .into(),
            WordPressError::PagePastEnd { page: 3 }.into(),
            WordPressError::NotPosts {
                url: "u".into(),
                detail: "d".into(),
            }
            .into(),
            WordPressError::NoPosts { skipped: 0 }.into(),
        ];
        for strings in Locale::ALL.map(Locale::strings) {
            let titles: std::collections::HashSet<_> =
                errors.iter().map(strings.error_title).collect();
            assert_eq!(
                titles.len(),
                errors.len(),
                "{} titles must differ",
                strings.lang
            );
            for error in &errors {
                assert!(!(strings.error_detail)(error).is_empty());
            }
        }
        assert_eq!(
            (ENGLISH.error_detail)(&ViewerError::Http {
                url: "feed.json".into(),
                status: 500
            }),
            "The feed at feed.json answered HTTP 500."
        );
    }
}
