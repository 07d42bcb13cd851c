//! Field readers every source shares: plain text with its references
//! decoded, the lead that stands for an untitled item's title, and dates.

use time::format_description::well_known::{Rfc2822, Rfc3339};
use time::OffsetDateTime;

use super::feed::{Body, Timestamp};
use super::plain_text::{decode_references, words_of_markup};

/// Plain text with its character references decoded.
pub fn plain(text: String) -> String {
    match decode_references(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        decoded => decoded.into_owned(),
    }
}

/// How many characters of an untitled item's text stand for its title:
/// about a line of a sidebar entry, as feed readers show micro-blog posts.
const LEAD_CHARS: usize = 80;

/// The first words of an untitled item: its summary, else its body's text.
pub fn lead_of(summary: Option<&str>, body: &Body) -> Option<String> {
    let text = match (summary, body) {
        (Some(summary), _) => summary.to_owned(),
        (None, Body::Html(html)) => words_of_markup(html),
        (None, Body::Text(text)) => text.clone(),
        (None, Body::Empty) => return None,
    };
    let lead = crate::content::text::excerpt(&text, LEAD_CHARS);
    (!lead.trim().is_empty()).then_some(lead)
}

/// Parses an RFC 3339 date, or the RFC 2822 dates of RSS that some JSON
/// Feed templates copy ("Fri, 31 May 2019 12:17:58 -0700"); `None` for
/// anything else.
pub fn timestamp(text: &str) -> Option<Timestamp> {
    let trimmed = text.trim();
    let instant = OffsetDateTime::parse(trimmed, &Rfc3339)
        .or_else(|_| OffsetDateTime::parse(trimmed, &Rfc2822))
        .ok()?;
    let millis = instant.unix_timestamp_nanos() / 1_000_000;
    Some(Timestamp {
        text: text.to_owned(),
        unix_millis: i64::try_from(millis).ok()?,
    })
}
