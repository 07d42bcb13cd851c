//! A post's view count, kept current as this and other tabs count.

use leptos::prelude::*;

use crate::i18n::{Locale, Numerals};
use crate::views::ViewStore;

/// "18 مشاهدة": the publisher's count plus this browser's opens. Carries
/// `data-views` with the number in Western digits for themes and tests.
#[component]
pub fn ViewCount(
    /// The article whose views are shown.
    #[prop(into)]
    id: String,
    /// The publisher's own count for it (0 when the feed gives none).
    publisher_views: u64,
    /// The language of the label.
    locale: Locale,
    /// The digits of the label (live); the language's default when not given.
    #[prop(into, optional)]
    numerals: Option<Signal<Numerals>>,
) -> impl IntoView {
    let numerals = numerals.unwrap_or_else(|| Numerals::default_for(locale.strings().lang).into());
    let store = ViewStore::expect();
    let count = Memo::new(move |_| store.displayed(&id, publisher_views));
    view! {
        <span class="view-count" data-views=move || count.get().to_string()>
            {move || numerals.get().localize(&(locale.strings().views)(count.get()))}
        </span>
    }
}
