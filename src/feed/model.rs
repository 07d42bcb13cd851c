//! The feed as the viewer uses it: validated, typed, with the extension folded in.
//!
//! These types are built by [`super::parse`]; nothing here can hold a value
//! the parser rejected, so components never re-check.

/// A parsed JSON Feed.
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
