//! Plain text as publishers actually write it: character references left in
//! titles and names, and the words of a body for items with no title.
//!
//! JSON Feed's `title`, `summary` and author names are plain text, but CMS
//! templates often emit them HTML-escaped (`Q&amp;A`, `2019&#8211;2024`).
//! Feed readers decode them, and so does this viewer; the result is always
//! shown as text, so a decoded `&lt;script&gt;` is a visible `<script>`,
//! never markup.

use std::borrow::Cow;

/// `text` with its HTML character references (`&amp;`, `&#8211;`,
/// `&hellip;`) replaced by the characters they stand for. Anything that is
/// not a complete reference (a bare `&`, `AT&T`, `&copy` with no `;`) stays
/// as written, and so do numbers that are no character a document may hold
/// (`&#0;`, a C0 control, a surrogate): the rules of html-escape's
/// `decode_html_entities`, which the tests hold this to.
pub fn decode_references(text: &str) -> Cow<'_, str> {
    let Some(first) = text.find('&') else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut rest = &text[first..];
    let mut changed = false;
    // `rest` starts with `&` at the top of each turn.
    while !rest.is_empty() {
        match reference_at(rest) {
            Some((length, value)) => {
                out.push_str(&value);
                rest = &rest[length..];
                changed = true;
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
        let next = rest.find('&').unwrap_or(rest.len());
        out.push_str(&rest[..next]);
        rest = &rest[next..];
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// The reference `text` starts with (at its `&`): its length in bytes and
/// the characters it stands for.
fn reference_at(text: &str) -> Option<(usize, Cow<'static, str>)> {
    // A reference runs to the first `;`; another `&` first means this one is not.
    let end = 1 + text[1..].find([';', '&'])?;
    if text.as_bytes()[end] != b';' {
        return None;
    }
    let body = &text[1..end];
    let value = match body.strip_prefix('#') {
        Some(number) => {
            let (digits, radix) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            // `from_str_radix` takes a sign; a reference is digits only.
            if !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            let character = char::from_u32(u32::from_str_radix(digits, radix).ok()?)?;
            if character < ' ' && !matches!(character, '\t' | '\n' | '\u{c}' | '\r') {
                return None;
            }
            Cow::Owned(character.to_string())
        }
        None => named_reference(body)?,
    };
    Some((end + 1, value))
}

/// The named references feeds carry most, answered without a look-up.
const COMMON_NAMED: [(&str, &str); 12] = [
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("hellip", "…"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
];

/// What the named reference `&name;` stands for, if it is one.
fn named_reference(name: &str) -> Option<Cow<'static, str>> {
    if let Some((_, value)) = COMMON_NAMED.iter().find(|(common, _)| *common == name) {
        return Some(Cow::Borrowed(value));
    }
    all_named_references(name)
}

/// The whole table of HTML's 2,125 names, on the host: html-escape's.
#[cfg(not(target_arch = "wasm32"))]
fn all_named_references(name: &str) -> Option<Cow<'static, str>> {
    let table = &html_escape::NAMED_ENTITIES;
    let at = table
        .binary_search_by(|(known, _)| (*known).cmp(name.as_bytes()))
        .ok()?;
    Some(Cow::Borrowed(table[at].1))
}

/// In the browser, the browser's own: it knows every name already, and a
/// copy of the table in the wasm cost 54 KB (17.6 KB brotli).
#[cfg(target_arch = "wasm32")]
fn all_named_references(name: &str) -> Option<Cow<'static, str>> {
    crate::content::named_references::browser_named_reference(name).map(Cow::Owned)
}

/// Phrasing elements: their tags sit inside words ("<b>Thu</b>rsday"), so
/// they separate nothing. Every other tag ends a word, as a block does.
const INLINE: [&str; 26] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
];

/// Elements whose contents are never shown as prose.
const HIDDEN: [&str; 5] = ["script", "style", "template", "noscript", "head"];

