//! The address of an article: a query string relative to the current page,
//! so the same links work at `/`, at `/news/viewer/` or from a file.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What `encodeURIComponent` leaves alone, minus nothing: ids round-trip
/// through `URLSearchParams` exactly.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// Percent-encodes one query component.
pub fn encode_component(value: &str) -> String {
    utf8_percent_encode(value, COMPONENT).to_string()
}

/// The link to article `id`. `feed` is the `feed` parameter the page was
/// opened with, kept so the reader stays on the same feed.
pub fn article_href(id: &str, feed: Option<&str>) -> String {
    match feed {
        Some(feed) => format!(
            "?feed={}&article={}",
            encode_component(feed),
            encode_component(id)
        ),
        None => format!("?article={}", encode_component(id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_encoded_as_one_component() {
        assert_eq!(article_href("musk-putin", None), "?article=musk-putin");
        assert_eq!(
            article_href("a&b=c d/e?#", None),
            "?article=a%26b%3Dc%20d%2Fe%3F%23"
        );
        assert_eq!(article_href("مصر", None), "?article=%D9%85%D8%B5%D8%B1");
        assert_eq!(
            article_href("7", Some("feeds/x.json")),
            "?feed=feeds%2Fx.json&article=7"
        );
    }
}
