//! In-app navigation between articles through the History API.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MouseEvent, UrlSearchParams};

use super::query::article_href;
use crate::content::policy::is_web_address;

/// One opening of the page or of an article inside it. Each navigation
/// (first load, a click, back or forward) is a new opening, even to the
/// same article, so each is counted once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    /// Increases with every navigation.
    pub sequence: u64,
    /// The `article` parameter; `None` opens the feed's first article.
    pub article: Option<String>,
}

/// Where links between articles lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Linking {
    /// `?article=…` on this page; a plain click moves inside the app.
    InApp,
    /// Out of an embedded viewer, never through the host's history: to the
    /// article's own `url` when it has one, else to `viewer_page?article=…`
    /// (the full viewer), in a new tab when `new_tab`.
    Out { viewer_page: String, new_tab: bool },
}

/// The address bar as a reactive value, as a context. An embedded viewer
/// has one too, detached from the address bar ([`Navigation::detached`]).
#[derive(Clone, Copy)]
pub struct Navigation {
    opening: RwSignal<Opening>,
    /// The `feed` parameter the page was opened with (fixed for its life).
    feed_param: StoredValue<Option<String>>,
    linking: StoredValue<Linking>,
}

impl Navigation {
    /// Reads the address and follows back/forward. Must run inside a
    /// reactive owner; the listener goes with it.
    pub fn new() -> Self {
        Self::of_page(Linking::InApp)
    }

    /// The page's navigation with links that lead as `linking` says.
    pub fn of_page(linking: Linking) -> Self {
        let (article, feed) = current_params();
        let navigation = Self {
            opening: RwSignal::new(Opening {
                sequence: 0,
                article,
            }),
            feed_param: StoredValue::new(feed),
            linking: StoredValue::new(linking),
        };
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let (article, _) = current_params();
            // Back/forward to another article is an opening; a fragment
            // (`#main` from the skip link) or an entry of the same article is not.
            if navigation.opening.with_untracked(|o| o.article != article) {
                navigation.open(article);
                focus_article_title();
            }
        });
        on_cleanup(move || handle.remove());
        navigation
    }

    /// A navigation that never reads or writes the address bar, for a
    /// viewer embedded in someone else's page: [`Navigation::open`] moves it.
    pub fn detached(article: Option<String>, linking: Linking) -> Self {
        Self {
            opening: RwSignal::new(Opening {
                sequence: 0,
                article,
            }),
            feed_param: StoredValue::new(None),
            linking: StoredValue::new(linking),
        }
    }

    /// The link to article `id` whose own address is `url`, and its `target`.
    pub fn link(&self, id: &str, url: Option<&str>) -> (String, Option<&'static str>) {
        match self.linking.get_value() {
            Linking::InApp => (self.href(id), None),
            Linking::Out {
                viewer_page,
                new_tab,
            } => {
                let own = url.filter(|u| is_web_address(u));
                let href = match own {
                    Some(url) => url.to_owned(),
                    None => format!("{viewer_page}{}", self.href(id)),
                };
                (href, new_tab.then_some("_blank"))
            }
        }
    }

    pub fn provide(self) {
        provide_context(self);
    }

    /// The navigation provided above, if any.
    pub fn from_context() -> Option<Self> {
        use_context::<Self>()
    }

    /// The current opening (tracked).
    pub fn opening(&self) -> Opening {
        self.opening.get()
    }

    /// The current opening, untracked (for event handlers).
    pub fn opening_untracked(&self) -> Opening {
        self.opening.get_untracked()
    }

    /// The `feed` parameter of the page.
    pub fn feed_param(&self) -> Option<String> {
        self.feed_param.get_value()
    }

    /// The link to an article, keeping this page's `feed` parameter.
    pub fn href(&self, id: &str) -> String {
        self.feed_param
            .with_value(|feed| article_href(id, feed.as_deref()))
    }

    /// The link to the feed's first article (this page without `article`).
    pub fn home_href(&self) -> String {
        match self.feed_param.get_value() {
            Some(feed) => format!("?feed={}", super::query::encode_component(&feed)),
            // A page written for one article sits beside index.html, the feed's front.
            None if written_article().is_some() => "index.html".to_owned(),
            None => web_sys::window()
                .and_then(|w| w.location().pathname().ok())
                .unwrap_or_else(|| "?".to_owned()),
        }
    }

    /// Handles a click anywhere in the app: a plain left click on an article
    /// link moves inside the app; any other click (new tab, modifier keys,
    /// other links) is left to the browser.
    pub fn on_click(&self, event: MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(link) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[data-article-link]").ok().flatten())
        else {
            return;
        };
        if link.has_attribute("target") || link.has_attribute("download") {
            return;
        }
        let (Some(href), Some(id)) = (
            link.get_attribute("href"),
            link.get_attribute("data-article-id"),
        ) else {
            return;
        };
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(history) = window.history() else {
            return;
        };
        if history
            .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            .is_err()
        {
            // Sandboxed documents may refuse; then the browser follows the link.
            return;
        }
        event.prevent_default();
        window.scroll_to_with_x_and_y(0.0, 0.0);
        // An empty id is the link to the feed's first article.
        self.open(Some(id).filter(|id| !id.is_empty()));
        focus_article_title();
    }

    /// Opens `article` (the first when `None`): a new opening, counted once.
    pub fn open(&self, article: Option<String>) {
        self.opening.update(|opening| {
            opening.sequence += 1;
            opening.article = article;
        });
    }
}

impl Default for Navigation {
    fn default() -> Self {
        Self::new()
    }
}

/// After an in-app navigation, moves keyboard and screen-reader focus to the
/// new article's title (or the error panel), as a page load would start
/// reading from the top. Runs on the next frame, once the view has updated.
fn focus_article_title() {
    request_animation_frame(|| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let target = document
            .query_selector("#main h1, #main .error-panel")
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
}

/// The article this page was written for by the build (its
/// `article-viewer:article` setting), if it is such a page.
pub fn written_article() -> Option<String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| crate::loader::meta_content(&d, super::ARTICLE_META))
        .filter(|id| !id.is_empty())
}

/// The parameters of the current address (its query string), as the page
/// was opened or as the app has since moved it. Read by everything that
/// follows the address: navigation, the mode and the build's copy of the page.
pub fn address_params() -> Option<UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()
}

/// The `article` and `feed` parameters of the current address.
fn current_params() -> (Option<String>, Option<String>) {
    let params = address_params();
    let non_empty = |name: &str| {
        params
            .as_ref()
            .and_then(|p| p.get(name))
            .filter(|v| !v.is_empty())
    };
    // A page the build wrote for one article names it in a <meta>; its own
    // address carries no `article`.
    let article = non_empty("article").or_else(written_article);
    (article, non_empty("feed"))
}
