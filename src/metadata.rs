//! Metadata for sharing and search: the document's description, canonical
//! link, OpenGraph and Twitter tags and a schema.org `NewsArticle`, kept in
//! step with the article being read.
//!
//! [`ArticleMeta::of`] and [`ArticleMeta::json_ld`] are pure and host-tested;
//! [`apply`] writes them into `<head>`.

use serde_json::json;

use crate::content::policy::is_web_address;
use crate::content::text::excerpt;
use crate::model::{Body, Feed, Item};

/// How long a description may be, in characters (what previews show).
const DESCRIPTION_CHARS: usize = 160;

/// What the page says about the article it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMeta {
    pub title: String,
    pub description: String,
    /// The article's own URL, else this page's address for it.
    pub canonical: String,
    pub image: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub authors: Vec<String>,
    pub site_name: Option<String>,
    /// OpenGraph's `ll_TT` form of the language.
    pub og_locale: String,
}

impl ArticleMeta {
    /// The metadata of `item`; `page_url` is this page's absolute address of
    /// it; `body_text` the plain text of an HTML body (for the description).
    pub fn of(
        feed: &Feed,
        item: &Item,
        page_url: &str,
        language: &str,
        body_text: Option<&str>,
    ) -> Self {
        let description = match (&item.summary, &item.body, body_text) {
            (Some(summary), _, _) if !summary.trim().is_empty() => {
                excerpt(summary, DESCRIPTION_CHARS)
            }
            (_, Body::Text(text), _) => excerpt(text, DESCRIPTION_CHARS),
            (_, _, Some(text)) => excerpt(text, DESCRIPTION_CHARS),
            _ => String::new(),
        };
        Self {
            title: crate::i18n::Locale::of_language(language)
                .strings()
                .label_of(item)
                .to_owned(),
            description,
            canonical: item
                .url
                .clone()
                .filter(|u| is_web_address(u))
                .unwrap_or_else(|| page_url.to_owned()),
            image: item.image.clone().filter(|u| is_web_address(u)),
            published: item.date_published.as_ref().map(|d| d.text.clone()),
            modified: item.date_modified.as_ref().map(|d| d.text.clone()),
            authors: feed
                .authors_of(item)
                .iter()
                .filter_map(|a| a.name.clone())
                .collect(),
            site_name: feed.title.clone(),
            og_locale: og_locale(language),
        }
    }

    /// The schema.org `NewsArticle` as JSON-LD.
    pub fn json_ld(&self) -> String {
        let mut object = serde_json::Map::new();
        object.insert("@context".into(), "https://schema.org".into());
        object.insert("@type".into(), "NewsArticle".into());
        object.insert("headline".into(), self.title.clone().into());
        object.insert("mainEntityOfPage".into(), self.canonical.clone().into());
        let authors: Vec<_> = self
            .authors
            .iter()
            .map(|name| json!({"@type": "Person", "name": name}))
            .collect();
        object.insert("author".into(), authors.into());
        if !self.description.is_empty() {
            object.insert("description".into(), self.description.clone().into());
        }
        if let Some(image) = &self.image {
            object.insert("image".into(), json!([image]));
        }
        if let Some(published) = &self.published {
            object.insert("datePublished".into(), published.clone().into());
        }
        if let Some(modified) = self.modified.as_ref().or(self.published.as_ref()) {
            object.insert("dateModified".into(), modified.clone().into());
        }
        // `<` never appears raw inside the script element, whatever the feed says.
        serde_json::Value::Object(object)
            .to_string()
            .replace('<', "\\u003c")
    }

    /// `(attribute, key, content)` of every `<meta>` tag to write.
    pub fn meta_tags(&self) -> Vec<(&'static str, &'static str, String)> {
        let mut tags = vec![
            ("property", "og:type", "article".to_owned()),
            ("property", "og:title", self.title.clone()),
            ("property", "og:url", self.canonical.clone()),
            ("property", "og:locale", self.og_locale.clone()),
            ("name", "twitter:title", self.title.clone()),
        ];
        let large = self.image.is_some();
        tags.push((
            "name",
            "twitter:card",
            if large {
                "summary_large_image"
            } else {
                "summary"
            }
            .to_owned(),
        ));
        if !self.description.is_empty() {
            tags.push(("name", "description", self.description.clone()));
            tags.push(("property", "og:description", self.description.clone()));
            tags.push(("name", "twitter:description", self.description.clone()));
        }
        if let Some(image) = &self.image {
            tags.push(("property", "og:image", image.clone()));
            tags.push(("name", "twitter:image", image.clone()));
        }
        if let Some(site) = &self.site_name {
            tags.push(("property", "og:site_name", site.clone()));
        }
        if let Some(published) = &self.published {
            tags.push(("property", "article:published_time", published.clone()));
        }
        if let Some(modified) = &self.modified {
            tags.push(("property", "article:modified_time", modified.clone()));
        }
        for author in &self.authors {
            tags.push(("property", "article:author", author.clone()));
        }
        tags
    }
}

