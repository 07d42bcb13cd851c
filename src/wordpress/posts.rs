//! WordPress posts, as `/wp/v2/posts?_embed=…` gives them, read into the
//! viewer's [`Feed`] and [`Item`]s: the same model a JSON Feed fills, so no
//! component knows which source it was.
//!
//! Read leniently, field by field, as the feed parser reads items: a field
//! of the wrong shape is ignored with a warning naming the post and the
//! field; a post is skipped only when it has no slug or id, or nothing to
//! show. The pitfalls (`../shared/design/wordpress-rest.md`): titles and
//! names are HTML with character references, dates carry no zone (the
//! `_gmt` ones are UTC), an embedded author may be an error object, and
//! terms come in no fixed order (picked by taxonomy).

use serde_json::{Map, Value};

use super::error::WordPressError;
use crate::model::parsed::{collect_items, EntryProblem};
use crate::model::plain_text::words_of_markup;
use crate::model::{
    fields::{lead_of, timestamp},
    language::detect_languages,
};
use crate::model::{Author, Body, Feed, ImageCandidate, ImageMeta, Item};
use crate::model::{ItemWarning, ParsedFeed};

/// The site as its REST index (`GET /wp-json/`) describes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Site {
    pub name: Option<String>,
    pub description: Option<String>,
    /// The site's front page (`home`).
    pub home: Option<String>,
}

impl Site {
    /// The site described by a REST index.
    pub fn of_index(index: &Value) -> Self {
        let text = |name: &str| {
            index
                .get(name)
                .and_then(Value::as_str)
                .map(words_of_markup)
                .filter(|t| !t.is_empty())
        };
        Site {
            name: text("name"),
            description: text("description"),
            home: index
                .as_object()
                .and_then(|index| web_address(index, "home").or_else(|| web_address(index, "url"))),
        }
    }
}

/// True when a REST index serves the posts routes (`wp/v2`).
pub fn index_serves_posts(index: &Value) -> bool {
    index
        .get("namespaces")
        .and_then(Value::as_array)
        .is_some_and(|names| names.iter().any(|n| n.as_str() == Some("wp/v2")))
}

/// True when a JSON value looks like a list of posts (or one post): objects
/// with an `id` and a rendered `title` or `content`.
pub fn looks_like_posts(value: &Value) -> bool {
    let is_post = |post: &Value| {
        post.get("id").is_some()
            && (post.pointer("/title/rendered").is_some()
                || post.pointer("/content/rendered").is_some())
    };
    match value {
        Value::Array(posts) => posts.first().is_some_and(is_post),
        post => is_post(post),
    }
}

/// The error object WordPress answers with (`{"code", "message", "data": {"status"}}`), if `value` is one.
pub fn api_error(value: &Value) -> Option<(String, String, Option<u16>)> {
    let code = value.get("code")?.as_str()?.to_owned();
    let message = value
        .get("message")
        .and_then(Value::as_str)
        .map(words_of_markup)
        .unwrap_or_default();
    let status = value
        .pointer("/data/status")
        .and_then(Value::as_u64)
        .and_then(|s| u16::try_from(s).ok());
    Some((code, message, status))
}

/// Posts read into items, in the site's order, with what was dropped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Posts {
    pub items: Vec<Item>,
    pub warnings: Vec<ItemWarning>,
}

/// Reads a posts answer: an array of posts, or one post object.
pub fn read_posts(value: &Value, url: &str) -> Result<Posts, WordPressError> {
    let posts: Vec<&Value> = match value {
        Value::Array(posts) => posts.iter().collect(),
        Value::Object(_) if looks_like_posts(value) => vec![value],
        other => {
            let shown: String = other.to_string().chars().take(80).collect();
            return Err(WordPressError::NotPosts {
                url: url.to_owned(),
                detail: format!("expected a list of posts, found {shown}"),
            });
        }
    };
    let (items, warnings) = collect_items(posts, "slug", read_post);
    Ok(Posts { items, warnings })
}

/// The feed the viewer shows for a site: its posts, with the language of
/// each detected from its words (WordPress tells anonymous readers none).
pub fn feed_of(site: Site, posts: Posts) -> Result<ParsedFeed, WordPressError> {
    let Posts {
        mut items,
        warnings,
    } = posts;
    if items.is_empty() {
        return Err(WordPressError::NoPosts {
            skipped: warnings.iter().filter(|w| w.skipped).count(),
        });
    }
    let detected_language = detect_languages(&mut items);
    Ok(ParsedFeed {
        feed: Feed {
            title: site.name,
            home_page_url: site.home,
            language: None,
            detected_language,
            authors: Vec::new(),
            items,
            // Filled in by the loader, which knows the root and the headers.
            more: Default::default(),
        },
        warnings,
    })
}

