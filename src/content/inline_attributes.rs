//! Renames the inline `style` and event-handler attributes of third-party
//! markup before the browser's inert parse reads it.
//!
//! Why: the page runs under a strict Content-Security-Policy (no
//! `'unsafe-inline'`), and Chromium checks that policy for every `style` and
//! `on…` attribute an element gets, even in a `DOMParser` document that never
//! renders or runs anything. Each one prints a CSP violation to the console
//! and fires a `securitypolicyviolation` event: real articles, full of
//! `style="…"` from their editors, would fill an operator's console (and
//! their CSP reports) with errors for markup the sanitizer drops anyway.
//! Renamed (`style` becomes `\u{2060}style`, after an invisible word
//! joiner), the attributes reach the inert document under names the CSP
//! does not check, and the policy drops them like any other attribute it
//! does not allow.
//!
//! This is not a security boundary: the sanitizer decides from the parsed
//! tree, whatever this pass did. A misread here (tag soup inside SVG can
//! need the whole tree builder to read right) can only leave an attribute
//! unrenamed (one console report, as before) or put the invisible joiner
//! into text or a comment; attribute values are never touched, since both
//! readings tokenize a tag's attributes alike. So it follows the tokenizer of the HTML standard (§13.2.5)
//! where attributes are concerned: tags, their attributes and quoting,
//! comments, doctypes, and the elements whose content is not markup
//! (`script`, `style`, `textarea`, `title`, `xmp`, `iframe`, `noembed`,
//! `noframes`, `plaintext`); `noscript` is markup, since `DOMParser` parses
//! with scripting disabled.

use std::borrow::Cow;

/// What a renamed attribute's name starts with: U+2060 WORD JOINER, a valid
/// start of an attribute name that, should a misread put it into text,
/// shows nothing.
pub const PREFIX: &str = "\u{2060}";

/// `html` with every attribute named `style` or `on…` renamed to
/// [`PREFIX`] + its name; borrowed when there is none (most bodies).
pub fn rename_inline_attributes(html: &str) -> Cow<'_, str> {
    let renamed = attribute_positions(html.as_bytes());
    if renamed.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + renamed.len() * PREFIX.len());
    let mut from = 0;
    for at in renamed {
        // Every position is just after an ASCII byte of the tag's syntax, so
        // it is a character boundary.
        out.push_str(html.get(from..at).unwrap_or_default());
        out.push_str(PREFIX);
        from = at;
    }
    out.push_str(html.get(from..).unwrap_or_default());
    Cow::Owned(out)
}

/// Whether the browser checks an attribute of this (lower-case) name
/// against the page's CSP: inline styles and event handlers.
fn checked_by_csp(name: &[u8]) -> bool {
    name == b"style" || name.starts_with(b"on")
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// What a start tag's content is, once the tag ends.
#[derive(Clone, Copy, PartialEq)]
enum Content {
    Markup,
    /// Text until `</name`: RCDATA, RAWTEXT and script data alike.
    TextUntilEndTag,
    /// Text to the end of the input.
    Plaintext,
}

/// Start tags that leave SVG or MathML for HTML (the tree builder's "any
/// other start tag" rule for foreign content), `font` aside.
const BREAKOUT: &[&[u8]] = &[
    b"b",
    b"big",
    b"blockquote",
    b"body",
    b"br",
    b"center",
    b"code",
    b"dd",
    b"div",
    b"dl",
    b"dt",
    b"em",
    b"embed",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"hr",
    b"i",
    b"img",
    b"li",
    b"listing",
    b"menu",
    b"meta",
    b"nobr",
    b"ol",
    b"p",
    b"pre",
    b"ruby",
    b"s",
    b"small",
    b"span",
    b"strong",
    b"strike",
    b"sub",
    b"sup",
    b"table",
    b"tt",
    b"u",
    b"ul",
    b"var",
];

/// Whether an end tag names an SVG or MathML element (lower-cased), which
/// closes inside foreign content; any other closes an HTML ancestor.
fn is_foreign_element(name: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"a",
        b"circle",
        b"clippath",
        b"defs",
        b"desc",
        b"ellipse",
        b"filter",
        b"foreignobject",
        b"g",
        b"image",
        b"line",
        b"lineargradient",
        b"marker",
        b"mask",
        b"metadata",
        b"path",
        b"pattern",
        b"polygon",
        b"polyline",
        b"radialgradient",
        b"rect",
        b"script",
        b"set",
        b"stop",
        b"style",
        b"switch",
        b"symbol",
        b"text",
        b"textpath",
        b"title",
        b"tspan",
        b"use",
        b"view",
        b"annotation",
        b"annotation-xml",
        b"malignmark",
        b"menclose",
        b"merror",
        b"mfrac",
        b"mglyph",
        b"mi",
        b"mn",
        b"mo",
        b"mover",
        b"mpadded",
        b"mphantom",
        b"mroot",
        b"mrow",
        b"ms",
        b"mspace",
        b"msqrt",
        b"mstyle",
        b"msub",
        b"msubsup",
        b"msup",
        b"mtable",
        b"mtd",
        b"mtext",
        b"mtr",
        b"munder",
        b"munderover",
        b"semantics",
    ];
    NAMES.contains(&name) || name.starts_with(b"fe") || name.starts_with(b"animate")
}