/// OpenGraph's `ll_TT` for a BCP 47 tag.
pub fn og_locale(language: &str) -> String {
    let lower = language.trim().replace('_', "-");
    let mut subtags = lower.split('-');
    let primary = subtags.next().unwrap_or_default().to_ascii_lowercase();
    match subtags.find(|s| s.len() == 2) {
        Some(region) => format!("{primary}_{}", region.to_ascii_uppercase()),
        None => match primary.as_str() {
            "ar" => "ar_AR".to_owned(),
            "en" => "en_US".to_owned(),
            "fa" => "fa_IR".to_owned(),
            "he" => "he_IL".to_owned(),
            "ur" => "ur_PK".to_owned(),
            other => other.to_owned(),
        },
    }
}

/// Writes `meta` into `<head>`, replacing what an earlier article wrote.
/// Every element it owns carries `data-article-viewer`.
pub fn apply(document: &web_sys::Document, meta: &ArticleMeta) {
    let Some(head) = document.head() else { return };
    if let Ok(old) = document.query_selector_all("[data-article-viewer]") {
        for index in 0..old.length() {
            if let Some(node) = old.item(index) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    let add = |tag: &str, attributes: &[(&str, &str)], text: Option<&str>| {
        if let Ok(element) = document.create_element(tag) {
            let _ = element.set_attribute("data-article-viewer", "");
            for (name, value) in attributes {
                let _ = element.set_attribute(name, value);
            }
            if text.is_some() {
                element.set_text_content(text);
            }
            let _ = head.append_child(&element);
        }
    };
    add(
        "link",
        &[("rel", "canonical"), ("href", &meta.canonical)],
        None,
    );
    for (attribute, key, content) in meta.meta_tags() {
        add("meta", &[(attribute, key), ("content", &content)], None);
    }
    add(
        "script",
        &[("type", "application/ld+json")],
        Some(&meta.json_ld()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jsonfeed::parse_feed;

    fn feed() -> Feed {
        parse_feed(
            r#"{"version": "https://jsonfeed.org/version/1.1", "title": "مشهد إخباري", "language": "ar",
                "authors": [{"name": "المكتب"}],
                "items": [
                  {"id": "a", "title": "عنوان </script><script>x()</script>", "summary": "ملخص الخبر",
                   "url": "https://news.example/a", "image": "https://news.example/a.jpg",
                   "date_published": "2024-10-25T08:30:00Z", "content_html": "<p>x</p>"},
                  {"id": "b", "title": "ب", "content_text": "نص فقط", "url": "javascript:alert(1)", "language": "en-GB"}
                ]}"#,
        )
        .unwrap()
        .feed
    }

    #[test]
    fn full_metadata_for_a_complete_item() {
        let feed = feed();
        let meta = ArticleMeta::of(
            &feed,
            &feed.items[0],
            "https://viewer.example/?article=a",
            "ar",
            None,
        );
        assert_eq!(meta.canonical, "https://news.example/a");
        assert_eq!(meta.og_locale, "ar_AR");
        let tags = meta.meta_tags();
        let get = |key: &str| {
            tags.iter()
                .find(|(_, k, _)| *k == key)
                .map(|(_, _, v)| v.as_str())
        };
        assert_eq!(get("og:type"), Some("article"));
        assert_eq!(get("article:published_time"), Some("2024-10-25T08:30:00Z"));
        assert_eq!(get("article:author"), Some("المكتب"));
        assert_eq!(get("twitter:card"), Some("summary_large_image"));
        assert_eq!(get("description"), Some("ملخص الخبر"));
        let ld: serde_json::Value = serde_json::from_str(&meta.json_ld()).unwrap();
        assert_eq!(ld["@type"], "NewsArticle");
        assert_eq!(ld["headline"], "عنوان </script><script>x()</script>");
        assert_eq!(ld["image"][0], "https://news.example/a.jpg");
        assert_eq!(ld["dateModified"], "2024-10-25T08:30:00Z");
        assert!(
            !meta.json_ld().contains("</script"),
            "the script element cannot be closed from the feed"
        );
    }

    #[test]
    fn unsafe_urls_fall_back_to_the_page() {
        let feed = feed();
        let meta = ArticleMeta::of(
            &feed,
            &feed.items[1],
            "https://viewer.example/?article=b",
            "en-GB",
            None,
        );
        assert_eq!(meta.canonical, "https://viewer.example/?article=b");
        assert_eq!(meta.og_locale, "en_GB");
        assert_eq!(meta.description, "نص فقط");
        assert!(meta
            .meta_tags()
            .iter()
            .all(|(_, key, _)| *key != "og:image"));
    }
}