type PostProblem = EntryProblem;

/// One post's fields, with warnings that name the post.
struct PostFields<'a, 'w> {
    post: &'a Map<String, Value>,
    index: usize,
    id: String,
    warnings: &'w mut Vec<ItemWarning>,
}

impl<'a> PostFields<'a, '_> {
    fn warn(&mut self, problem: String) {
        self.warnings
            .push(ItemWarning::field_ignored(self.index, &self.id, problem));
    }

    /// `{name}.rendered`, the HTML WordPress renders for a field; a field of
    /// another shape is ignored with a warning.
    fn rendered(&mut self, name: &str) -> Option<&'a str> {
        let field = self.post.get(name)?;
        match field.get("rendered").and_then(Value::as_str) {
            Some(html) => Some(html),
            None if field.is_null() => None,
            None => {
                self.warn(format!("`{name}` ignored, it has no `rendered` text"));
                None
            }
        }
    }

    fn text(&self, name: &str) -> Option<&'a str> {
        self.post
            .get(name)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
    }

    /// A `_gmt` date: UTC with no zone written, so `Z` is added.
    fn date(&mut self, name: &str) -> Option<crate::model::Timestamp> {
        let text = self.text(name)?;
        let parsed = timestamp(&format!("{text}Z"));
        if parsed.is_none() {
            self.warn(format!("`{name}` is not a date: {text:?}"));
        }
        parsed
    }

    /// The first embedded object of a relation, skipping (with a warning)
    /// the error object WordPress puts there when it may not show it.
    fn embedded(&mut self, relation: &str) -> Vec<&'a Map<String, Value>> {
        let Some(list) = self
            .post
            .get("_embedded")
            .and_then(|e| e.get(relation))
            .and_then(Value::as_array)
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in list {
            match entry.as_object() {
                Some(object) if object.contains_key("code") && !object.contains_key("id") => {
                    let (code, message, _) = api_error(entry).unwrap_or_default();
                    self.warn(format!(
                        "the embedded {relation} is an error ({code}: {message}), left out"
                    ));
                }
                Some(object) => out.push(object),
                None => self.warn(format!("an embedded {relation} is not an object, left out")),
            }
        }
        out
    }
}