fn content_of(tag: &[u8]) -> Content {
    match tag {
        b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed"
        | b"noframes" => Content::TextUntilEndTag,
        b"plaintext" => Content::Plaintext,
        _ => Content::Markup,
    }
}

/// The byte offsets where a renamed attribute's name begins, in order.
fn attribute_positions(bytes: &[u8]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut at = 0;
    // Inside SVG or MathML, `style`, `script` and `title` are elements like
    // any other and their content is markup. Integration points
    // (`foreignObject`, `mi`, …) are not followed: inside them this pass may
    // rename a little more than it needs to, in text the policy drops.
    let mut foreign = 0_usize;
    while let Some(offset) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b == b'<'))
    {
        at += offset + 1;
        match bytes.get(at) {
            Some(b'!') => at = after_markup_declaration(bytes, at + 1),
            Some(b'?') => at = after_bogus_comment(bytes, at),
            Some(b'/') => match bytes.get(at + 1) {
                Some(b) if b.is_ascii_alphabetic() => {
                    let (end, name, _) = read_tag(bytes, at + 1, &mut found);
                    at = end;
                    if name == b"svg" || name == b"math" {
                        foreign = foreign.saturating_sub(1);
                    } else if foreign > 0 && !is_foreign_element(&name) {
                        // An HTML element's end tag closes it and the SVG
                        // inside it (`</p>` and `</br>` always leave).
                        foreign = 0;
                    }
                }
                Some(b'>') => at += 2,
                Some(_) => at = after_bogus_comment(bytes, at + 1),
                None => break,
            },
            Some(b) if b.is_ascii_alphabetic() => {
                let (end, name, closed) = read_tag(bytes, at, &mut found);
                let self_closing = end >= 2 && bytes.get(end - 2) == Some(&b'/');
                at = end;
                if !closed {
                    break;
                }
                if name == b"svg" || name == b"math" {
                    if !self_closing {
                        foreign += 1;
                    }
                    continue;
                }
                if foreign > 0 {
                    if BREAKOUT.contains(&name.as_slice()) {
                        foreign = 0;
                    } else {
                        continue;
                    }
                }
                match content_of(&name) {
                    Content::Markup => {}
                    Content::Plaintext => break,
                    Content::TextUntilEndTag => at = after_text_content(bytes, at, &name),
                }
            }
            // `<` followed by anything else is text.
            _ => {}
        }
    }
    found
}

