//! The allowlist: which elements and attributes of third-party markup survive,
//! and which URLs are safe to keep.
//!
//! Everything not named here is refused. Elements are kept, unwrapped (the
//! element goes, its text stays) or dropped with everything inside. No
//! `style`, `id`, `name` or event handler is ever allowed, and no `class`
//! but the sanitizer's own card's: styles could overlay the page, ids and
//! names could clobber globals, handlers run script.

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
    "audio",
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
    "picture",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "source",
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
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// Elements removed with their contents: they run code, load things, take
/// input, or hold text that was never meant to be read as prose.
pub const DROPPED: &[&str] = &[
    "applet",
    "base",
    "basefont",
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
    "plaintext",
    "portal",
    "script",
    "select",
    "slot",
    "style",
    "svg",
    "template",
    "textarea",
    "title",
    "xmp",
];

/// The one class the policy keeps: the sanitizer's own card for an
/// embedded frame (on `figure` only). A publisher who writes it gets the
/// same styled box around content that is sanitized like any other.
pub const EMBED_CARD_CLASS: &str = "embed-card";

/// Elements that would embed another page or plugin. None is ever built:
/// each with a web address becomes a link card ([`embed_link`]) instead.
pub const FRAMES: &[&str] = &["iframe", "embed", "object"];

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
    /// `img src`, `source srcset`, `video src`, `poster`: fetched by the page itself.
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
        // Only a new tab (the sanitizer adds `rel="noopener"`), never a named
        // frame or `_top`, which could navigate the embedding page.
        ("a", "target") => one_of(value, &["_blank"]),
        ("figure", "class") => one_of(value, &[EMBED_CARD_CLASS]),
        ("img" | "video" | "audio" | "source" | "track", "src") => fetched_url(value),
        ("img" | "source", "srcset") => srcset(value),
        ("img" | "source", "sizes") => media_text(value),
        ("source", "media") => media_text(value),
        ("source", "type") => mime_type(value),
        ("video", "poster") => fetched_url(value),
        ("img", "alt") => Some(value.to_owned()),
        ("img" | "video" | "source", "width" | "height") => number(value, false),
        ("track", "kind") => one_of(
            value,
            &["subtitles", "captions", "descriptions", "chapters"],
        ),
        ("track", "srclang") => language_tag(value),
        ("track", "label") => Some(value.to_owned()),
        ("track", "default") => Some(String::new()),
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

/// A `srcset` with only safe image addresses, in its normal form
/// (`a.jpg 640w, b.jpg 1280w`); candidates with another scheme or a
/// malformed descriptor are left out, and `None` when none is left.
///
/// Parsed as browsers do: an address runs to the next whitespace (a
/// comma inside it is part of it, trailing commas end it), then an optional
/// descriptor (`640w`, `2x`, `1.5x`) runs to the next comma.
pub fn srcset(value: &str) -> Option<String> {
    map_srcset(value, fetched_url)
}

/// [`srcset`] with each candidate's address passed through `address`
/// (which cleans it, and may resolve it against the article's page).
pub fn map_srcset(value: &str, address: impl Fn(&str) -> Option<String>) -> Option<String> {
    let mut kept: Vec<String> = Vec::new();
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let url_end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let (mut url, after) = rest.split_at(url_end);
        rest = after;
        let mut descriptor = "";
        if url.ends_with(',') {
            url = url.trim_end_matches(',');
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            descriptor = rest[..end].trim();
            rest = &rest[end..];
        }
        let descriptor_ok = descriptor.is_empty() || is_density_or_width(descriptor);
        let cleaned = if descriptor_ok { address(url) } else { None };
        if let Some(url) = cleaned {
            kept.push(if descriptor.is_empty() {
                url
            } else {
                format!("{url} {descriptor}")
            });
        }
    }
    (!kept.is_empty()).then(|| kept.join(", "))
}

/// `640w`, `2x`, `1.5x`.
fn is_density_or_width(descriptor: &str) -> bool {
    let digits_ok = |number: &str| {
        !number.is_empty()
            && number.len() <= 8
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && number.bytes().filter(|b| *b == b'.').count() <= 1
    };
    match (descriptor.strip_suffix('w'), descriptor.strip_suffix('x')) {
        (Some(width), _) => digits_ok(width) && !width.contains('.'),
        (_, Some(density)) => digits_ok(density),
        _ => false,
    }
}

/// `sizes` and `media`: media conditions and lengths
/// (`(max-width: 600px) 100vw, 50vw`). Only the characters those need, so
/// nothing else (no `url(`, quotes or escapes) can ride along.
fn media_text(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()
        && value.len() <= 400
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " ().,:-+*/%".contains(c))
        && !value.to_ascii_lowercase().contains("url"))
    .then(|| value.to_owned())
}

