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
/// not a complete reference (a bare `&`, `AT&T`) stays as written.
pub fn decode_references(text: &str) -> Cow<'_, str> {
    if text.contains('&') {
        html_escape::decode_html_entities(text)
    } else {
        Cow::Borrowed(text)
    }
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
