//! From bytes to a [`Feed`]: JSON Feed 1.0 and 1.1, leniently per item, strictly per feed.
//!
//! A feed-level problem (not JSON, not a JSON Feed, a field of the wrong type,
//! nothing usable) is a [`FeedError`]. An item-level problem skips that item
//! with an [`ItemWarning`] so the good items still render: one bad article
//! from a publisher's CMS should not blank the page.

use std::collections::{BTreeMap, HashSet};

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::error::FeedError;
use super::model::{Author, Body, Feed, Item, Timestamp};
use super::raw::{RawAuthor, RawId, RawItem, RawItemExtension, EXTENSION_KEY};

/// The version URLs this parser understands (JSON Feed 1 and 1.1).
const VERSION_PREFIX: &str = "https://jsonfeed.org/version/1";

/// A feed and what was wrong with the parts of it that were dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFeed {
    pub feed: Feed,
    pub warnings: Vec<ItemWarning>,
}

/// Something in one item that the parser dropped or ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemWarning {
    /// The item's index in the feed's `items` array.
    pub index: usize,
    /// The item's id, when it had a usable one.
    pub id: Option<String>,
    pub problem: String,
    /// True when the whole item was skipped, false when only a field was.
    pub skipped: bool,
}

impl std::fmt::Display for ItemWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let action = if self.skipped { "skipped" } else { "kept" };
        match &self.id {
            Some(id) => write!(
                f,
                "item {} (id {id:?}) {action}: {}",
                self.index, self.problem
            ),
            None => write!(f, "item {} {action}: {}", self.index, self.problem),
        }
    }
}

/// Parses a JSON Feed document as the network delivers it: bytes that must
/// be UTF-8 (JSON allows nothing else), with or without a byte order mark.
pub fn parse_feed_bytes(bytes: &[u8]) -> Result<ParsedFeed, FeedError> {
    let text = std::str::from_utf8(bytes).map_err(|e| FeedError::NotJson {
        detail: format!("the bytes are not UTF-8 (at byte {})", e.valid_up_to()),
    })?;
    parse_feed(text)
}

/// Parses a JSON Feed document.
pub fn parse_feed(text: &str) -> Result<ParsedFeed, FeedError> {
    // A UTF-8 byte order mark is legal in files but not in JSON text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let fields = top_level_fields(text)?;

    let version = match fields.get("version") {
        Some(raw) => serde_json::from_str::<String>(raw.get()).ok(),
        None => None,
    };
    match &version {
        Some(v) if v.starts_with(VERSION_PREFIX) => {}
        _ => {
            return Err(FeedError::NotJsonFeed {
                found: version.or_else(|| fields.get("version").map(|raw| raw.get().to_owned())),
            })
        }
    }

    let title = field::<String>(&fields, "title")?;
    let home_page_url = field::<String>(&fields, "home_page_url")?;
    let language = field::<String>(&fields, "language")?.filter(|l| !l.trim().is_empty());
    let mut authors: Vec<Author> = field::<Vec<RawAuthor>>(&fields, "authors")?
        .unwrap_or_default()
        .into_iter()
        .map(author)
        .filter(|a| !a.is_blank())
        .collect();
    if authors.is_empty() {
        if let Some(single) = field::<RawAuthor>(&fields, "author")? {
            authors.extend(Some(author(single)).filter(|a| !a.is_blank()));
        }
    }
    let raw_items: Vec<&RawValue> = match fields.get("items") {
        None => Vec::new(),
        Some(raw) => serde_json::from_str::<Option<Vec<&RawValue>>>(raw.get())
            .map_err(|e| FeedError::WrongType {
                field: "items",
                detail: e.to_string(),
            })?
            .unwrap_or_default(),
    };

    let mut warnings = Vec::new();
    let mut items = Vec::with_capacity(raw_items.len());
    let mut seen = HashSet::new();
    for (index, raw) in raw_items.into_iter().enumerate() {
        match item(index, raw, &mut warnings) {
            Ok(item) if !seen.insert(item.id.clone()) => warnings.push(ItemWarning {
                index,
                id: Some(item.id),
                problem: "another item already has this id".into(),
                skipped: true,
            }),
            Ok(item) => items.push(item),
            Err((id, problem)) => warnings.push(ItemWarning {
                index,
                id,
                problem,
                skipped: true,
            }),
        }
    }
    if items.is_empty() {
        return Err(FeedError::NoItems {
            skipped: warnings.iter().filter(|w| w.skipped).count(),
        });
    }
    Ok(ParsedFeed {
        feed: Feed {
            title,
            home_page_url,
            language,
            authors,
            items,
        },
        warnings,
    })
}

