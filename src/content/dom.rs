//! Applies the [`policy`](super::policy) to untrusted markup with the browser's
//! own parser, building a clean fragment for the live page.
//!
//! `DOMParser` makes an inert document: its scripts never run, its images
//! never load, its event handlers never fire. The walk below reads that
//! document and creates new nodes in the page's document, copying only what
//! the policy allows. The input's nodes are never adopted or re-serialized.

use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, DomParser, Element, Node, SupportedType};

use super::policy::{clean_attribute, element_rule, is_external_link, ElementRule, DROPPED};

const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// Deeper than this, the input's structure is flattened to its text. The
/// HTML parser already caps depth; this keeps the recursion small regardless.
const MAX_DEPTH: usize = 128;

/// The `rel` every link that leaves the site gets: no `window.opener`, no
/// referrer leak, no endorsement of third-party links.
pub const EXTERNAL_REL: &str = "noopener noreferrer nofollow ugc";

/// Why markup could not be turned into a fragment.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SanitizeError {
    #[error("the browser's HTML parser is not available: {0}")]
    Parser(String),
}

/// Parses `html` inertly and returns the allowed part of it as a fragment of `target`.
pub fn sanitize(html: &str, target: &Document) -> Result<DocumentFragment, SanitizeError> {
    let parsed = parse_inert(html)?;
    let fragment = target.create_document_fragment();
    if let Some(body) = parsed.body() {
        copy_children(&body, fragment.as_ref(), target, 0);
    }
    Ok(fragment)
}

/// The allowed part of the children of an existing tree, as a fragment of
/// `target`. [`sanitize`] is this over the parsed input; applied to its own
/// output it changes nothing (the policy is a fixed point of itself).
pub fn sanitize_tree(source: &Node, target: &Document) -> DocumentFragment {
    let fragment = target.create_document_fragment();
    copy_children(source, fragment.as_ref(), target, 0);
    fragment
}

/// The text of `html` as a reader would see it, without any markup. Used
/// for excerpts when an item has no `summary`.
pub fn plain_text(html: &str) -> Result<String, SanitizeError> {
    let parsed = parse_inert(html)?;
    let Some(body) = parsed.body() else {
        return Ok(String::new());
    };
    // Text inside elements the sanitizer drops (scripts, styles) is not
    // prose: they go, and the rest is read in one call, not node by node
    // (this runs on every opening, over the whole body).
    if let Ok(dropped) = body.query_selector_all(&DROPPED.join(",")) {
        for index in 0..dropped.length() {
            if let Some(element) = dropped
                .item(index)
                .and_then(|n| n.dyn_into::<Element>().ok())
            {
                element.remove();
            }
        }
    }
    Ok(body.text_content().unwrap_or_default())
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
pub fn isolate_foreign_runs(root: &Node, document: &Document, foreign: super::bidi::Foreign) {
    let children = root.child_nodes();
    let nodes: Vec<Node> = (0..children.length())
        .filter_map(|i| children.item(i))
        .collect();
    for node in nodes {
        match node.node_type() {
            Node::TEXT_NODE => {
                let text = node.node_value().unwrap_or_default();
                if !super::bidi::has_foreign(&text, foreign) {
                    continue;
                }
                let fragment = document.create_document_fragment();
                for segment in super::bidi::segments_of(&text, foreign) {
                    let piece: Node = match segment {
                        super::bidi::Segment::Plain(plain) => {
                            document.create_text_node(plain).into()
                        }
                        super::bidi::Segment::Latin(latin) => {
                            match document.create_element("bdi") {
                                Ok(bdi) => {
                                    bdi.set_text_content(Some(latin));
                                    bdi.into()
                                }
                                Err(_) => document.create_text_node(latin).into(),
                            }
                        }
                    };
                    let _ = fragment.append_child(&piece);
                }
                if let Some(parent) = node.parent_node() {
                    let _ = parent.replace_child(&fragment, &node);
                }
            }
            Node::ELEMENT_NODE => {
                let Some(element) = node.dyn_ref::<Element>() else {
                    continue;
                };
                let tag = element.local_name();
                if matches!(
                    tag.as_str(),
                    "code" | "pre" | "kbd" | "samp" | "bdi" | "bdo"
                ) {
                    continue;
                }
                if BLOCKS.contains(&tag.as_str()) && !element.has_attribute("dir") {
                    let _ = element.set_attribute("dir", "auto");
                }
                isolate_foreign_runs(&node, document, foreign);
            }
            _ => {}
        }
    }
}

fn parse_inert(html: &str) -> Result<Document, SanitizeError> {
    let parser = DomParser::new().map_err(|e| SanitizeError::Parser(format!("{e:?}")))?;
    parser
        .parse_from_string(html, SupportedType::TextHtml)
        .map_err(|e| SanitizeError::Parser(format!("{e:?}")))
}

fn copy_children(source: &Node, parent: &Node, target: &Document, depth: usize) {
    let children = source.child_nodes();
    for index in 0..children.length() {
        let Some(child) = children.item(index) else {
            continue;
        };
        match child.node_type() {
            Node::TEXT_NODE => {
                let text = target.create_text_node(&child.node_value().unwrap_or_default());
                let _ = parent.append_child(&text);
            }
            Node::ELEMENT_NODE => {
                if let Some(element) = child.dyn_ref::<Element>() {
                    copy_element(element, parent, target, depth);
                }
            }
            // Comments, processing instructions and the rest carry nothing to show.
            _ => {}
        }
    }
}

fn copy_element(source: &Element, parent: &Node, target: &Document, depth: usize) {
    // SVG and MathML elements can share names with HTML ones (`a`, `title`,
    // `style`) but behave differently: only HTML elements are considered.
    if source.namespace_uri().as_deref() != Some(HTML_NAMESPACE) {
        return;
    }
    let local_name = source.local_name().to_ascii_lowercase();
    match element_rule(&local_name) {
        ElementRule::Drop => {}
        ElementRule::Unwrap => copy_children(source, parent, target, depth + 1),
        ElementRule::Keep(_) if depth >= MAX_DEPTH => {
            let text = target.create_text_node(&source.text_content().unwrap_or_default());
            let _ = parent.append_child(&text);
        }
        ElementRule::Keep(tag) => {
            let Ok(element) = target.create_element(tag) else {
                return;
            };
            copy_attributes(source, &element, tag);
            let _ = parent.append_child(&element);
            copy_children(source, &element, target, depth + 1);
        }
    }
}

fn copy_attributes(source: &Element, element: &Element, tag: &str) {
    let attributes = source.attributes();
    for index in 0..attributes.length() {
        let Some(attribute) = attributes.item(index) else {
            continue;
        };
        // Namespaced attributes (`xlink:href`, `xml:lang`) are never allowed.
        if attribute.namespace_uri().is_some() {
            continue;
        }
        let name = attribute.local_name().to_ascii_lowercase();
        if let Some(value) = clean_attribute(tag, &name, &attribute.value()) {
            let _ = element.set_attribute(&name, &value);
        }
    }
    match tag {
        "a" if element
            .get_attribute("href")
            .is_some_and(|href| is_external_link(&href)) =>
        {
            let _ = element.set_attribute("rel", EXTERNAL_REL);
        }
        "img" => {
            // Lazy, off-thread decoding, and no referrer sent to image hosts.
            let _ = element.set_attribute("loading", "lazy");
            let _ = element.set_attribute("decoding", "async");
            let _ = element.set_attribute("referrerpolicy", "no-referrer");
        }
        _ => {}
    }
}
