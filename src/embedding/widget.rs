//! The `<article-viewer>` element's inside: `embed.js` (written by
//! `cargo xtask build`) defines the element, loads this wasm once for the
//! whole page and calls [`mount_widget`] for each element, with a root in
//! the element's shadow root.
//!
//! A widget never touches the host page outside its own element: no
//! `<html lang>`, no title, no history, no scroll position, no theme on the
//! host's root. Its openings are counted in the host origin's storage, by
//! one store shared by every widget of the page.
//!
//! Attributes: `feed` (resolved against the host page, default the demo
//! feed beside `embed.js`), `article` (default the feed's first), `lang`
//! (the language when the feed names none), `digits` (`latn`, `arab`),
//! `show` (see [`Parts::parse`]) and `theme` (`light`, `dark`, `sepia`,
//! `auto`: pure CSS, `:host([theme=…])`). A changed `article` is a new
//! opening; any other change renders the widget anew.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use super::{Mode, Parts};
use crate::components::FeedView;
use crate::error::ViewerError;
use crate::i18n::{Direction, HijriSetting, Locale, Numerals, NumeralsSetting};
use crate::loader::settings::language_tag;
use crate::loader::{feed_resource, FeedSettings};
use crate::routing::{Linking, Navigation, ShownReport};
use crate::views::ViewStore;

/// The event a widget fires once its article is on screen; `detail` is
/// `{ article: <id>, title: <title> }`.
pub const LOADED_EVENT: &str = "article-viewer:loaded";
/// The event a widget fires when it shows an error instead; `detail` is
/// `{ kind: <as data-error>, message: <English text> }`.
pub const ERROR_EVENT: &str = "article-viewer:error";

thread_local! {
    /// One view-count store for every widget on the page, under an owner
    /// that lives as long as the page (widgets come and go).
    static SHARED_STORE: RefCell<Option<(Owner, ViewStore)>> = const { RefCell::new(None) };
}

fn shared_store() -> ViewStore {
    SHARED_STORE.with(|shared| {
        let mut shared = shared.borrow_mut();
        let (_, store) = shared.get_or_insert_with(|| {
            // A root of its own: a child of the widget being rendered would
            // be disposed with it, taking every other widget's counts along.
            // `new_root` also makes itself the current owner, which would
            // put the rest of this widget under it: the previous one is put
            // back at once.
            let previous = Owner::current();
            let owner = Owner::new_root(None);
            match previous {
                Some(previous) => previous.set(),
                None => owner.clone().unset(),
            }
            let store = owner.with(ViewStore::new);
            (owner, store)
        });
        *store
    })
}

/// What a widget's attributes ask for, read when it is (re)rendered.
#[derive(Debug, Clone)]
struct WidgetConfig {
    feed: String,
    article: Option<String>,
    language: String,
    /// The `language` attribute: the articles' language, overriding the
    /// feed's and detection (as `article-viewer:language` on a page).
    forced_language: Option<String>,
    digits: Option<Numerals>,
    parts: Parts,
}

/// The value of the element's attribute `name`; none when it is missing or blank.
fn attribute_of(host: &HtmlElement, name: &str) -> Option<String> {
    host.get_attribute(name).filter(|v| !v.trim().is_empty())
}

impl WidgetConfig {
    fn read(host: &HtmlElement, default_feed: &str) -> Self {
        let attribute = |name: &str| attribute_of(host, name);
        let feed = attribute("feed")
            .and_then(|feed| {
                // Relative to the host page, as any attribute holding a URL.
                let base = host.base_uri().ok().flatten()?;
                web_sys::Url::new_with_base(feed.trim(), &base)
                    .ok()
                    .map(|u| u.href())
            })
            .unwrap_or_else(|| default_feed.to_owned());
        let (parts, unknown) = Parts::parse(attribute("show").as_deref());
        if !unknown.is_empty() {
            web_sys::console::warn_1(
                &format!(
                    "article-viewer: show=\"…\" names unknown parts {unknown:?}; known: article, related, sidebar, most-viewed"
                )
                .into(),
            );
        }
        Self {
            feed,
            article: attribute("article"),
            language: attribute("lang").unwrap_or_else(|| "ar".to_owned()),
            forced_language: attribute("language").and_then(|l| language_tag(&l)),
            digits: attribute("digits").and_then(|d| Numerals::parse(&d)),
            parts,
        }
    }
}

