//! From bytes to a [`Feed`]: JSON Feed 1.0 and 1.1, leniently per item, strictly per feed.
//!
//! A feed-level problem (not JSON, not a JSON Feed, a field of the wrong type,
//! nothing usable) is a [`FeedError`]. An item-level problem skips that item
//! with an [`ItemWarning`] so the good items still render: one bad article
//! from a publisher's CMS should not blank the page.

use std::collections::BTreeMap;

use super::error::FeedError;
use super::raw::{RawAttachment, RawAuthor, RawId, RawItemExtension, EXTENSION_KEY};
use crate::model::fields::{lead_of, plain, timestamp};
use crate::model::language::detect_languages;
use crate::model::parsed::collect_items;
use crate::model::{Attachment, Author, Body, Feed, Item, ItemWarning, ParsedFeed, Timestamp};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

/// The version URLs this parser understands (JSON Feed 1 and 1.1). Feed
/// readers accept the `http:` spelling too, which real feeds still carry.
const VERSION_PREFIXES: &[&str] = &[
    "https://jsonfeed.org/version/1",
    "http://jsonfeed.org/version/1",
];

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
        Some(v)
            if VERSION_PREFIXES
                .iter()
                .any(|prefix| v.trim().starts_with(prefix)) => {}
        _ => {
            return Err(FeedError::NotJsonFeed {
                found: version.or_else(|| fields.get("version").map(|raw| raw.get().to_owned())),
            })
        }
    }

    let title = field::<String>(&fields, "title")?.map(plain);
    let home_page_url = field::<String>(&fields, "home_page_url")?;
    let language = field::<String>(&fields, "language")?.filter(|l| !l.trim().is_empty());
    let authors = authors_of(field::<Vec<RawAuthor>>(&fields, "authors")?, || {
        field::<RawAuthor>(&fields, "author")
    })?;
    let raw_items: Vec<&RawValue> = match fields.get("items") {
        None => Vec::new(),
        Some(raw) => serde_json::from_str::<Option<Vec<&RawValue>>>(raw.get())
            .map_err(|e| FeedError::WrongType {
                field: "items",
                detail: e.to_string(),
            })?
            .unwrap_or_default(),
    };

    let (mut items, warnings) = collect_items(raw_items, "id", item);
    let detected_language = if language.is_none() {
        detect_languages(&mut items)
    } else {
        None
    };
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
            detected_language,
            authors,
            items,
            // A feed is read whole (JSON Feed's optional `next_url` is not followed).
            more: Default::default(),
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

type ItemProblem = crate::model::parsed::EntryProblem;

/// One item's members, read one by one: a member of the wrong type is
/// ignored with a warning that names it, and the item is kept.
struct ItemFields<'a, 'w> {
    members: BTreeMap<String, &'a RawValue>,
    index: usize,
    id: String,
    warnings: &'w mut Vec<ItemWarning>,
}

impl ItemFields<'_, '_> {
    fn warn(&mut self, problem: String) {
        self.warnings
            .push(ItemWarning::field_ignored(self.index, &self.id, problem));
    }

    /// The member `name` as a `T`; `None` when absent, `null`, or of the
    /// wrong type (then with a warning).
    fn get<T: DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        let raw = self.members.get(name)?.get();
        match serde_json::from_str::<Option<T>>(raw) {
            Ok(value) => value,
            Err(error) => {
                let shown: String = raw.chars().take(60).collect();
                self.warn(format!(
                    "`{name}` ignored, it has the wrong type ({error}): {shown}"
                ));
                None
            }
        }
    }

    /// A text member, with blank text counted as absent.
    fn text(&mut self, name: &str) -> Option<String> {
        self.get::<String>(name)
            .filter(|text| !text.trim().is_empty())
    }

    /// A plain-text member meant for people (a title, a summary), its
    /// character references decoded.
    fn plain_text(&mut self, name: &str) -> Option<String> {
        self.text(name)
            .map(plain)
            .filter(|text| !text.trim().is_empty())
    }

    /// A URL member: text that is not a plausible address ("None", "null",
    /// spaces) is ignored with a warning.
    fn address(&mut self, name: &str) -> Option<String> {
        let text = self.text(name)?;
        let trimmed = text.trim();
        if trimmed.is_empty()
            || ["none", "null", "undefined", "nil", "false"]
                .contains(&trimmed.to_ascii_lowercase().as_str())
        {
            self.warn(format!(
                "`{name}` ignored, it is not an address: {trimmed:?}"
            ));
            return None;
        }
        // Spaces inside an address (`/blog/2023_04 태그, 구현(1)`) are read
        // as browsers read them: encoded; tabs and newlines are dropped.
        Some(trimmed.replace(['\t', '\n', '\r'], "").replace(' ', "%20"))
    }

    fn date(&mut self, name: &str) -> Option<Timestamp> {
        let text = self.text(name)?;
        let parsed = timestamp(&text);
        if parsed.is_none() {
            self.warn(format!("`{name}` is not an RFC 3339 date: {text:?}"));
        }
        parsed
    }
}

