//! The articles as the viewer uses them: validated, typed, whichever source
//! they came from.
//!
//! These types are built by the sources' readers ([`crate::jsonfeed`],
//! [`crate::wordpress`]); nothing here can hold a value a reader rejected,
//! so components never re-check.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::language::detect_languages;

/// A source's articles: a JSON Feed, or a WordPress site's posts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feed {
    pub title: Option<String>,
    pub home_page_url: Option<String>,
    /// A BCP 47 language tag, as the publisher wrote it.
    pub language: Option<String>,
    /// When the feed declares no language: the one most of its items are
    /// written in ([`crate::i18n::detect`]).
    pub detected_language: Option<&'static str>,
    pub authors: Vec<Author>,
    /// In the publisher's order (JSON Feed suggests newest first).
    pub items: Vec<Item>,
    /// Where the articles not loaded yet are, for a source that serves them
    /// a page at a time.
    pub more: MoreArticles,
}

/// Where a source's other articles are: its next pages, and any one
/// article by id. Addresses only, so that what reads them stays with the
/// source's reader and components never learn which source it was.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MoreArticles {
    /// Page `n` of the source's articles is this address with `n` appended.
    pub page_address: Option<String>,
    /// The pages loaded so far (the first answer is page 1).
    pub pages_loaded: u32,
    /// How many pages the source has, as it last said.
    pub pages: u32,
    /// How many articles the source has in all, as it last said.
    pub total: Option<usize>,
    /// The article with a given id is this address with the id,
    /// percent-encoded, appended; for addresses naming one not loaded yet.
    pub article_address: Option<String>,
}

/// Characters an id keeps as they are when appended to an address: RFC 3986's unreserved ones.
const ID_IN_QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

impl MoreArticles {
    /// The address of the next page, while the source has one.
    pub fn next_page(&self) -> Option<String> {
        let address = self.page_address.as_ref()?;
        (self.pages_loaded < self.pages).then(|| format!("{address}{}", self.pages_loaded + 1))
    }

    /// The address that answers with the article `id`, when the source has one.
    pub fn article(&self, id: &str) -> Option<String> {
        let address = self.article_address.as_ref()?;
        Some(format!("{address}{}", utf8_percent_encode(id, ID_IN_QUERY)))
    }
}

/// One article of the feed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    /// Unique within the feed; never empty.
    pub id: String,
    pub url: Option<String>,
    /// Plain text, its character references already decoded.
    pub title: Option<String>,
    pub body: Body,
    pub summary: Option<String>,
    /// For an item with no title (a micro-blog post): the first words of
    /// its summary or body, to stand for a title in headings and lists.
    pub lead: Option<String>,
    pub image: Option<String>,
    /// What the source says about `image` beyond its address (WordPress's
    /// featured media); empty for a JSON Feed, which says nothing more.
    pub image_meta: ImageMeta,
    pub date_published: Option<Timestamp>,
    pub date_modified: Option<Timestamp>,
    /// The item's own authors; empty means "the feed's authors".
    pub authors: Vec<Author>,
    pub tags: Vec<String>,
    /// Files the item links to (a podcast's episode): `http(s)` addresses only.
    pub attachments: Vec<Attachment>,
    /// The item's own language; `None` means "the feed's language".
    pub language: Option<String>,
    /// When neither the item nor the feed declares a language: the one its
    /// text is written in ([`crate::i18n::detect`]).
    pub detected_language: Option<&'static str>,
    /// Views the publisher counted elsewhere (extension `views`, 0 when absent).
    pub publisher_views: u64,
    /// Ids of related items named by the publisher (extension `related`);
    /// `None` when the extension does not say, so the viewer chooses.
    pub related: Option<Vec<String>>,
}

/// An article body as the feed gives it. Html is untrusted markup.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Body {
    /// `content_html`: third-party markup, to be sanitized before display.
    Html(String),
    /// `content_text`: plain text, paragraphs separated by blank lines.
    Text(String),
    /// Neither field present.
    #[default]
    Empty,
}

/// An item's image as far as its source describes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImageMeta {
    /// The publisher's alternative text; `None` when they wrote none.
    pub alt: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Other sizes of the same image, narrowest first, for `srcset`.
    pub candidates: Vec<ImageCandidate>,
}

/// One size of an image: an `http(s)` address and its width in pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageCandidate {
    pub url: String,
    pub width: u32,
}

/// A file an item links to (JSON Feed `attachments`), such as a podcast
/// episode's audio.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attachment {
    /// An absolute `http(s)` address.
    pub url: String,
    /// The media type as the publisher gave it (`audio/mpeg`).
    pub mime_type: String,
    pub title: Option<String>,
    pub size_in_bytes: Option<u64>,
    pub duration_in_seconds: Option<u64>,
}

/// What kind of player an attachment gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Audio,
    Video,
    /// Anything else: a download link.
    File,
}

impl Attachment {
    pub fn kind(&self) -> MediaKind {
        let lower = self.mime_type.trim().to_ascii_lowercase();
        if lower.starts_with("audio/") {
            MediaKind::Audio
        } else if lower.starts_with("video/") {
            MediaKind::Video
        } else {
            MediaKind::File
        }
    }
}

