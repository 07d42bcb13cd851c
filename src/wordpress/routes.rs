//! Addresses on a WordPress site's REST API, built from its root.
//!
//! A root is what the site's own index calls itself: `https://news.example/wp-json/`
//! with pretty permalinks, `https://news.example/?rest_route=/` (or
//! `index.php?rest_route=/`) without. Routes and queries are put together
//! differently for the two, which is the pitfall peers trip over (a second
//! `?` in a plain-permalink address).

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The fields of a post the viewer shows, so the site does no work for the
/// rest (`_links` and `_embedded` must be named or `_embed` is ignored).
pub const POST_FIELDS: &str = "id,slug,link,title,content,excerpt,date_gmt,modified_gmt,author,\
featured_media,categories,tags,views,_links,_embedded";

/// Only the embedded parts the viewer shows: the author, the featured image and the terms.
pub const POST_EMBEDS: &str = "author,wp:featuredmedia,wp:term";

/// The most posts the API gives in one answer (`per_page` above it is a 400).
pub const MAX_PER_PAGE: u32 = 100;

/// Characters left as they are in a query value: RFC 3986's unreserved ones
/// and `,` and `:`, which read better in `_fields` and `_embed` and mean
/// nothing special to PHP's query parser.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b',')
    .remove(b':');

/// A site's REST root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestRoot {
    /// For a plain-permalink root, everything before the `rest_route` value
    /// (`https://news.example/?rest_route=`); else the root with its slash.
    prefix: String,
    plain: bool,
}

impl RestRoot {
    /// The root at `url`, an absolute address.
    pub fn new(url: &str) -> Self {
        let url = url.trim();
        let url = url.split('#').next().unwrap_or(url);
        if let Some(at) = url.find("rest_route=") {
            let prefix = &url[..at + "rest_route=".len()];
            return Self {
                prefix: prefix.to_owned(),
                plain: true,
            };
        }
        let base = url.split('?').next().unwrap_or(url);
        let mut prefix = base.to_owned();
        if !prefix.ends_with('/') {
            prefix.push('/');
        }
        Self {
            prefix,
            plain: false,
        }
    }

    /// The address of `route` (`wp/v2/posts`) with a query.
    pub fn route(&self, route: &str, query: &[(&str, &str)]) -> String {
        let route = route.trim_matches('/');
        let mut out = if self.plain {
            format!("{}/{route}", self.prefix)
        } else {
            format!("{}{route}", self.prefix)
        };
        let mut separator = if self.plain { '&' } else { '?' };
        for (name, value) in query {
            out.push(separator);
            out.push_str(name);
            out.push('=');
            out.extend(utf8_percent_encode(value, QUERY_VALUE));
            separator = '&';
        }
        out
    }

    /// One page of the site's posts, newest first, with what the viewer shows.
    pub fn posts_page(&self, page: u32, per_page: u32) -> String {
        format!("{}{}", self.posts_page_address(per_page), page.max(1))
    }

    /// [`Self::posts_page`] without its page number, which goes last.
    pub fn posts_page_address(&self, per_page: u32) -> String {
        let per_page = per_page.clamp(1, MAX_PER_PAGE).to_string();
        self.route(
            "wp/v2/posts",
            &[
                ("per_page", &per_page),
                ("_embed", POST_EMBEDS),
                ("_fields", POST_FIELDS),
                ("page", ""),
            ],
        )
    }

    /// The post with this slug (an array of zero or one post).
    pub fn post_by_slug(&self, slug: &str) -> String {
        let slug: String = utf8_percent_encode(slug, QUERY_VALUE).collect();
        format!("{}{slug}", self.post_by_slug_address())
    }

    /// [`Self::post_by_slug`] without the slug, which goes last.
    pub fn post_by_slug_address(&self) -> String {
        self.route(
            "wp/v2/posts",
            &[
                ("_embed", POST_EMBEDS),
                ("_fields", POST_FIELDS),
                ("slug", ""),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::RestRoot;

    #[test]
    fn pretty_roots_take_the_route_as_a_path() {
        let root = RestRoot::new("https://news.example/wp-json");
        assert_eq!(
            root.route("/wp/v2/posts", &[("slug", "a b"), ("page", "2")]),
            "https://news.example/wp-json/wp/v2/posts?slug=a%20b&page=2"
        );
        assert_eq!(
            RestRoot::new("https://news.example/blog/wp-json/?x=1").route("wp/v2/posts", &[]),
            "https://news.example/blog/wp-json/wp/v2/posts"
        );
    }

    #[test]
    fn plain_permalink_roots_take_the_route_as_a_parameter() {
        for root in [
            "https://news.example/?rest_route=/",
            "https://news.example/index.php?rest_route=/",
            "https://news.example/?rest_route=",
        ] {
            let url = RestRoot::new(root).route("wp/v2/posts", &[("page", "2")]);
            assert!(url.ends_with("?rest_route=/wp/v2/posts&page=2"), "{url}");
        }
    }

    #[test]
    fn an_arabic_slug_is_encoded_once() {
        let url = RestRoot::new("https://news.example/wp-json/").post_by_slug("مرحبا");
        assert!(
            url.ends_with("&slug=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7"),
            "{url}"
        );
        assert!(
            url.contains("_embed=author,wp:featuredmedia,wp:term"),
            "{url}"
        );
    }

    #[test]
    fn pages_stay_within_what_the_api_accepts() {
        let url = RestRoot::new("https://news.example/wp-json/").posts_page(0, 500);
        assert!(url.contains("per_page=100&"), "{url}");
        assert!(url.ends_with("&page=1"), "{url}");
    }
}
