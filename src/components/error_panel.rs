//! The panel shown instead of an article when something went wrong.

use leptos::prelude::*;

use crate::error::ViewerError;
use crate::i18n::{Direction, Locale};

/// A specific, actionable error in the reader's language; the operator's
/// English text goes to the console.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: ViewerError,
    /// The language to explain it in.
    locale: Locale,
    /// Offered as a "try again" button when the error may pass (network, server).
    #[prop(default = None)]
    on_retry: Option<Callback<()>>,
    /// Offered as a link to the feed's first article (for an unknown article).
    #[prop(optional)]
    home_href: Option<String>,
    /// Inside an article that has its own `h1` (a body that could not be
    /// rendered): the heading is an `h2`. Otherwise the panel stands in for
    /// the article, and its heading is the page's one `h1`.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    web_sys::console::error_1(&format!("article-viewer: {error}").into());
    let strings = locale.strings();
    let kind = error.kind();
    view! {
        <section
            class="error-panel"
            role="alert"
            tabindex="-1"
            data-error=kind
            lang=strings.lang
            dir=Direction::of_language(strings.lang).as_str()
        >
            {if nested {
                view! { <h2 class="error-panel__heading">{strings.error_heading}</h2> }.into_any()
            } else {
                view! { <h1 class="error-panel__heading" tabindex="-1">{strings.error_heading}</h1> }.into_any()
            }}
            <p class="error-panel__title">{(strings.error_title)(&error)}</p>
            <p class="error-panel__detail">{(strings.error_detail)(&error)}</p>
            <div class="error-panel__actions">
                {on_retry.map(|retry| view! {
                    <button type="button" class="error-panel__retry" on:click=move |_| retry.run(())>
                        {strings.error_retry}
                    </button>
                })}
                {home_href.map(|href| view! {
                    <a class="error-panel__home" href=href data-article-link="" data-article-id="">
                        {strings.error_home}
                    </a>
                })}
            </div>
        </section>
    }
}
