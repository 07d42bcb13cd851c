//! What a loaded feed shows: the page, or the error panel, with the
//! loading placeholder until the feed answers. Used by the full page and
//! by each widget.

use leptos::prelude::*;

use crate::components::{ErrorPanel, Loading, Page};
use crate::i18n::Locale;
use crate::loader::{FeedResource, FeedSettings};

/// The page once `feed` has loaded; its error panel (with a retry button
/// when trying again might help) when it could not.
///
/// Failures are matched here rather than thrown to an `ErrorBoundary`: the
/// panel needs the typed [`crate::error::ViewerError`] (for the reader's
/// language and the retry rule), which a boundary would have to downcast
/// back out of a type-erased error.
#[component]
pub fn FeedView(
    /// The feed being loaded.
    feed: FeedResource,
    /// The limits (and forced language) of later fetches from the same source.
    #[prop(optional)]
    settings: FeedSettings,
    /// The language of the placeholder and of errors about the feed itself.
    locale: Locale,
    /// The language when the feed names none.
    #[prop(into)]
    fallback_language: String,
) -> impl IntoView {
    let retry = Callback::new(move |()| feed.refetch());
    view! {
        <Transition fallback=move || view! { <Loading locale=locale/> }>
            {move || {
                let fallback_language = fallback_language.clone();
                let settings = settings.clone();
                Suspend::new(async move {
                    match feed.await {
                        Ok(feed) => view! { <Page feed=feed settings=settings fallback_language=fallback_language/> }.into_any(),
                        Err(error) => {
                            let on_retry = error.may_pass().then_some(retry);
                            view! { <ErrorPanel error=error locale=locale on_retry=on_retry/> }.into_any()
                        }
                    }
                })
            }}
        </Transition>
    }
}