/// The visible words of an HTML fragment, for a label: tags removed (a tag
/// separates words, as block elements do on screen), `script`, `style` and
/// other unshown elements skipped, references decoded, whitespace collapsed.
/// Not a sanitizer: its result is only ever used as text.
pub fn words_of_markup(html: &str) -> String {
    let mut out = String::with_capacity(html.len().min(4096));
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let Some(close) = rest.find('>') else {
            // An unclosed `<` is text, as in a browser's tokenizer.
            break;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !INLINE.contains(&name.as_str()) {
            out.push(' ');
        }
        let opens = !tag.starts_with('/') && !tag.ends_with('/');
        if opens && HIDDEN.contains(&name.as_str()) {
            let end = format!("</{name}");
            match find_ignoring_case(rest, &end) {
                Some(at) => {
                    rest = &rest[at..];
                }
                None => rest = "",
            }
        }
    }
    out.push_str(rest);
    let decoded = decode_references(&out);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The byte offset of `needle` (ASCII) in `haystack`, ignoring ASCII case.
fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_become_characters() {
        assert_eq!(
            decode_references("Q&amp;A &#8211; 2024&hellip;"),
            "Q&A – 2024…"
        );
        assert_eq!(decode_references("&#x627;&#x644;&quot;x&quot;"), "ال\"x\"");
        assert_eq!(decode_references("&lt;script&gt;"), "<script>");
    }

    #[test]
    fn what_is_not_a_reference_stays() {
        assert_eq!(decode_references("AT&T & co"), "AT&T & co");
        assert_eq!(decode_references("&nosuch; &#xZZ;"), "&nosuch; &#xZZ;");
        assert!(matches!(decode_references("plain"), Cow::Borrowed("plain")));
    }

    #[test]
    fn the_common_names_are_html_s_own() {
        for (name, value) in COMMON_NAMED {
            assert_eq!(
                all_named_references(name).as_deref(),
                Some(value),
                "&{name};"
            );
        }
    }

    #[test]
    fn every_name_decodes_as_html_escape_decodes_it() {
        for (name, value) in html_escape::NAMED_ENTITIES.iter() {
            let name = std::str::from_utf8(name).unwrap();
            let text = format!("x&{name};y");
            assert_eq!(decode_references(&text), format!("x{value}y"), "{text}");
            assert_eq!(
                decode_references(&text),
                html_escape::decode_html_entities(&text)
            );
        }
    }

    #[test]
    fn edge_cases_decode_as_html_escape_decodes_them() {
        for text in [
            "&",
            "&&",
            "&;",
            "&#;",
            "&#x;",
            "&#X41;",
            "&#65;&#x41;",
            "&#+65;",
            "&#-65;",
            "&#x+41;",
            "&#0;",
            "&#9;&#10;&#12;&#13;&#31;&#32;",
            "&#xD800;",
            "&#x110000;",
            "&#99999999999;",
            "&#x10FFFF;",
            "&amp",
            "&amp &amp;",
            "&&amp;",
            "&am&amp;p;",
            "&notit;",
            "&not;",
            "&no such;",
            "&#65&#66;",
            "a & b & c;",
            "&Aacute;&aacute;&AElig;",
            "&#1575;&#x644;",
            "ends with &",
            "&#x",
            "&#",
            "&#1",
            "q&a;",
            "&ZeroWidthSpace;&zwnj;&lrm;&rlm;",
        ] {
            assert_eq!(
                decode_references(text),
                html_escape::decode_html_entities(text),
                "{text:?}"
            );
        }
        assert!(matches!(
            decode_references("no references"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(decode_references("AT&T; &#0;"), Cow::Borrowed(_)));
    }

    #[test]
    fn words_of_markup_skips_tags_and_unshown_elements() {
        assert_eq!(
            words_of_markup("<p>Testing on <b>Thurs</b>day.</p>"),
            "Testing on Thursday."
        );
        let html = "<p>First <b>bold</b>&nbsp;word</p><script>var x = '<p>no</p>';</script>\
                    <STYLE>p{}</STYLE><p>second<br>line &amp; more</p><template><i>hidden</i></template>";
        assert_eq!(
            words_of_markup(html),
            "First bold\u{a0}word second line & more"
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
        assert_eq!(
            words_of_markup("a < b and <unclosed"),
            "a < b and <unclosed"
        );
        assert_eq!(words_of_markup("<script>never closed"), "");
        assert_eq!(
            words_of_markup("<p>مرحبا</p><p>بالعالم</p>"),
            "مرحبا بالعالم"
        );
    }
}
