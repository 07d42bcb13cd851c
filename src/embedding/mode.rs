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
    /// Inside another site's `<iframe>` (`index.html?embed=1`): the article
    /// alone, its height reported to the parent.
    Frame,
    /// An `<article-viewer>` element on another site's page (`embed.js`).
    Widget,
}

impl Mode {
    /// The `<meta name>` that asks for [`Mode::Prerender`].
    pub const PRERENDER_META: &'static str = "article-viewer:prerender";

    /// The mode of a full page: what its `article-viewer:prerender` setting
    /// and its `embed` parameter ask for.
    pub fn of_page(prerender_setting: Option<&str>, embed_param: Option<&str>) -> Self {
        match (prerender_setting, embed_param) {
            (Some(v), _) if v.trim().eq_ignore_ascii_case("true") => Self::Prerender,
            (_, Some(v)) if !matches!(v.trim(), "" | "0" | "false") => Self::Frame,
            _ => Self::Page,
        }
    }

    /// Whether an opening is a reader's and so counted. A build is not a reader.
    pub fn counts_openings(self) -> bool {
        self != Self::Prerender
    }

    /// Whether the reader's place in an article is restored (the scroll
    /// position is the window's, which embedded viewers do not own).
    pub fn restores_reading_position(self) -> bool {
        self == Self::Page
    }

    /// Whether recent dates may read "3 hours ago": never in a file that
    /// stays the same for days.
    pub fn dates_relatively(self) -> bool {
        self != Self::Prerender
    }

    /// Whether the viewer owns the document: its title, `<html lang dir>`,
    /// sharing metadata, the reading-progress bar and the reader's controls.
    pub fn owns_document(self) -> bool {
        matches!(self, Self::Page | Self::Prerender)
    }

    /// Whether links between articles move inside the viewer through the
    /// History API. Embedded viewers never touch the host's history: their
    /// links lead out, to the article's own address or the full viewer.
    pub fn navigates_in_app(self) -> bool {
        matches!(self, Self::Page | Self::Prerender)
    }

    /// Whether the offline service worker may be registered.
    pub fn works_offline(self) -> bool {
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
    fn the_page_settings_choose_the_mode() {
        assert_eq!(Mode::of_page(Some("true"), None), Mode::Prerender);
        assert_eq!(Mode::of_page(Some(" TRUE "), Some("1")), Mode::Prerender);
        assert_eq!(Mode::of_page(None, Some("1")), Mode::Frame);
        assert_eq!(Mode::of_page(Some("false"), Some("yes")), Mode::Frame);
        for embed in [None, Some(""), Some("0"), Some("false")] {
            assert_eq!(Mode::of_page(None, embed), Mode::Page, "{embed:?}");
        }
    }

    #[test]
    fn what_each_mode_may_do() {
        use Mode::*;
        let can = |f: fn(Mode) -> bool| [Page, Prerender, Frame, Widget].map(f);
        assert_eq!(can(Mode::counts_openings), [true, false, true, true]);
        assert_eq!(
            can(Mode::restores_reading_position),
            [true, false, false, false]
        );
        assert_eq!(can(Mode::dates_relatively), [true, false, true, true]);
        assert_eq!(can(Mode::owns_document), [true, true, false, false]);
        assert_eq!(can(Mode::navigates_in_app), [true, true, false, false]);
        assert_eq!(can(Mode::works_offline), [true, false, false, false]);
    }
}