fn read_post(
    index: usize,
    post: &Value,
    warnings: &mut Vec<ItemWarning>,
) -> Result<Item, PostProblem> {
    let post = post.as_object().ok_or((None, "not an object".to_owned()))?;
    // The slug is the article's address (`?article=`), as on the site;
    // WordPress stores non-ASCII slugs percent-encoded, so they are decoded
    // for the address bar to read well. A post with no slug uses its number.
    let slug = post
        .get("slug")
        .and_then(Value::as_str)
        .map(|s| {
            percent_encoding::percent_decode_str(s.trim())
                .decode_utf8_lossy()
                .into_owned()
        })
        .filter(|s| !s.is_empty());
    let number = post.get("id").and_then(|id| match id {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        _ => None,
    });
    let id = slug
        .or(number)
        .ok_or((None, "no usable `slug` or `id`".to_owned()))?;
    let mut fields = PostFields {
        post,
        index,
        id: id.clone(),
        warnings,
    };

    let title = fields
        .rendered("title")
        .map(words_of_markup)
        .filter(|t| !t.is_empty());
    let protected = post
        .get("content")
        .and_then(|c| c.get("protected"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let body = match fields.rendered("content") {
        Some(html) if !html.trim().is_empty() => Body::Html(html.to_owned()),
        _ => Body::Empty,
    };
    if protected {
        fields.warn("its content is password-protected: shown without a body".into());
    }
    let summary = fields
        .rendered("excerpt")
        .map(|html| {
            words_of_markup(html)
                .replace("[…]", "…")
                .replace("[...]", "…")
        })
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());

    let media = fields.embedded("wp:featuredmedia");
    let (image, image_meta) = match media.first() {
        Some(media) => featured_image(media),
        None => (None, ImageMeta::default()),
    };
    if title.is_none() && body == Body::Empty && summary.is_none() && image.is_none() {
        return Err((
            Some(id),
            "nothing to show: no title, content, excerpt or featured image".into(),
        ));
    }

    let terms = terms(post);
    let mut authors: Vec<Author> = terms
        .iter()
        .filter(|t| taxonomy(t) == Some("author"))
        .map(|t| author_of_term(t))
        .filter(|a| !a.is_blank())
        .collect();
    if authors.is_empty() {
        authors = fields
            .embedded("author")
            .into_iter()
            .map(author_of_user)
            .filter(|a| !a.is_blank())
            .collect();
    }
    // Categories, then tags, by name: shared ones make related posts.
    let mut tags = Vec::new();
    for wanted in ["category", "post_tag"] {
        for term in terms.iter().filter(|t| taxonomy(t) == Some(wanted)) {
            if let Some(name) = term
                .get("name")
                .and_then(Value::as_str)
                .map(words_of_markup)
            {
                if !name.is_empty() && !tags.contains(&name) {
                    tags.push(name);
                }
            }
        }
    }
    let publisher_views = match post.get("views") {
        None | Some(Value::Null) => 0,
        Some(Value::Number(n)) => n.as_u64().unwrap_or(0),
        Some(Value::String(s)) if s.trim().parse::<u64>().is_ok() => s.trim().parse().unwrap_or(0),
        Some(other) => {
            let shown: String = other.to_string().chars().take(40).collect();
            fields.warn(format!("`views` ignored, it is not a count: {shown}"));
            0
        }
    };
    let url = fields
        .text("link")
        .filter(|u| crate::content::policy::is_web_address(u))
        .map(str::to_owned);
    let date_published = fields.date("date_gmt");
    let date_modified = fields.date("modified_gmt");
    let lead = match &title {
        Some(_) => None,
        None => lead_of(summary.as_deref(), &body),
    };
    Ok(Item {
        id,
        url,
        title,
        body,
        summary,
        lead,
        image,
        image_meta,
        date_published,
        date_modified,
        authors,
        tags,
        attachments: Vec::new(),
        language: None,
        detected_language: None,
        publisher_views,
        related: None,
    })
}

/// Every embedded term of every taxonomy, in no particular order.
fn terms(post: &Map<String, Value>) -> Vec<&Map<String, Value>> {
    post.get("_embedded")
        .and_then(|e| e.get("wp:term"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .flatten()
        .filter_map(Value::as_object)
        .collect()
}

fn taxonomy(term: &Map<String, Value>) -> Option<&str> {
    term.get("taxonomy").and_then(Value::as_str)
}

fn text_of(object: &Map<String, Value>, name: &str) -> Option<String> {
    object
        .get(name)
        .and_then(Value::as_str)
        .map(words_of_markup)
        .filter(|t| !t.is_empty())
}

fn web_address(object: &Map<String, Value>, name: &str) -> Option<String> {
    object
        .get(name)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|u| crate::content::policy::is_web_address(u))
        .map(str::to_owned)
}

/// An embedded user: `name`, `description` as the bio, the author's page
/// (`link`, else their own `url`) and the largest avatar offered.
fn author_of_user(user: &Map<String, Value>) -> Author {
    let avatar = user
        .get("avatar_urls")
        .and_then(Value::as_object)
        .and_then(|sizes| {
            sizes
                .iter()
                .filter_map(|(size, url)| Some((size.parse::<u32>().ok()?, url.as_str()?)))
                .filter(|(_, url)| crate::content::policy::is_web_address(url))
                .max_by_key(|(size, _)| *size)
                .map(|(_, url)| url.to_owned())
        });
    Author {
        name: text_of(user, "name"),
        url: web_address(user, "link").or_else(|| web_address(user, "url")),
        avatar,
        bio: text_of(user, "description"),
    }
}

/// A Co-Authors Plus author term (taxonomy `author`).
fn author_of_term(term: &Map<String, Value>) -> Author {
    Author {
        name: text_of(term, "name"),
        url: web_address(term, "link"),
        avatar: None,
        bio: text_of(term, "description"),
    }
}

/// The featured image: its address, alternative text, size, and the other
/// sizes WordPress made of it (for `srcset`).
fn featured_image(media: &Map<String, Value>) -> (Option<String>, ImageMeta) {
    let is_image = media
        .get("media_type")
        .and_then(Value::as_str)
        .is_none_or(|t| t == "image");
    let Some(url) = web_address(media, "source_url").filter(|_| is_image) else {
        return (None, ImageMeta::default());
    };
    let details = media.get("media_details");
    let dimension = |value: Option<&Value>, name: &str| {
        value
            .and_then(|v| v.get(name))
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n > 0)
    };
    let mut candidates: Vec<ImageCandidate> = details
        .and_then(|d| d.get("sizes"))
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(_, size)| {
            let url = size.get("source_url").and_then(Value::as_str)?.trim();
            let width = dimension(Some(size), "width")?;
            crate::content::policy::is_web_address(url).then(|| ImageCandidate {
                url: url.to_owned(),
                width,
            })
        })
        .collect();
    candidates.sort_by_key(|c| c.width);
    candidates.dedup_by_key(|c| c.width);
    let meta = ImageMeta {
        alt: media
            .get("alt_text")
            .and_then(Value::as_str)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty()),
        width: dimension(details, "width"),
        height: dimension(details, "height"),
        candidates,
    };
    (Some(url), meta)
}