fn item(
    index: usize,
    raw: &RawValue,
    warnings: &mut Vec<ItemWarning>,
) -> Result<Item, ItemProblem> {
    let members: BTreeMap<String, &RawValue> =
        serde_json::from_str(raw.get()).map_err(|e| (None, format!("not an object: {e}")))?;
    let member_text = |name: &str| {
        members
            .get(name)
            .and_then(|raw| serde_json::from_str::<RawId>(raw.get()).ok())
            .map(RawId::into_string)
            .filter(|text| !text.trim().is_empty())
    };
    // Feed readers fall back to the item's address when a publisher's
    // template forgot the id; so does this viewer, with a warning.
    let (id, id_from_url) = match member_text("id") {
        Some(id) => (id, false),
        None => match member_text("url") {
            Some(url) => (url, true),
            None => {
                return Err((
                    None,
                    "no usable `id` (nor a `url` to stand for it)".to_owned(),
                ))
            }
        },
    };
    let mut fields = ItemFields {
        members,
        index,
        id: id.clone(),
        warnings,
    };
    if id_from_url {
        fields.warn("no usable `id`: its `url` stands for it".into());
    }

    let blank = |text: &String| text.trim().is_empty();
    let body = match (
        fields.get::<String>("content_html"),
        fields.get::<String>("content_text"),
    ) {
        (Some(html), Some(text)) if blank(&html) && !blank(&text) => Body::Text(text),
        (Some(html), _) => Body::Html(html),
        (None, Some(text)) => Body::Text(text),
        (None, None) => Body::Empty,
    };
    let has_body = match &body {
        Body::Html(text) | Body::Text(text) => !blank(text),
        Body::Empty => false,
    };
    let title = fields.plain_text("title");
    let summary = fields.plain_text("summary");
    let image = fields
        .address("image")
        .or_else(|| fields.address("banner_image"));
    if title.is_none() && !has_body && summary.is_none() && image.is_none() {
        return Err((
            Some(id),
            "nothing to show: no title, body, summary or image".into(),
        ));
    }
    let date_published = fields.date("date_published");
    let date_modified = fields.date("date_modified");

    let extension = fields
        .get::<RawItemExtension>(EXTENSION_KEY)
        .unwrap_or_default();
    let listed = fields.get::<Vec<RawAuthor>>("authors");
    let authors = authors_of(listed, || {
        Ok::<_, std::convert::Infallible>(fields.get::<RawAuthor>("author"))
    })
    .unwrap_or_default();
    let tags = fields
        .get::<Vec<serde_json::Value>>("tags")
        .unwrap_or_default()
        .into_iter()
        .filter_map(|tag| match tag {
            serde_json::Value::String(tag) if !tag.trim().is_empty() => Some(plain(tag)),
            _ => None,
        })
        .collect();
    let attachments = fields
        .get::<Vec<serde_json::Value>>("attachments")
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .filter_map(|(position, value)| match attachment(value) {
            Ok(attachment) => Some(attachment),
            Err(problem) => {
                fields.warn(format!("attachment {position} ignored: {problem}"));
                None
            }
        })
        .collect();
    let lead = match &title {
        Some(_) => None,
        None => lead_of(summary.as_deref(), &body),
    };

    Ok(Item {
        url: fields.address("url"),
        title,
        body,
        summary,
        lead,
        image,
        image_meta: Default::default(),
        date_published,
        date_modified,
        authors,
        tags,
        attachments,
        language: fields.text("language"),
        detected_language: None,
        publisher_views: extension.views.unwrap_or(0),
        related: extension
            .related
            .map(|ids| ids.into_iter().map(RawId::into_string).collect()),
        id,
    })
}

/// The authors of a feed or an item: its `authors` (1.1), or else the single
/// `author` of JSON Feed 1.0, read only when no usable `authors` are given;
/// authors with nothing to show are left out. `single` reads the 1.0 field
/// with the caller's own strictness (an error for the feed, a warning for an
/// item).
fn authors_of<E>(
    listed: Option<Vec<RawAuthor>>,
    single: impl FnOnce() -> Result<Option<RawAuthor>, E>,
) -> Result<Vec<Author>, E> {
    let mut authors: Vec<Author> = listed
        .unwrap_or_default()
        .into_iter()
        .map(author)
        .filter(|a| !a.is_blank())
        .collect();
    if authors.is_empty() {
        authors.extend(single()?.map(author).filter(|a| !a.is_blank()));
    }
    Ok(authors)
}

fn author(raw: RawAuthor) -> Author {
    Author {
        name: raw.name.map(plain).filter(|n| !n.trim().is_empty()),
        url: raw.url,
        avatar: raw.avatar,
        bio: raw
            .extension
            .and_then(|ext| ext.bio)
            .map(plain)
            .filter(|b| !b.trim().is_empty()),
    }
}

/// One attachment, kept when it has a web address and a media type.
fn attachment(value: serde_json::Value) -> Result<Attachment, String> {
    let raw: RawAttachment =
        serde_json::from_value(value).map_err(|e| format!("not an attachment object ({e})"))?;
    let url = raw
        .url
        .map(|u| u.trim().to_owned())
        .filter(|u| crate::content::policy::is_web_address(u))
        .ok_or("no `url` with an http(s) address")?;
    let mime_type = raw
        .mime_type
        .map(|m| m.trim().to_owned())
        .filter(|m| m.contains('/'))
        .ok_or("no `mime_type`")?;
    // Sizes and durations written as fractions (`1234.0`) still count.
    let whole = |n: Option<serde_json::Number>| {
        n.and_then(|n| {
            n.as_u64()
                .or_else(|| n.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64))
        })
    };
    Ok(Attachment {
        url,
        mime_type,
        title: raw.title.map(plain).filter(|t| !t.trim().is_empty()),
        size_in_bytes: whole(raw.size_in_bytes),
        duration_in_seconds: whole(raw.duration_in_seconds),
    })
}
