//! Applies the [`policy`](super::policy) to untrusted markup with the browser's
//! own parser, building a clean fragment for the live page.
//!
//! `DOMParser` makes an inert document: its scripts never run, its images
//! never load, its event handlers never fire. The walk below reads that
//! document and creates new nodes in the page's document, copying only what
//! the policy allows. The input's nodes are never adopted or re-serialized.
//!
//! The inert document is hostile too: its markup can shadow the properties
//! a walk reads (DOM clobbering). Every DOM call here goes through
//! [`platform`], which uses the platform's own accessors and catches what
//! they throw; an element shadowed by its own content is dropped whole. A
//! node the browser will not describe is dropped with a console warning, and
//! the rest of the article renders. Nothing here may panic (a panic aborts
//! the wasm instance), so the module denies the lints that would allow one.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, DomParser, Element, Node, SupportedType};

use super::bidi::{has_foreign, segments_of, Foreign, Segment};
use super::inline_attributes::rename_inline_attributes;
use super::platform::{self, DomError};
use super::policy::{
    clean_attribute, element_rule, embed_link, fetched_url, is_external_link, map_srcset,
    quoted_post_site, ElementRule, EmbedLink, DROPPED, EMBED_CARD_CLASS, FRAMES,
};
use crate::i18n::{Locale, Strings};

const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// Deeper than this, the input's structure is flattened to its text. The
/// HTML parser already caps depth; this keeps the recursion small regardless.
const MAX_DEPTH: usize = 128;

/// At most this many dropped-node warnings are written per body; the rest
/// are counted in one line.
const MAX_WARNINGS: usize = 5;

/// The `rel` every link that leaves the site gets: no `window.opener`, no
/// referrer leak, no endorsement of third-party links.
pub const EXTERNAL_REL: &str = "noopener noreferrer nofollow ugc";

/// Why markup could not be turned into a fragment.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SanitizeError {
    #[error("the browser's HTML parser is not available: {0}")]
    Parser(String),
    #[error("the article's markup could not be read: {0}")]
    Dom(#[from] DomError),
}

/// Parses `html` inertly and returns the allowed part of it as a fragment
/// of `target`, with embedded frames' cards worded in English.
pub fn sanitize(html: &str, target: &Document) -> Result<DocumentFragment, SanitizeError> {
    sanitize_in(
        html,
        target,
        BodyContext {
            locale: Locale::English,
            base: None,
            isolate: None,
        },
    )
}

/// Where an article's markup comes from, which the clean copy needs.
#[derive(Debug, Clone, Copy, Default)]
pub struct BodyContext<'a> {
    /// The language of the cards that stand for embedded frames.
    pub locale: Locale,
    /// The article's own page (its `url`, else the site's): relative
    /// addresses in its markup (`/images/a.png`) are the publisher's, so
    /// they are resolved against it, not against the viewer's page.
    pub base: Option<&'a str>,
    /// The other direction's script, to be isolated as the walk builds the
    /// tree: the same result as [`isolate_foreign_runs`] over the finished
    /// fragment, in one pass instead of two (each text read once, no node
    /// replaced). `None` leaves the text as it is.
    pub isolate: Option<Foreign>,
}

/// [`sanitize`], for an article: cards worded in its `locale`, relative
/// addresses resolved against its `base`.
pub fn sanitize_in(
    html: &str,
    target: &Document,
    context: BodyContext<'_>,
) -> Result<DocumentFragment, SanitizeError> {
    let parsed = parse_inert(html)?;
    let fragment = platform::create_document_fragment(target)?;
    if let Some(body) = platform::body(&parsed)? {
        let mut walk = Walk::new(target, context.locale.strings());
        walk.base = context.base.map(str::to_owned);
        walk.isolate = context.isolate;
        walk.copy_children(body.as_ref(), fragment.as_ref(), 0);
        walk.report();
    }
    Ok(fragment)
}

/// The allowed part of the children of an existing tree, as a fragment of
/// `target`. [`sanitize`] is this over the parsed input; applied to its own
/// output it changes nothing (the policy is a fixed point of itself).
pub fn sanitize_tree(source: &Node, target: &Document) -> Result<DocumentFragment, SanitizeError> {
    let fragment = platform::create_document_fragment(target)?;
    let mut walk = Walk::new(target, Locale::English.strings());
    walk.copy_children(source, fragment.as_ref(), 0);
    walk.report();
    Ok(fragment)
}

