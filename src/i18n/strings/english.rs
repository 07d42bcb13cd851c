//! The UI in English, also the fallback for languages without a table.

use super::super::plural::{self, PluralCategory};
use super::Strings;
use crate::error::ViewerError;
use crate::jsonfeed::FeedError;
use crate::wordpress::WordPressError;

pub static ENGLISH: Strings = Strings {
    lang: "en",
    skip_to_article: "Skip to the article",
    reader_settings: "Reading settings",
    smaller_text: "Smaller text",
    larger_text: "Larger text",
    theme: "Theme",
    theme_name: |theme| match theme {
        "light" => "Light",
        "dark" => "Dark",
        "sepia" => "Sepia",
        _ => "Automatic",
    },
    narrow_column: "Narrower column",
    digits: "Digits",
    share: "Share",
    link_copied: "Link copied",
    share_failed: "Could not copy the link; copy it from the address bar",
    loading: "Loading the article…",
    by: "By",
    list_separator: ", ",
    about_author: "About the author",
    related_posts: "Related posts",
    read_more: "Read more",
    latest_posts: "Latest posts",
    most_viewed: "Most viewed",
    newer_posts: "Newer",
    older_posts: "Older",
    page_of: |page, pages| format!("Page {page} of {pages}"),
    views: |n| match plural::english(n) {
        PluralCategory::One => "1 view".to_owned(),
        _ => format!("{n} views"),
    },
    reading_time: |minutes| format!("{minutes} min read"),
    photo_post: "Photo",
    untitled_post: "Untitled post",
    embedded_from: |site| format!("Embedded content from {site}"),
    open_on: |site| format!("Open on {site}"),
    audio: "Audio",
    video: "Video",
    download_media: "Download the file",
    storage_notice:
        "This browser does not let the page save view counts, so they count for this visit only.",
    error_heading: "The article could not be shown",
    error_retry: "Try again",
    error_home: "Go to the first article",
    error_title: |error| match error {
        ViewerError::Unreachable { .. } => "The feed could not be reached",
        ViewerError::Http { status: 404, .. } => "The feed was not found",
        ViewerError::Http { .. } => "The server returned an error",
        ViewerError::Timeout { .. } => "The feed took too long to load",
        ViewerError::TooLarge { .. } => "The feed is too large",
        ViewerError::FeedNotAllowed { .. } => "This feed is not allowed here",
        ViewerError::Feed(FeedError::NotJson { .. }) => "The feed is damaged",
        ViewerError::Feed(FeedError::NotJsonFeed { .. }) => "This is not a JSON Feed",
        ViewerError::Feed(FeedError::WrongType { .. }) => "The feed has a field of the wrong type",
        ViewerError::Feed(FeedError::NoItems { .. }) => "The feed has no articles",
        ViewerError::WordPress(WordPressError::HtmlInsteadOfJson { .. }) => {
            "The site answered with a web page, not articles"
        }
        ViewerError::WordPress(WordPressError::RestClosed { .. }) => {
            "This WordPress site does not share its articles"
        }
        ViewerError::WordPress(WordPressError::NotWordPress { .. }) => {
            "This is neither a feed nor a WordPress site"
        }
        ViewerError::WordPress(WordPressError::Api { .. }) => {
            "The WordPress site returned an error"
        }
        ViewerError::WordPress(WordPressError::PagePastEnd { .. }) => "There are no more articles",
        ViewerError::WordPress(WordPressError::NotPosts { .. }) => {
            "The site's articles could not be read"
        }
        ViewerError::WordPress(WordPressError::NoPosts { .. }) => "The site has no articles",
        ViewerError::ArticleNotFound { .. } => "Article not found",
        ViewerError::BodyUnreadable { .. } => "The article's text could not be shown",
    },
    error_detail: |error| match error {
        ViewerError::Feed(FeedError::NoItems { skipped: 0 }) => {
            "Its items list is empty.".to_owned()
        }
        ViewerError::Feed(FeedError::NoItems { skipped }) => {
            format!("All {skipped} of its items were invalid and skipped.")
        }
        ViewerError::ArticleNotFound { id } => {
            format!("The feed has no article with the id “{id}”.")
        }
        other => {
            let mut text = other.to_string();
            if let Some(first) = text.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            text.push('.');
            text
        }
    },
};
