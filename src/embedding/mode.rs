//! What the viewer may do where it runs. A page it owns counts openings,
//! restores the reading position and dates recent posts relatively; the
//! build's prerenderer gets the same page with nothing stored and nothing
//! that goes stale once written to a file.

use leptos::prelude::*;

/// Where this instance of the viewer runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// A page of its own, read by a person.
    #[default]
    Page,
    /// Rendered by `cargo xtask build` into a static HTML file
    /// (`<meta name="article-viewer:prerender" content="true">`).
    Prerender,
}

impl Mode {
    /// The `<meta name>` that asks for [`Mode::Prerender`].
    pub const PRERENDER_META: &'static str = "article-viewer:prerender";

    /// The mode a page asks for with its `article-viewer:prerender` setting.
    pub fn from_prerender_setting(value: Option<&str>) -> Self {
        match value {
            Some(v) if v.trim().eq_ignore_ascii_case("true") => Self::Prerender,
            _ => Self::Page,
        }
    }

    /// Whether an opening is a reader's and so counted. A build is not a reader.
    pub fn counts_openings(self) -> bool {
        self == Self::Page
    }

    /// Whether the reader's place in an article is restored.
    pub fn restores_reading_position(self) -> bool {
        self == Self::Page
    }

    /// Whether recent dates may read "3 hours ago": never in a file that
    /// stays the same for days.
    pub fn dates_relatively(self) -> bool {
        self == Self::Page
    }

    /// Makes this the mode of everything below.
    pub fn provide(self) {
        provide_context(self);
    }

    /// The mode provided above; [`Mode::Page`] when none is.
    pub fn current() -> Self {
        use_context::<Self>().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_explicit_true_asks_for_prerendering() {
        assert_eq!(Mode::from_prerender_setting(Some("true")), Mode::Prerender);
        assert_eq!(
            Mode::from_prerender_setting(Some(" TRUE ")),
            Mode::Prerender
        );
        for other in [None, Some(""), Some("false"), Some("1"), Some("yes")] {
            assert_eq!(Mode::from_prerender_setting(other), Mode::Page, "{other:?}");
        }
    }

    #[test]
    fn a_prerender_neither_counts_nor_dates_relatively() {
        let build = Mode::Prerender;
        assert!(!build.counts_openings());
        assert!(!build.restores_reading_position());
        assert!(!build.dates_relatively());
        let reader = Mode::Page;
        assert!(reader.counts_openings() && reader.restores_reading_position());
        assert!(reader.dates_relatively());
    }
}