/// One `<article-viewer>` element's viewer, as `embed.js` holds it.
#[wasm_bindgen]
pub struct WidgetHandle {
    host: HtmlElement,
    root: HtmlElement,
    viewer_page: String,
    default_feed: String,
    navigation: Rc<RefCell<Option<Navigation>>>,
    mounted: RefCell<Option<Box<dyn Any>>>,
}

/// Renders a viewer for the `host` element into `root` (inside its shadow
/// root). `viewer_page` is the full viewer (`index.html` beside
/// `embed.js`), where links lead for articles with no `url` of their own;
/// `default_feed` the feed used without a `feed` attribute.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    host: HtmlElement,
    root: HtmlElement,
    viewer_page: String,
    default_feed: String,
) -> WidgetHandle {
    console_error_panic_hook::set_once();
    let handle = WidgetHandle {
        host,
        root,
        viewer_page,
        default_feed,
        navigation: Rc::new(RefCell::new(None)),
        mounted: RefCell::new(None),
    };
    handle.render();
    handle
}

#[wasm_bindgen]
impl WidgetHandle {
    /// An observed attribute changed: a new `article` is a new opening;
    /// anything else renders the widget anew.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: &str) {
        let navigation = *self.navigation.borrow();
        match (name, navigation) {
            ("article", Some(navigation)) => {
                navigation.open(attribute_of(&self.host, "article"));
            }
            _ => self.render(),
        }
    }

    /// Removes the viewer (the element left the page).
    pub fn unmount(&self) {
        self.mounted.borrow_mut().take();
        self.navigation.borrow_mut().take();
        self.root.set_text_content(None);
    }
}

impl WidgetHandle {
    fn render(&self) {
        self.unmount();
        let config = WidgetConfig::read(&self.host, &self.default_feed);
        let host = self.host.clone();
        let viewer_page = self.viewer_page.clone();
        let slot = self.navigation.clone();
        let mounted = leptos::mount::mount_to(self.root.clone(), move || {
            let navigation = Navigation::detached(
                config.article.clone(),
                Linking::Out {
                    viewer_page,
                    new_tab: false,
                },
            );
            *slot.borrow_mut() = Some(navigation);
            view! { <Widget config=config host=host navigation=navigation/> }
        });
        *self.mounted.borrow_mut() = Some(Box::new(mounted));
    }
}

/// The viewer inside one element.
#[component]
fn Widget(config: WidgetConfig, host: HtmlElement, navigation: Navigation) -> impl IntoView {
    Mode::Widget.provide();
    provide_context(config.parts);
    provide_context(NumeralsSetting(config.digits));
    provide_context(HijriSetting(false));
    navigation.provide();
    shared_store().provide();

    let locale = Locale::of_language(&config.language);
    let dir = Direction::of_language(&config.language).as_str();
    let settings = FeedSettings {
        language: config.forced_language.clone(),
        ..FeedSettings::default()
    };
    let feed = feed_resource(Ok(config.feed.clone()), settings.clone());

    // Tell the host once each opening is on screen (the page reports it,
    // after fetching the article if it had to), or why it is not.
    let tell = {
        let host = SendWrapper::new(host);
        move |outcome: Result<(String, String), ViewerError>| {
            let host = host.clone();
            request_animation_frame(move || match outcome {
                Ok((id, title)) => {
                    dispatch(&host, LOADED_EVENT, &[("article", &id), ("title", &title)])
                }
                Err(error) => dispatch(
                    &host,
                    ERROR_EVENT,
                    &[("kind", error.kind()), ("message", &error.to_string())],
                ),
            });
        }
    };
    let tell_failure = tell.clone();
    ShownReport::provide(tell);
    Effect::new(move |_| {
        let failed = feed.with(|answer| answer.as_ref().and_then(|a| a.as_ref().err().cloned()));
        if let Some(error) = failed {
            tell_failure(Err(error));
        }
    });

    view! {
        <div class="viewer viewer--widget" lang=config.language.clone() dir=dir>
            <FeedView feed=feed settings=settings locale=locale fallback_language=config.language.clone()/>
        </div>
    }
}

/// Fires `name` on the host element, bubbling out of the shadow root, with
/// a `detail` object of string fields.
fn dispatch(host: &HtmlElement, name: &str, detail: &[(&str, &str)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Whether `embed.js` loaded this wasm: then `main` must not mount a full
/// page on the host's `<body>`.
pub fn loaded_by_embed_script() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__articleViewerEmbedded".into()).ok())
        .is_some_and(|flag| flag.as_bool() == Some(true))
}
