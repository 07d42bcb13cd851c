//! The wire shapes of JSON Feed 1.0/1.1 and of this viewer's extension.
//!
//! Every field is optional here; [`super::parse`] decides what is required and
//! turns these into [`super::model`] types. Unknown fields are ignored.

use serde::Deserialize;

/// The extension key, on items and authors. JSON Feed reserves keys that
/// start with `_` for extensions.
pub const EXTENSION_KEY: &str = "_article_viewer";

#[derive(Deserialize, Default)]
pub struct RawAuthor {
    pub name: Option<String>,
    pub url: Option<String>,
    pub avatar: Option<String>,
    #[serde(rename = "_article_viewer")]
    pub extension: Option<RawAuthorExtension>,
}

#[derive(Deserialize, Default)]
pub struct RawAuthorExtension {
    pub bio: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct RawItemExtension {
    pub views: Option<u64>,
    pub related: Option<Vec<RawId>>,
}

/// A string id, or a number written as one.
#[derive(Deserialize)]
#[serde(untagged)]
pub enum RawId {
    Text(String),
    Number(serde_json::Number),
}

impl RawId {
    pub fn into_string(self) -> String {
        match self {
            RawId::Text(text) => text,
            RawId::Number(number) => number.to_string(),
        }
    }
}

/// One of an item's `attachments`, as publishers write it; [`super::parse`]
/// keeps those with an address and a media type.
#[derive(Deserialize, Default)]
pub struct RawAttachment {
    pub url: Option<String>,
    pub mime_type: Option<String>,
    pub title: Option<String>,
    pub size_in_bytes: Option<serde_json::Number>,
    pub duration_in_seconds: Option<serde_json::Number>,
}
