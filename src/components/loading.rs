//! What the reader sees while the feed loads.

use leptos::prelude::*;

use crate::i18n::Locale;

/// A placeholder shaped like the article, announced to screen readers.
#[component]
pub fn Loading(
    /// The language of the message.
    locale: Locale,
) -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite" aria-busy="true">
            <p class="loading__text">{locale.strings().loading}</p>
            <div class="loading__line loading__line--title"></div>
            <div class="loading__line"></div>
            <div class="loading__line"></div>
            <div class="loading__line loading__line--short"></div>
        </div>
    }
}
