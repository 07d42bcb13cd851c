//! The allowlist: which elements and attributes of third-party markup survive,
//! and which URLs are safe to keep.
//!
//! Everything not named here is refused. Elements are kept, unwrapped (the
//! element goes, its text stays) or dropped with everything inside. No
//! `style`, `class`, `id`, `name` or event handler is ever allowed: styles
//! could overlay the page, ids and names could clobber globals, handlers run
//! script.

/// What happens to an element of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementRule {
    /// Rebuilt as this (lower-case) tag with its allowed attributes.
    Keep(&'static str),
    /// Left out, its children kept in its place.
    Unwrap,
    /// Left out with all it contains.
    Drop,
}

/// Elements rebuilt as themselves.
const KEPT: &[&str] = &[
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "dd",
    "del",
    "dfn",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Elements removed with their contents: they run code, load things, take
/// input, or hold text that was never meant to be read as prose.
pub const DROPPED: &[&str] = &[
    "applet",
    "audio",
    "base",
    "basefont",
    "button",
    "canvas",
    "datalist",
    "dialog",
    "embed",
    "frame",
    "frameset",
    "head",
    "iframe",
    "input",
    "keygen",
    "link",
    "math",
    "meta",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "option",
    "optgroup",
    "param",
    "picture",
    "plaintext",
    "portal",
    "script",
    "select",
    "slot",
    "source",
    "style",
    "svg",
    "template",
    "textarea",
    "title",
    "track",
    "video",
    "xmp",
];

/// The rule for an element, by its lower-case local name.
pub fn element_rule(tag: &str) -> ElementRule {
    match tag {
        // The page's own title is the one `h1`; a body's `h1` becomes a section heading.
        "h1" => ElementRule::Keep("h2"),
        _ => {
            if let Some(kept) = KEPT.iter().find(|kept| **kept == tag) {
                ElementRule::Keep(kept)
            } else if DROPPED.contains(&tag) {
                ElementRule::Drop
            } else {
                ElementRule::Unwrap
            }
        }
    }
}

/// What a URL attribute points at, which decides the schemes it may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlUse {
    /// `a href`: a page the reader may follow.
    Link,
    /// `img src`: fetched by the page itself.
    Image,
    /// `cite` on quotes: never fetched, but still a link.
    Citation,
}

/// The value an allowed attribute keeps, or `None` when the attribute (or its
/// value) is refused. `tag` is the output tag, `name` the lower-case name.
pub fn clean_attribute(tag: &str, name: &str, value: &str) -> Option<String> {
    match (tag, name) {
        (_, "dir") => one_of(value, &["ltr", "rtl", "auto"]),
        (_, "lang") => language_tag(value),
        (_, "title") => Some(value.to_owned()),
        ("a", "href") => safe_url(value, UrlUse::Link),
        ("img", "src") => safe_url(value, UrlUse::Image),
        ("img", "alt") => Some(value.to_owned()),
        ("img", "width" | "height") => number(value, false),
        ("blockquote" | "q" | "del" | "ins", "cite") => safe_url(value, UrlUse::Citation),
        ("td" | "th", "colspan" | "rowspan") => number(value, false),
        ("th", "scope") => one_of(value, &["row", "col", "rowgroup", "colgroup"]),
        ("ol", "start") => number(value, true),
        ("ol", "reversed") => Some(String::new()),
        ("ol", "type") => one_of(value, &["1", "a", "A", "i", "I"]),
        ("li", "value") => number(value, true),
        ("time" | "del" | "ins", "datetime") => Some(value.to_owned()),
        _ => None,
    }
}

/// The URL, cleaned, when it is safe for `usage`; `None` otherwise.
///
/// Browsers ignore ASCII tabs and newlines inside URLs and trim control
/// characters and spaces around them, so `jav&#9;ascript:` is still
/// `javascript:`. This removes all of them first, then allows only relative
/// URLs and the schemes `usage` permits. Anything that looks like a scheme but
/// is not a known good one is refused, so oddly spelled schemes cannot slip by.
pub fn safe_url(value: &str, usage: UrlUse) -> Option<String> {
    let cleaned: String = value
        .chars()
        .filter(|c| !c.is_ascii_control() && !c.is_ascii_whitespace())
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let allowed: &[&str] = match usage {
        UrlUse::Link => &["http", "https", "mailto", "tel"],
        UrlUse::Image => &["http", "https"],
        UrlUse::Citation => &["http", "https"],
    };
    let scheme_end = cleaned.find([':', '/', '?', '#']);
    match scheme_end {
        Some(end) if cleaned[end..].starts_with(':') => {
            let scheme = cleaned[..end].to_ascii_lowercase();
            allowed.contains(&scheme.as_str()).then_some(cleaned)
        }
        // No scheme: relative to the page, a fragment, a query or `//host/path`.
        _ => Some(cleaned),
    }
}