/// The text of `html` as a reader would see it, without any markup. Used
/// for excerpts when an item has no `summary`.
pub fn plain_text(html: &str) -> Result<String, SanitizeError> {
    let parsed = parse_inert(html)?;
    let Some(body) = platform::body(&parsed)? else {
        return Ok(String::new());
    };
    // Text inside elements the sanitizer drops (scripts, styles) is not
    // prose: they go, and the rest is read in one call, not node by node
    // (this runs on every opening, over the whole body). Shadowed forms go
    // too, as the walk drops them.
    let selector = DROPPED.join(",");
    for element in platform::query_selector_all(&body, &selector)? {
        platform::remove(&element)?;
    }
    for form in platform::query_selector_all(&body, "form")? {
        if platform::is_clobbered(&form) {
            platform::remove(&form)?;
        }
    }
    Ok(platform::text_content(body.as_ref())?)
}

/// Block elements that get `dir="auto"` when the markup gives them no `dir`,
/// so each paragraph takes the direction of its own first strong letter.
const BLOCKS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "figcaption",
    "td",
    "th",
    "dt",
    "dd",
    "caption",
];

/// Prepares sanitized content for its page: every block gets its own
/// `dir="auto"`, and each run of the `foreign` script (Latin in a
/// right-to-left article, Arabic or Hebrew in a left-to-right one) is wrapped
/// in a `<bdi>`, so its digits and punctuation stay with it (see
/// [`super::bidi`]). Text in `code`, `pre`, `kbd`, `samp` and existing
/// `bdi`/`bdo` is left as it is.
///
/// It runs over the sanitizer's own output, but reads it through the same
/// guarded calls: a failure leaves the rest of the tree as it was. Article
/// bodies get the same result in one walk ([`BodyContext::isolate`]); this
/// second pass over a finished tree is what that walk is tested against.
pub fn isolate_foreign_runs(
    root: &Node,
    document: &Document,
    foreign: Foreign,
) -> Result<(), DomError> {
    for node in platform::children(root)? {
        match platform::node_type(&node)? {
            Node::TEXT_NODE => isolate_text(&node, document, foreign)?,
            Node::ELEMENT_NODE => {
                let Some(element) = node.dyn_ref::<Element>() else {
                    continue;
                };
                let tag = platform::local_name(element)?;
                if LEFT_AS_WRITTEN.contains(&tag.as_str()) {
                    continue;
                }
                if BLOCKS.contains(&tag.as_str()) && !platform::has_attribute(element, "dir")? {
                    platform::set_attribute(element, "dir", "auto")?;
                }
                isolate_foreign_runs(&node, document, foreign)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Elements whose text the bidi pass leaves as it is: code, and text the
/// markup has already isolated.
const LEFT_AS_WRITTEN: [&str; 6] = ["code", "pre", "kbd", "samp", "bdi", "bdo"];

fn isolate_text(node: &Node, document: &Document, foreign: Foreign) -> Result<(), DomError> {
    let text = platform::character_data(node)?;
    if !has_foreign(&text, foreign) {
        return Ok(());
    }
    let fragment = platform::create_document_fragment(document)?;
    append_segments(fragment.as_ref(), &text, document, foreign)?;
    if let Some(parent) = platform::parent_node(node)? {
        platform::replace_child(&parent, fragment.as_ref(), node)?;
    }
    Ok(())
}

/// Appends `text` to `parent` as plain text nodes and a `<bdi>` around each
/// run of the `foreign` script.
fn append_segments(
    parent: &Node,
    text: &str,
    document: &Document,
    foreign: Foreign,
) -> Result<(), DomError> {
    for segment in segments_of(text, foreign) {
        let piece: Node = match segment {
            Segment::Plain(plain) => platform::create_text_node(document, plain)?,
            Segment::Latin(latin) => {
                let bdi = platform::create_element(document, "bdi")?;
                platform::set_text_content(bdi.as_ref(), latin)?;
                bdi.into()
            }
        };
        platform::append_child(parent, &piece)?;
    }
    Ok(())
}

fn parse_inert(html: &str) -> Result<Document, SanitizeError> {
    let parser = DomParser::new().map_err(|e| SanitizeError::Parser(platform::describe(&e)))?;
    // Renamed first, so the page's CSP has no inline style or handler to
    // report while the browser parses (see `inline_attributes`).
    let html = rename_inline_attributes(html);
    parser
        .parse_from_string(&html, SupportedType::TextHtml)
        .map_err(|e| SanitizeError::Parser(platform::describe(&e)))
}

/// One pass over an inert tree, building its allowed part in `target`.
struct Walk<'a> {
    target: &'a Document,
    /// The words of the cards that stand for embedded frames.
    strings: &'static Strings,
    /// What relative addresses are resolved against ([`BodyContext::base`]).
    base: Option<String>,
    /// The script whose runs are isolated where the walk is now
    /// ([`BodyContext::isolate`]); `None` inside code and existing isolates.
    isolate: Option<Foreign>,
    /// What was dropped because the browser would not describe it, or
    /// because its own content shadowed it.
    warnings: Vec<String>,
}

impl<'a> Walk<'a> {
    fn new(target: &'a Document, strings: &'static Strings) -> Self {
        Walk {
            target,
            strings,
            base: None,
            isolate: None,
            warnings: Vec::new(),
        }
    }

    fn warn(&mut self, what: String) {
        self.warnings.push(what);
    }

    /// Writes the warnings to the console, the first few in full.
    fn report(&self) {
        for warning in self.warnings.iter().take(MAX_WARNINGS) {
            web_sys::console::warn_1(&format!("article-viewer: {warning}").into());
        }
        let more = self.warnings.len().saturating_sub(MAX_WARNINGS);
        if more > 0 {
            web_sys::console::warn_1(
                &format!("article-viewer: {more} more parts of this article's markup were dropped")
                    .into(),
            );
        }
    }

    /// Appends `text` to `parent`, with its runs of the other script
    /// isolated while the walk isolates, as [`isolate_foreign_runs`] would
    /// leave it.
    fn append_text(&self, parent: &Node, text: &str) -> Result<(), DomError> {
        match self.isolate {
            Some(foreign) if has_foreign(text, foreign) => {
                append_segments(parent, text, self.target, foreign)
            }
            _ => {
                let text = platform::create_text_node(self.target, text)?;
                platform::append_child(parent, &text)
            }
        }
    }

    /// While isolating, a block with no `dir` of its own gets `dir="auto"`,
    /// as [`isolate_foreign_runs`] gives it.
    fn mark_block(&self, element: &Element, tag: &str) -> Result<(), DomError> {
        if self.isolate.is_some() && BLOCKS.contains(&tag) {
            platform::set_attribute(element, "dir", "auto")?;
        }
        Ok(())
    }

    fn copy_children(&mut self, source: &Node, parent: &Node, depth: usize) {
        let mut next = platform::first_child(source);
        loop {
            let child = match next {
                Ok(Some(child)) => child,
                Ok(None) => break,
                Err(error) => {
                    // Without a next sibling there is no way on: the rest of
                    // this element's children are left out.
                    self.warn(format!(
                        "dropped the rest of an element's children: {error}"
                    ));
                    break;
                }
            };
            if let Err(error) = self.copy_node(&child, parent, depth) {
                self.warn(format!(
                    "dropped a node its browser would not describe: {error}"
                ));
            }
            next = platform::next_sibling(&child);
        }
    }

    fn copy_node(&mut self, source: &Node, parent: &Node, depth: usize) -> Result<(), DomError> {
        match platform::node_type(source)? {
            Node::TEXT_NODE => match self.isolate {
                Some(_) => self.append_text(parent, &platform::character_data(source)?),
                // Nothing to look for in the text: the node is copied by
                // the browser, its characters never brought into the wasm.
                None => {
                    let text = platform::import_text(self.target, source)?;
                    platform::append_child(parent, &text)
                }
            },
            Node::ELEMENT_NODE => match source.dyn_ref::<Element>() {
                Some(element) => self.copy_element(element, parent, depth),
                None => Ok(()),
            },
            // Comments, processing instructions and the rest carry nothing to show.
            _ => Ok(()),
        }
    }

    fn copy_element(
        &mut self,
        source: &Element,
        parent: &Node,
        depth: usize,
    ) -> Result<(), DomError> {
        // SVG and MathML elements can share names with HTML ones (`a`, `title`,
        // `style`) but behave differently: only HTML elements are considered.
        if platform::namespace_uri(source)?.as_deref() != Some(HTML_NAMESPACE) {
            return Ok(());
        }
        let local_name = platform::local_name(source)?.to_ascii_lowercase();
        let rule = element_rule(&local_name);
        if rule != ElementRule::Drop && platform::is_clobbered(source) {
            self.warn(format!(
                "dropped a <{local_name}> whose own content shadows its DOM properties (clobbering)"
            ));
            return Ok(());
        }
        if FRAMES.contains(&local_name.as_str()) {
            return self.frame_card(source, &local_name, parent);
        }
        match rule {
            ElementRule::Drop => Ok(()),
            ElementRule::Unwrap => {
                self.copy_children(source.as_ref(), parent, depth.saturating_add(1));
                Ok(())
            }
            ElementRule::Keep(_) if depth >= MAX_DEPTH => {
                self.append_text(parent, &platform::text_content(source.as_ref())?)
            }
            ElementRule::Keep(tag) => {
                let element = platform::create_element(self.target, tag)?;
                let has_dir = copy_attributes(source, &element, tag, self.base.as_deref())?;
                if !has_dir {
                    self.mark_block(&element, tag)?;
                }
                platform::append_child(parent, element.as_ref())?;
                let outer = self.isolate;
                if LEFT_AS_WRITTEN.contains(&tag) {
                    self.isolate = None;
                }
                self.copy_children(source.as_ref(), element.as_ref(), depth.saturating_add(1));
                self.isolate = outer;
                if tag == "blockquote" {
                    self.quoted_post_card(source, parent)?;
                }
                Ok(())
            }
        }
    }

    /// An `iframe`, `embed` or `object` is never built: one with a web
    /// address becomes a card that names its site and links to it, opening
    /// in a new tab; one without is dropped.
    fn frame_card(&mut self, source: &Element, tag: &str, parent: &Node) -> Result<(), DomError> {
        let address = if tag == "object" { "data" } else { "src" };
        let Some(link) = platform::get_attribute(source, address)?
            .map(|src| resolve(&src, self.base.as_deref()))
            .as_deref()
            .and_then(embed_link)
        else {
            return Ok(());
        };
        // Publishers' embed codes title their frames with the video's name;
        // the players' own default titles say nothing a card does not.
        let title = platform::get_attribute(source, "title")?
            .map(|t| t.trim().to_owned())
            .filter(|t| {
                let lower = t.to_ascii_lowercase();
                !t.is_empty()
                    && !lower.ends_with("video player")
                    && lower != link.site.to_ascii_lowercase()
            });
        self.card(&link, title.as_deref(), parent)
    }

    /// A quoted post from a social site (a `blockquote` of class
    /// `twitter-tweet`, `instagram-media`, ...) keeps its text, and its
    /// embed script stays dropped; a card after it links to the post.
    fn quoted_post_card(&mut self, source: &Element, parent: &Node) -> Result<(), DomError> {
        let class = platform::get_attribute(source, "class")?.unwrap_or_default();
        let Some(site) = quoted_post_site(&class) else {
            return Ok(());
        };
        let mut permalink = platform::get_attribute(source, "data-instgrm-permalink")?;
        if permalink.is_none() {
            // The post's own address is its embed code's last link (the date).
            for anchor in platform::query_selector_all(source, "a[href]")? {
                permalink = platform::get_attribute(&anchor, "href")?.or(permalink);
            }
        }
        let Some(link) = permalink
            .map(|href| resolve(&href, self.base.as_deref()))
            .as_deref()
            .and_then(embed_link)
        else {
            return Ok(());
        };
        let link = EmbedLink {
            site: site.to_owned(),
            ..link
        };
        self.card(&link, None, parent)
    }

    /// `<figure class="embed-card"><figcaption>Embedded content from
    /// YouTube</figcaption><p><cite>title</cite></p><a href target=_blank
    /// rel=…>Open on YouTube</a></figure>`: only what the policy itself
    /// keeps, so sanitizing the card again changes nothing.
    fn card(
        &mut self,
        link: &EmbedLink,
        title: Option<&str>,
        parent: &Node,
    ) -> Result<(), DomError> {
        let document = self.target;
        let figure = platform::create_element(document, "figure")?;
        platform::set_attribute(&figure, "class", EMBED_CARD_CLASS)?;
        let caption = platform::create_element(document, "figcaption")?;
        self.mark_block(&caption, "figcaption")?;
        self.append_text(caption.as_ref(), &(self.strings.embedded_from)(&link.site))?;
        platform::append_child(figure.as_ref(), caption.as_ref())?;
        if let Some(title) = title {
            let line = platform::create_element(document, "p")?;
            self.mark_block(&line, "p")?;
            let cite = platform::create_element(document, "cite")?;
            self.append_text(cite.as_ref(), title)?;
            platform::append_child(line.as_ref(), cite.as_ref())?;
            platform::append_child(figure.as_ref(), line.as_ref())?;
        }
        let anchor = platform::create_element(document, "a")?;
        platform::set_attribute(&anchor, "href", &link.href)?;
        platform::set_attribute(&anchor, "target", "_blank")?;
        platform::set_attribute(&anchor, "rel", EXTERNAL_REL)?;
        self.append_text(anchor.as_ref(), &(self.strings.open_on)(&link.site))?;
        platform::append_child(figure.as_ref(), anchor.as_ref())?;
        platform::append_child(parent, figure.as_ref())
    }
}

/// `value` resolved against `base` when it is relative; fragments (`#note-1`)
/// stay in the page, and anything that does not resolve stays as written
/// (the policy then judges it as it is).
fn resolve(value: &str, base: Option<&str>) -> String {
    let trimmed = value.trim();
    let has_scheme = trimmed
        .find([':', '/', '?', '#'])
        .is_some_and(|end| trimmed.get(end..).is_some_and(|rest| rest.starts_with(':')));
    match base {
        Some(base) if !has_scheme && !trimmed.starts_with('#') && !trimmed.is_empty() => {
            platform::resolve_url(trimmed, base).unwrap_or_else(|| value.to_owned())
        }
        _ => value.to_owned(),
    }
}

/// The attributes that hold addresses, which are resolved before the
/// policy judges them.
const ADDRESS_ATTRIBUTES: [&str; 4] = ["href", "src", "poster", "cite"];

/// Copies what the policy keeps of `source`'s attributes to `element`;
/// answers whether a `dir` was among them.
fn copy_attributes(
    source: &Element,
    element: &Element,
    tag: &str,
    base: Option<&str>,
) -> Result<bool, DomError> {
    let mut has_dir = false;
    for attribute in platform::attributes(source)? {
        // Namespaced attributes (`xlink:href`, `xml:lang`) are never allowed.
        if attribute.namespace.is_some() {
            continue;
        }
        let name = attribute.local_name.to_ascii_lowercase();
        let cleaned = match name.as_str() {
            _ if base.is_none() => clean_attribute(tag, &name, &attribute.value),
            "srcset" if matches!(tag, "img" | "source") => {
                map_srcset(&attribute.value, |url| fetched_url(&resolve(url, base)))
            }
            address if ADDRESS_ATTRIBUTES.contains(&address) => {
                clean_attribute(tag, &name, &resolve(&attribute.value, base))
            }
            _ => clean_attribute(tag, &name, &attribute.value),
        };
        if let Some(value) = cleaned {
            platform::set_attribute(element, &name, &value)?;
            has_dir |= name == "dir";
        }
    }
    match tag {
        "a" if platform::get_attribute(element, "href")?
            .is_some_and(|href| is_external_link(&href)) =>
        {
            platform::set_attribute(element, "rel", EXTERNAL_REL)?;
        }
        // A new tab never gets a handle on this page.
        "a" if platform::has_attribute(element, "target")? => {
            platform::set_attribute(element, "rel", "noopener noreferrer")?;
        }
        "video" | "audio" => {
            // The reader starts playback: controls always, nothing fetched
            // before they do (no autoplay: the policy never keeps it).
            platform::set_attribute(element, "controls", "")?;
            platform::set_attribute(element, "preload", "none")?;
            if tag == "video" {
                platform::set_attribute(element, "playsinline", "")?;
            }
        }
        "img" => {
            // Lazy, off-thread decoding, and no referrer sent to image hosts.
            platform::set_attribute(element, "loading", "lazy")?;
            platform::set_attribute(element, "decoding", "async")?;
            platform::set_attribute(element, "referrerpolicy", "no-referrer")?;
        }
        _ => {}
    }
    Ok(has_dir)
}
