//! Which parts of the page an embedding shows (`show="article related"`).

/// The parts of the viewer that can be shown or left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// The article: title, byline, body, author box.
    pub article: bool,
    /// The related posts under the article.
    pub related: bool,
    /// The list of the feed's posts with their counts.
    pub sidebar: bool,
    /// The most-viewed list.
    pub most_viewed: bool,
}

impl Default for Parts {
    /// Everything: the full page.
    fn default() -> Self {
        Self::ALL
    }
}

impl Parts {
    /// Every part.
    pub const ALL: Self = Self {
        article: true,
        related: true,
        sidebar: true,
        most_viewed: true,
    };

    /// An `<iframe>`'s chrome-less article: the article and its related posts.
    pub const FRAME: Self = Self {
        article: true,
        related: true,
        sidebar: false,
        most_viewed: false,
    };

    /// The parts a `show` attribute names, separated by spaces or commas
    /// (`article`, `related`, `sidebar`, `most-viewed`). Unknown names are
    /// returned for a console warning; no attribute, or no known name, shows
    /// everything rather than an empty box. `xtask/embed/embed.js` reads the
    /// attribute the same way before the wasm loads: change both.
    pub fn parse(show: Option<&str>) -> (Self, Vec<String>) {
        let Some(show) = show else {
            return (Self::ALL, Vec::new());
        };
        let mut parts = Self {
            article: false,
            related: false,
            sidebar: false,
            most_viewed: false,
        };
        let mut unknown = Vec::new();
        let mut any = false;
        for name in show
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|n| !n.is_empty())
        {
            match name.to_ascii_lowercase().as_str() {
                "article" => parts.article = true,
                "related" => parts.related = true,
                "sidebar" => parts.sidebar = true,
                "most-viewed" => parts.most_viewed = true,
                _ => {
                    unknown.push(name.to_owned());
                    continue;
                }
            }
            any = true;
        }
        (if any { parts } else { Self::ALL }, unknown)
    }

    /// Whether the side column has anything in it.
    pub fn has_aside(self) -> bool {
        self.sidebar || self.most_viewed
    }
}

#[cfg(test)]
mod tests {
    use super::Parts;

    #[test]
    fn named_parts_only() {
        let (parts, unknown) = Parts::parse(Some("article, most-viewed"));
        assert_eq!(
            parts,
            Parts {
                article: true,
                related: false,
                sidebar: false,
                most_viewed: true
            }
        );
        assert!(unknown.is_empty());
        assert!(parts.has_aside());
        assert!(!Parts::FRAME.has_aside());
    }

    #[test]
    fn no_attribute_or_nothing_known_shows_everything() {
        assert_eq!(Parts::parse(None), (Parts::ALL, vec![]));
        assert_eq!(Parts::parse(Some("")).0, Parts::ALL);
        let (parts, unknown) = Parts::parse(Some("comments  ARTICLE sidebars"));
        assert_eq!(unknown, vec!["comments", "sidebars"]);
        assert!(parts.article && !parts.related && !parts.sidebar);
    }
}