/// Reads a tag from its name (at `start`) to its `>`, recording the
/// attributes to rename. Returns the offset after the tag, its lower-case
/// name, and whether it ended (a tag cut off by the end of the input is
/// dropped by the parser).
fn read_tag(bytes: &[u8], start: usize, found: &mut Vec<usize>) -> (usize, Vec<u8>, bool) {
    let mut at = start;
    let mut name = Vec::new();
    while let Some(&b) = bytes.get(at) {
        if is_space(b) || b == b'/' || b == b'>' {
            break;
        }
        name.push(b.to_ascii_lowercase());
        at += 1;
    }
    // Attributes, as the states "before attribute name" to "after attribute
    // value (quoted)" read them.
    loop {
        // Before an attribute's name: spaces and stray slashes.
        while let Some(&b) = bytes.get(at) {
            if is_space(b) || b == b'/' {
                at += 1;
            } else {
                break;
            }
        }
        match bytes.get(at) {
            None => return (at, name, false),
            Some(b'>') => return (at + 1, name, true),
            Some(_) => {}
        }
        // The attribute's name; a leading `=` belongs to it.
        let name_start = at;
        let mut attribute = Vec::new();
        if bytes.get(at) == Some(&b'=') {
            attribute.push(b'=');
            at += 1;
        }
        while let Some(&b) = bytes.get(at) {
            if is_space(b) || b == b'/' || b == b'>' || b == b'=' {
                break;
            }
            attribute.push(b.to_ascii_lowercase());
            at += 1;
        }
        if checked_by_csp(&attribute) {
            found.push(name_start);
        }
        // After the name: spaces, then maybe `=` and a value.
        let mut look = at;
        while bytes.get(look).is_some_and(|&b| is_space(b)) {
            look += 1;
        }
        if bytes.get(look) != Some(&b'=') {
            // No value: the next attribute (or the tag's end) starts here.
            at = look;
            continue;
        }
        at = look + 1;
        while bytes.get(at).is_some_and(|&b| is_space(b)) {
            at += 1;
        }
        match bytes.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                match bytes
                    .get(at + 1..)
                    .and_then(|rest| rest.iter().position(|&b| b == quote))
                {
                    Some(offset) => at += 1 + offset + 1,
                    None => return (bytes.len(), name, false),
                }
            }
            // A missing value: the tag ends.
            Some(b'>') => return (at + 1, name, true),
            Some(_) => {
                while let Some(&b) = bytes.get(at) {
                    if is_space(b) || b == b'>' {
                        break;
                    }
                    at += 1;
                }
            }
            None => return (at, name, false),
        }
    }
}

/// After `<!`: a comment, a doctype or a bogus comment.
fn after_markup_declaration(bytes: &[u8], at: usize) -> usize {
    let rest = bytes.get(at..).unwrap_or_default();
    if rest.starts_with(b"--") {
        let body = at + 2;
        // `<!-->` and `<!--->` end at once.
        if bytes.get(body) == Some(&b'>') {
            return body + 1;
        }
        if bytes.get(body..body + 2) == Some(b"->") {
            return body + 2;
        }
        let text = bytes.get(body..).unwrap_or_default();
        let ends = [
            find(text, b"-->").map(|i| i + 3),
            find(text, b"--!>").map(|i| i + 4),
        ];
        return ends
            .into_iter()
            .flatten()
            .min()
            .map_or(bytes.len(), |end| body + end);
    }
    // A doctype ends at its first `>` even inside quotes; so does a bogus comment.
    after_bogus_comment(bytes, at)
}

fn after_bogus_comment(bytes: &[u8], at: usize) -> usize {
    bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b == b'>'))
        .map_or(bytes.len(), |offset| at + offset + 1)
}