/// The top-level object's members, unparsed. Later duplicates win, as in
/// most JSON parsers.
fn top_level_fields(text: &str) -> Result<BTreeMap<String, &RawValue>, FeedError> {
    let value: &RawValue = serde_json::from_str(text).map_err(|e| FeedError::NotJson {
        detail: e.to_string(),
    })?;
    if !value.get().starts_with('{') {
        return Err(FeedError::NotJsonFeed { found: None });
    }
    serde_json::from_str(value.get()).map_err(|e| FeedError::NotJson {
        detail: e.to_string(),
    })
}

/// One top-level field, `None` when absent or `null`.
fn field<T: DeserializeOwned>(
    fields: &BTreeMap<String, &RawValue>,
    name: &'static str,
) -> Result<Option<T>, FeedError> {
    match fields.get(name) {
        None => Ok(None),
        Some(raw) => {
            serde_json::from_str::<Option<T>>(raw.get()).map_err(|e| FeedError::WrongType {
                field: name,
                detail: e.to_string(),
            })
        }
    }
}

type ItemProblem = (Option<String>, String);

fn item(
    index: usize,
    raw: &RawValue,
    warnings: &mut Vec<ItemWarning>,
) -> Result<Item, ItemProblem> {
    let raw: RawItem =
        serde_json::from_str(raw.get()).map_err(|e| (id_only(raw), e.to_string()))?;
    let id = raw
        .id
        .map(RawId::into_string)
        .filter(|id| !id.trim().is_empty())
        .ok_or((None, "no `id`".to_owned()))?;
    let mut warn = |problem: String| {
        warnings.push(ItemWarning {
            index,
            id: Some(id.clone()),
            problem,
            skipped: false,
        })
    };

    let body = match (raw.content_html, raw.content_text) {
        (Some(html), _) => Body::Html(html),
        (None, Some(text)) => Body::Text(text),
        (None, None) => {
            warn("neither `content_html` nor `content_text`".into());
            Body::Empty
        }
    };
    let mut date = |name: &str, value: Option<String>| {
        value.and_then(|text| match timestamp(&text) {
            Some(ts) => Some(ts),
            None => {
                warn(format!("`{name}` is not an RFC 3339 date: {text:?}"));
                None
            }
        })
    };
    let date_published = date("date_published", raw.date_published);
    let date_modified = date("date_modified", raw.date_modified);

    let extension = match raw.extension {
        None => RawItemExtension::default(),
        Some(ext) => serde_json::from_str::<Option<RawItemExtension>>(ext.get())
            .unwrap_or_else(|e| {
                warn(format!("`{EXTENSION_KEY}` ignored: {e}"));
                None
            })
            .unwrap_or_default(),
    };

    let mut authors: Vec<Author> = raw
        .authors
        .unwrap_or_default()
        .into_iter()
        .map(author)
        .filter(|a| !a.is_blank())
        .collect();
    if authors.is_empty() {
        authors.extend(raw.author.map(author).filter(|a| !a.is_blank()));
    }

    Ok(Item {
        url: raw.url,
        title: raw.title,
        body,
        summary: raw.summary,
        image: raw.image,
        date_published,
        date_modified,
        authors,
        tags: raw.tags.unwrap_or_default(),
        language: raw.language.filter(|l| !l.trim().is_empty()),
        publisher_views: extension.views.unwrap_or(0),
        related: extension
            .related
            .map(|ids| ids.into_iter().map(RawId::into_string).collect()),
        id,
    })
}

/// The id of an item that failed to parse as a whole, so the warning can name it.
fn id_only(raw: &RawValue) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct JustId {
        id: Option<RawId>,
    }
    serde_json::from_str::<JustId>(raw.get())
        .ok()?
        .id
        .map(RawId::into_string)
        .filter(|id| !id.trim().is_empty())
}

fn author(raw: RawAuthor) -> Author {
    Author {
        name: raw.name.filter(|n| !n.trim().is_empty()),
        url: raw.url,
        avatar: raw.avatar,
        bio: raw
            .extension
            .and_then(|ext| ext.bio)
            .filter(|b| !b.trim().is_empty()),
    }
}

/// Parses an RFC 3339 date; `None` for anything else.
pub fn timestamp(text: &str) -> Option<Timestamp> {
    let instant = OffsetDateTime::parse(text.trim(), &Rfc3339).ok()?;
    let millis = instant.unix_timestamp_nanos() / 1_000_000;
    Some(Timestamp {
        text: text.to_owned(),
        unix_millis: i64::try_from(millis).ok()?,
    })
}