/// A media type such as `image/webp` or `video/mp4; codecs="avc1.42E01E"`.
fn mime_type(value: &str) -> Option<String> {
    let value = value.trim();
    let (kind, _) = value.split_once('/')?;
    (matches!(
        kind.to_ascii_lowercase().as_str(),
        "image" | "video" | "audio"
    ) && value.len() <= 200
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/.+-;=\", ".contains(c)))
    .then(|| value.to_owned())
}

/// Where a frame's card leads, and the site it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedLink {
    /// The page to open: the video's own page for a player's address.
    pub href: String,
    /// The site, as readers know it ("YouTube"), else its host name.
    pub site: String,
}

/// The card for a frame whose address is `src`: players become their
/// watch pages (`youtube.com/embed/ID` → `youtube.com/watch?v=ID`), other
/// frames link to their own address. `None` unless it is an `http(s)` or
/// scheme-relative address.
pub fn embed_link(src: &str) -> Option<EmbedLink> {
    let src = safe_url(src, UrlUse::Image)?;
    let absolute = match src.strip_prefix("//") {
        Some(rest) => format!("https://{rest}"),
        None => src,
    };
    let lower = absolute.to_ascii_lowercase();
    let after_scheme = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host_end = after_scheme
        .find(['/', '?', '#'])
        .unwrap_or(after_scheme.len());
    let host = after_scheme[..host_end]
        .rsplit('@')
        .next()
        .unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    if host.is_empty() {
        return None;
    }
    let path_start = absolute.len() - (after_scheme.len() - host_end);
    let path = &absolute[path_start..];
    let path_only = path.split(['?', '#']).next().unwrap_or_default();
    let bare_host = host.strip_prefix("www.").unwrap_or(host);
    let video_id = |prefix: &str| {
        path_only
            .strip_prefix(prefix)
            .map(|id| id.trim_end_matches('/'))
            .filter(|id| {
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            })
            .map(str::to_owned)
    };
    let (site, href) = match bare_host {
        "youtube.com" | "youtube-nocookie.com" | "m.youtube.com" => (
            "YouTube",
            video_id("/embed/").map(|id| format!("https://www.youtube.com/watch?v={id}")),
        ),
        "player.vimeo.com" => (
            "Vimeo",
            video_id("/video/").map(|id| format!("https://vimeo.com/{id}")),
        ),
        "vimeo.com" => ("Vimeo", None),
        "twitter.com" | "x.com" | "platform.twitter.com" => ("X (Twitter)", None),
        "instagram.com" => ("Instagram", None),
        "open.spotify.com" => ("Spotify", None),
        "soundcloud.com" | "w.soundcloud.com" => ("SoundCloud", None),
        "facebook.com" => ("Facebook", None),
        "tiktok.com" => ("TikTok", None),
        "codepen.io" => ("CodePen", None),
        _ => ("", None),
    };
    Some(EmbedLink {
        href: href.unwrap_or(absolute),
        site: if site.is_empty() {
            bare_host.to_owned()
        } else {
            site.to_owned()
        },
    })
}

/// The site a quoted post comes from, by the class its publisher's embed
/// code gives the `blockquote` (`twitter-tweet`, `instagram-media`, ...).
pub fn quoted_post_site(class: &str) -> Option<&'static str> {
    class.split_ascii_whitespace().find_map(|name| match name {
        "twitter-tweet" | "twitter-video" => Some("X (Twitter)"),
        "instagram-media" => Some("Instagram"),
        "tiktok-embed" => Some("TikTok"),
        "bluesky-embed" => Some("Bluesky"),
        "mastodon-embed" => Some("Mastodon"),
        _ => None,
    })
}