/// An author of a feed or an item.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Author {
    pub name: Option<String>,
    pub url: Option<String>,
    pub avatar: Option<String>,
    /// A short biography (extension `bio`).
    pub bio: Option<String>,
}

/// An RFC 3339 date with its instant, kept as the feed wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamp {
    pub text: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub unix_millis: i64,
}

impl Feed {
    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.id == id)
    }

    /// The position of the item with this id in the feed.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|item| item.id == id)
    }

    /// How many articles the source has, loaded or not.
    pub fn total(&self) -> usize {
        self.more
            .total
            .map_or(self.items.len(), |total| total.max(self.items.len()))
    }

    /// Adds articles that arrived after the first answer (a next page, one
    /// fetched by id), after the ones already here. One already here (the
    /// same id: a post moved between pages while the reader was reading) is
    /// not added twice. Returns how many were added.
    pub fn append(&mut self, items: Vec<Item>) -> usize {
        let mut fresh: Vec<Item> = Vec::with_capacity(items.len());
        for item in items {
            if self.position(&item.id).is_none() && !fresh.iter().any(|f| f.id == item.id) {
                fresh.push(item);
            }
        }
        // Their own words first; a wordless one takes the feed's language.
        detect_languages(&mut fresh);
        for item in fresh.iter_mut().filter(|item| item.language.is_none()) {
            if item.detected_language.is_none() {
                item.detected_language = self.detected_language;
            }
        }
        let added = fresh.len();
        self.items.extend(fresh);
        added
    }

    /// The language of the feed as a whole (its sidebar and lists): the
    /// declared one, else the one most of its items are written in.
    pub fn own_language(&self) -> Option<&str> {
        self.language.as_deref().or(self.detected_language)
    }

    /// The language an item is written in: its own, else the feed's, else
    /// the one detected from its text.
    pub fn language_of<'a>(&'a self, item: &'a Item) -> Option<&'a str> {
        item.language
            .as_deref()
            .or(self.language.as_deref())
            .or(item.detected_language)
    }

    /// The operator's language for this feed: it replaces the declared
    /// and the detected language of the feed and its items; an item that
    /// declares its own `language` keeps it (the publisher marked it).
    pub fn force_language(&mut self, language: &str) {
        self.language = Some(language.to_owned());
        self.detected_language = None;
        for item in &mut self.items {
            item.detected_language = None;
        }
    }

    /// The authors credited for an item: its own, else the feed's.
    pub fn authors_of<'a>(&'a self, item: &'a Item) -> &'a [Author] {
        if item.authors.is_empty() {
            &self.authors
        } else {
            &item.authors
        }
    }
}

impl Item {
    /// The words that name the item: its title, else the first words of
    /// its text; `None` for a post with no words (a photo). The UI names
    /// those in its own language ([`crate::i18n::Strings::label_of`]).
    pub fn text_label(&self) -> Option<&str> {
        self.title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .or(self.lead.as_deref().filter(|s| !s.trim().is_empty()))
    }

    /// The words that name the item, else its id: for logs and warnings.
    pub fn label(&self) -> &str {
        self.text_label().unwrap_or(&self.id)
    }

    /// True when the label is not a title the publisher wrote.
    pub fn is_untitled(&self) -> bool {
        self.title.as_deref().is_none_or(|t| t.trim().is_empty())
    }
}

impl Author {
    /// True when there is nothing to show for this author.
    pub fn is_blank(&self) -> bool {
        self.name.is_none() && self.url.is_none() && self.avatar.is_none() && self.bio.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, title: &str) -> Item {
        Item {
            id: id.into(),
            title: Some(title.into()),
            ..Item::default()
        }
    }

    #[test]
    fn appended_articles_come_after_and_are_not_doubled() {
        let mut feed = Feed {
            items: vec![item("a", "One"), item("b", "Two")],
            ..Feed::default()
        };
        let added = feed.append(vec![
            item("b", "Two again"),
            item("c", "Three"),
            item("c", "Three"),
        ]);
        assert_eq!(added, 1);
        let ids: Vec<&str> = feed.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!(feed.items[1].title.as_deref(), Some("Two"));
    }

    #[test]
    fn appended_articles_get_their_language_from_their_words() {
        let mut feed = Feed {
            items: vec![item("a", "مرحبا بكم في موقعنا الإخباري اليوم")],
            detected_language: Some("ar"),
            ..Feed::default()
        };
        feed.append(vec![
            item("b", "The quick brown fox jumps over the lazy dog today"),
            Item {
                id: "c".into(),
                ..Item::default()
            },
        ]);
        assert_eq!(feed.language_of(&feed.items[1]), Some("en"));
        // A wordless one takes the language most new ones are written in.
        assert_eq!(feed.language_of(&feed.items[2]), Some("en"));
    }

    #[test]
    fn the_total_is_never_less_than_what_is_loaded() {
        let mut feed = Feed {
            items: vec![item("a", "One"), item("b", "Two")],
            ..Feed::default()
        };
        assert_eq!(feed.total(), 2);
        feed.more.total = Some(26);
        assert_eq!(feed.total(), 26);
        feed.more.total = Some(1);
        assert_eq!(feed.total(), 2);
    }

    #[test]
    fn no_address_no_more() {
        let more = MoreArticles::default();
        assert_eq!(more.next_page(), None);
        assert_eq!(more.article("x"), None);
    }
}
