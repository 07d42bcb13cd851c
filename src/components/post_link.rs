//! A link to another article of the feed.

use leptos::prelude::*;

use crate::routing::query::article_href;
use crate::routing::Navigation;

/// A real `<a href="?article=…">` (it opens in a new tab and can be copied)
/// that [`Navigation::on_click`] turns into in-app navigation on a plain click.
#[component]
pub fn PostLink(
    /// The id of the article linked to.
    #[prop(into)]
    id: String,
    /// The article's own address (`url` in the feed): where an embedded
    /// viewer's link leads.
    #[prop(default = None)]
    url: Option<String>,
    /// An extra class for the link.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    // Without the app's navigation (a component mounted alone) the link is
    // still right, just without a `feed` parameter to keep.
    let (href, target) = match Navigation::from_context() {
        Some(navigation) => navigation.link(&id, url.as_deref()),
        None => (article_href(&id, None), None),
    };
    let rel = target.map(|_| "noopener");
    view! {
        <a class=class href=href target=target rel=rel data-article-id=id data-article-link="">
            {children()}
        </a>
    }
}