/// The address of something the page fetches by itself (an image, a
/// poster, a media file): [`safe_url`] for [`UrlUse::Image`], with `http:`
/// upgraded to `https:`. Browsers upgrade such requests on secure pages
/// anyway (mixed content), and the page's CSP allows only `https:` beside
/// its own origin, so an `http:` image would be blocked on a plain page.
/// A scheme-relative `//host/x.png` gets `https:` too: on a viewer served
/// over `http:` it would otherwise be fetched (and blocked) as `http:`.
pub fn fetched_url(value: &str) -> Option<String> {
    let url = safe_url(value, UrlUse::Image)?;
    if url.starts_with("//") {
        return Some(format!("https:{url}"));
    }
    match url.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("http://") => {
            Some(format!("https://{}", &url[7..]))
        }
        _ => Some(url),
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
        // A button's label is text a reader sees; only the control goes.
        for tag in [
            "div", "section", "font", "center", "article", "x-widget", "marquee", "button",
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
            "formaction",
            "xlink:href",
            "src",
            "href",
            "background",
        ] {
            assert_eq!(clean_attribute("p", name, "x"), None, "{name}");
        }
        assert_eq!(clean_attribute("p", "srcset", "a.png 1x"), None);
        assert_eq!(clean_attribute("a", "target", "_top"), None);
        assert_eq!(
            clean_attribute("a", "target", "_blank").as_deref(),
            Some("_blank")
        );
        assert_eq!(
            clean_attribute("figure", "class", "embed-card").as_deref(),
            Some("embed-card")
        );
        assert_eq!(clean_attribute("figure", "class", "embed-card x"), None);
        assert_eq!(clean_attribute("p", "class", "embed-card"), None);
        for refused in [
            "autoplay",
            "onplay",
            "controlslist",
            "crossorigin",
            "preload",
        ] {
            assert_eq!(clean_attribute("video", refused, ""), None, "{refused}");
            assert_eq!(clean_attribute("audio", refused, ""), None, "{refused}");
        }
    }

    #[test]
    fn media_elements_are_kept() {
        for tag in [
            "picture",
            "source",
            "video",
            "audio",
            "track",
            "figure",
            "figcaption",
        ] {
            assert_eq!(element_rule(tag), ElementRule::Keep(tag));
        }
        for frame in FRAMES {
            assert_eq!(element_rule(frame), ElementRule::Drop, "{frame}");
        }
    }

    #[test]
    fn srcset_keeps_only_safe_candidates() {
        assert_eq!(
            srcset(" a.jpg 640w,\n https://cdn.example/b.jpg  1280w ").as_deref(),
            Some("a.jpg 640w, https://cdn.example/b.jpg 1280w")
        );
        assert_eq!(
            srcset("x.png, y.png 2x").as_deref(),
            Some("x.png, y.png 2x")
        );
        assert_eq!(
            srcset("https://i.example/a,b.jpg 1.5x").as_deref(),
            Some("https://i.example/a,b.jpg 1.5x")
        );
        assert_eq!(
            srcset("javascript:alert(1) 1x, ok.jpg 1x").as_deref(),
            Some("ok.jpg 1x")
        );
        assert_eq!(srcset("data:image/svg+xml,<svg onload=x> 1x"), None);
        assert_eq!(srcset("a.jpg 10q"), None);
        assert_eq!(srcset("a.jpg 1.5w"), None);
        assert_eq!(srcset(" , "), None);
        assert_eq!(srcset("a.jpg 1¡"), None);
        assert_eq!(srcset("!\t¡"), None);
        assert_eq!(
            clean_attribute("source", "srcset", "a.webp 1x").as_deref(),
            Some("a.webp 1x")
        );
    }

    #[test]
    fn media_attributes_are_validated() {
        assert_eq!(
            clean_attribute("img", "sizes", "(max-width: 600px) 100vw, 50vw").as_deref(),
            Some("(max-width: 600px) 100vw, 50vw")
        );
        assert_eq!(clean_attribute("img", "sizes", "url(x)"), None);
        assert_eq!(clean_attribute("source", "media", "x\"><b"), None);
        assert_eq!(
            clean_attribute("source", "type", "video/mp4; codecs=\"avc1.42E01E\"").as_deref(),
            Some("video/mp4; codecs=\"avc1.42E01E\"")
        );
        assert_eq!(clean_attribute("source", "type", "text/html"), None);
        assert_eq!(clean_attribute("video", "src", "javascript:x"), None);
        assert_eq!(
            clean_attribute("audio", "src", "https://cdn.example/e.mp3").as_deref(),
            Some("https://cdn.example/e.mp3")
        );
        assert_eq!(clean_attribute("video", "poster", "data:image/png,x"), None);
        assert_eq!(clean_attribute("track", "kind", "metadata"), None);
    }

    #[test]
    fn frames_become_links_to_their_pages() {
        let link = |src: &str| embed_link(src).map(|l| (l.site, l.href));
        assert_eq!(
            link("https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"),
            Some((
                "YouTube".into(),
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ".into()
            ))
        );
        assert_eq!(
            link("//www.youtube-nocookie.com/embed/abc_DEF-1"),
            Some((
                "YouTube".into(),
                "https://www.youtube.com/watch?v=abc_DEF-1".into()
            ))
        );
        assert_eq!(
            link("https://player.vimeo.com/video/76979871?h=8272103f6e"),
            Some(("Vimeo".into(), "https://vimeo.com/76979871".into()))
        );
        assert_eq!(
            link("https://maps.example.org/embed?pb=1"),
            Some((
                "maps.example.org".into(),
                "https://maps.example.org/embed?pb=1".into()
            ))
        );
        assert_eq!(link("javascript:alert(1)"), None);
        assert_eq!(link("data:text/html,<script>x</script>"), None);
        assert_eq!(link("/relative/frame.html"), None);
        assert_eq!(
            quoted_post_site("twitter-tweet tw-align-center"),
            Some("X (Twitter)")
        );
        assert_eq!(quoted_post_site("wp-block-quote"), None);
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
        assert_eq!(
            fetched_url("HTTP://cdn.example/x.png").as_deref(),
            Some("https://cdn.example/x.png")
        );
        assert_eq!(fetched_url("x.png").as_deref(), Some("x.png"));
        assert_eq!(
            fetched_url("//images.example/a.jpg").as_deref(),
            Some("https://images.example/a.jpg")
        );
        assert_eq!(fetched_url("javascript:x"), None);
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