/// True for an absolute `http://` or `https://` address: what a feed's own
/// `url` or `image` must be to be used as a page's canonical address, an
/// image for link previews, or where an embedded viewer's links lead.
pub fn is_web_address(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// True for a link that leaves this site (an absolute or scheme-relative URL).
pub fn is_external_link(href: &str) -> bool {
    let lower = href.to_ascii_lowercase();
    lower.starts_with("http:") || lower.starts_with("https:") || lower.starts_with("//")
}

fn one_of(value: &str, options: &[&str]) -> Option<String> {
    let value = value.trim();
    options
        .iter()
        .find(|option| option.eq_ignore_ascii_case(value))
        .map(|option| (*option).to_owned())
}

fn number(value: &str, signed: bool) -> Option<String> {
    let value = value.trim();
    let digits = if signed {
        value.strip_prefix('-').unwrap_or(value)
    } else {
        value
    };
    (!digits.is_empty() && digits.len() <= 6 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| value.to_owned())
}

fn language_tag(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()
        && value.len() <= 35
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    .then(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_is_kept_and_h1_demoted() {
        for tag in [
            "p",
            "h2",
            "ul",
            "ol",
            "li",
            "blockquote",
            "a",
            "img",
            "em",
            "strong",
            "figure",
            "table",
        ] {
            assert_eq!(element_rule(tag), ElementRule::Keep(tag));
        }
        assert_eq!(element_rule("h1"), ElementRule::Keep("h2"));
    }

    #[test]
    fn active_elements_are_dropped_and_unknown_ones_unwrapped() {
        for tag in [
            "script", "style", "iframe", "object", "embed", "svg", "math", "template", "noscript",
            "base", "meta", "link", "textarea", "form",
        ] {
            let rule = element_rule(tag);
            if tag == "form" {
                assert_eq!(rule, ElementRule::Unwrap);
            } else {
                assert_eq!(rule, ElementRule::Drop, "{tag}");
            }
        }
        for tag in [
            "div", "section", "font", "center", "article", "x-widget", "marquee",
        ] {
            assert_eq!(element_rule(tag), ElementRule::Unwrap, "{tag}");
        }
    }

    #[test]
    fn event_handlers_styles_and_clobbering_attributes_are_refused() {
        for name in [
            "onclick",
            "onerror",
            "onload",
            "style",
            "class",
            "id",
            "name",
            "srcset",
            "formaction",
            "xlink:href",
            "src",
            "href",
            "background",
        ] {
            assert_eq!(clean_attribute("p", name, "x"), None, "{name}");
        }
        assert_eq!(clean_attribute("img", "srcset", "a.png 1x"), None);
        assert_eq!(clean_attribute("a", "target", "_top"), None);
    }

    #[test]
    fn allowed_attributes_are_validated() {
        assert_eq!(clean_attribute("p", "dir", " RTL "), Some("rtl".into()));
        assert_eq!(clean_attribute("p", "dir", "sideways"), None);
        assert_eq!(
            clean_attribute("span", "lang", "en-US"),
            Some("en-US".into())
        );
        assert_eq!(clean_attribute("span", "lang", "en\"><x"), None);
        assert_eq!(clean_attribute("img", "width", "640"), Some("640".into()));
        assert_eq!(clean_attribute("img", "width", "100%"), None);
        assert_eq!(clean_attribute("ol", "start", "-3"), Some("-3".into()));
        assert_eq!(clean_attribute("td", "colspan", "-3"), None);
    }

    #[test]
    fn dangerous_urls_are_refused_however_spelled() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\0script:alert(1)",
            "\u{1}javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "DATA:image/svg+xml;base64,PHN2Zz4=",
            "java\u{FFFD}script:x",
            "file:///etc/passwd",
            "jar:http://x!/",
            "",
            "  \t ",
        ] {
            assert_eq!(safe_url(url, UrlUse::Link), None, "{url:?}");
            assert_eq!(safe_url(url, UrlUse::Image), None, "{url:?}");
        }
    }

    #[test]
    fn ordinary_urls_are_kept() {
        assert_eq!(
            safe_url("https://example.com/a?b#c", UrlUse::Link).as_deref(),
            Some("https://example.com/a?b#c")
        );
        assert_eq!(
            safe_url("?article=x", UrlUse::Link).as_deref(),
            Some("?article=x")
        );
        assert_eq!(
            safe_url("#section", UrlUse::Link).as_deref(),
            Some("#section")
        );
        assert_eq!(
            safe_url("/path/a:b", UrlUse::Link).as_deref(),
            Some("/path/a:b")
        );
        assert_eq!(
            safe_url("mailto:desk@example.com", UrlUse::Link).as_deref(),
            Some("mailto:desk@example.com")
        );
        assert_eq!(safe_url("mailto:desk@example.com", UrlUse::Image), None);
        assert_eq!(
            safe_url("HTTPS://cdn.example/x.png", UrlUse::Image).as_deref(),
            Some("HTTPS://cdn.example/x.png")
        );
    }

    #[test]
    fn external_links_are_recognised() {
        assert!(is_external_link("https://example.com"));
        assert!(is_external_link("//example.com"));
        assert!(!is_external_link("?article=2"));
        assert!(!is_external_link("#top"));
    }

    #[test]
    fn web_addresses_are_absolute_http_or_https() {
        assert!(is_web_address("https://news.example/a"));
        assert!(is_web_address("http://news.example/a"));
        for other in [
            "//news.example/a",
            "javascript:alert(1)",
            "data:text/html,x",
            "?article=a",
            "ftp://news.example/a",
            "",
        ] {
            assert!(!is_web_address(other), "{other}");
        }
    }
}
