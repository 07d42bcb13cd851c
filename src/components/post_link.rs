//! A link to another article of the feed.

use leptos::prelude::*;

use crate::routing::Navigation;

/// A real `<a href="?article=…">` (it opens in a new tab and can be copied)
/// that [`Navigation::on_click`] turns into in-app navigation on a plain click.
#[component]
pub fn PostLink(
    /// The id of the article linked to.
    #[prop(into)]
    id: String,
    /// An extra class for the link.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let href = Navigation::expect().href(&id);
    view! {
        <a class=class href=href data-article-id=id data-article-link="">
            {children()}
        </a>
    }
}