/// After the start tag of an element whose content is text: the offset of
/// its end tag `</name` (followed by a space, `/` or `>`), or the input's end.
fn after_text_content(bytes: &[u8], mut at: usize, name: &[u8]) -> usize {
    while let Some(offset) = bytes.get(at..).and_then(|rest| find(rest, b"</")) {
        let candidate = at + offset;
        let tag = candidate + 2;
        let matches = bytes
            .get(tag..tag + name.len())
            .is_some_and(|found| found.eq_ignore_ascii_case(name));
        let ended = bytes
            .get(tag + name.len())
            .is_some_and(|&b| is_space(b) || b == b'/' || b == b'>');
        if matches && ended {
            return candidate;
        }
        at = tag;
    }
    bytes.len()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The output with the invisible prefix shown as `^`.
    fn renamed(html: &str) -> String {
        rename_inline_attributes(html).replace(PREFIX, "^")
    }

    #[test]
    fn styles_and_handlers_are_renamed_wherever_the_tag_puts_them() {
        assert_eq!(
            renamed(r#"<p style="color:red">a</p>"#),
            r#"<p ^style="color:red">a</p>"#
        );
        assert_eq!(
            renamed("<img src=x ONERROR=alert(1) Style='x'>"),
            "<img src=x ^ONERROR=alert(1) ^Style='x'>"
        );
        assert_eq!(renamed("<img/onerror=x>"), "<img/^onerror=x>");
        assert_eq!(
            renamed("<a title=\"x>y\" onclick=z>"),
            "<a title=\"x>y\" ^onclick=z>"
        );
        assert_eq!(renamed("<p class=a style>"), "<p class=a ^style>");
        assert_eq!(
            renamed("<p style = 'a' onmouseover >"),
            "<p ^style = 'a' ^onmouseover >"
        );
        assert_eq!(
            renamed("<svg><rect onload=x /></svg>"),
            "<svg><rect ^onload=x /></svg>"
        );
        // End tags' attributes are tokenized (and dropped) too.
        assert_eq!(renamed("</p style=x>"), "</p ^style=x>");
    }

    #[test]
    fn text_that_only_looks_like_an_attribute_is_left_alone() {
        for html in [
            "<p>style=\"x\" onload=y</p>",
            "a < style=x",
            "<p title='style=x onclick=y'>t</p>",
            "<p title=\"a onclick=b\">",
            "<!-- <p style=x> -->",
            "<!--> <p>text</p>",
            "<!DOCTYPE html \"<p style=x>\"",
            "<?php <p style=x> ?>",
            "<script>var s = '<p style=x>';</script>",
            "<style>p[style=x] { }</style>",
            "<textarea><b onclick=x></textarea>",
            "<title><i style=x></title>",
            "<plaintext><p style=x>",
            "<p =style>",
            "<p data-style=x xstyle=y>",
            "مرحبا بالعالم",
        ] {
            assert!(
                matches!(rename_inline_attributes(html), Cow::Borrowed(_)),
                "{html} → {}",
                renamed(html)
            );
        }
    }

    #[test]
    fn markup_resumes_after_comments_and_text_elements() {
        assert_eq!(renamed("<!-- c --><p style=x>"), "<!-- c --><p ^style=x>");
        assert_eq!(renamed("<!-- a --!><p style=x>"), "<!-- a --!><p ^style=x>");
        assert_eq!(
            renamed("<script>if (a</b) x()</script ><p style=x>"),
            "<script>if (a</b) x()</script ><p ^style=x>"
        );
        assert_eq!(
            renamed("<STYLE>a{}</style><i onclick=x>"),
            "<STYLE>a{}</style><i ^onclick=x>"
        );
        // In SVG a `style` is markup; a `p` leaves SVG, and its `style` is text again.
        assert_eq!(
            renamed("<svg><style><rect onload=x></style></svg><style><p style=x></style>"),
            "<svg><style><rect ^onload=x></style></svg><style><p style=x></style>"
        );
        assert_eq!(
            renamed("<math><style><p><style><i style=x></style>"),
            "<math><style><p><style><i style=x></style>"
        );
        assert_eq!(
            renamed("<noscript><p style=x></noscript>"),
            "<noscript><p ^style=x></noscript>"
        );
    }

    #[test]
    fn cut_off_input_never_panics() {
        for html in [
            "<",
            "<p",
            "<p style",
            "<p style=",
            "<p style='",
            "<!-",
            "<!--",
            "</",
            "<script>",
            "<p a=\"é",
        ] {
            let _ = rename_inline_attributes(html);
        }
        // Multi-byte text around tags stays intact.
        assert_eq!(renamed("é<b style=x>ü</b>"), "é<b ^style=x>ü</b>");
    }
}
