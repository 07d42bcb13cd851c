//! The article itself (title, byline, image, body, author box), then its related posts.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{ArticleBody, AuthorBox, Byline, RelatedPosts, ViewCount};
use crate::content::policy::{safe_url, UrlUse};
use crate::feed::Feed;
use crate::i18n::{Direction, Locale};

/// One article of the feed, in its own language and direction.
#[component]
pub fn ArticleView(
    /// The feed the article belongs to.
    feed: Arc<Feed>,
    /// The article's position in the feed.
    index: usize,
    /// The language to use when neither the item nor the feed names one.
    #[prop(into)]
    fallback_language: String,
) -> impl IntoView {
    let Some(item) = feed.items.get(index).cloned() else {
        return ().into_any();
    };
    let language = feed
        .language_of(&item)
        .unwrap_or(&fallback_language)
        .to_owned();
    let locale = Locale::of_language(&language);
    let dir = Direction::of_language(&language).as_str();
    let authors = feed.authors_of(&item).to_vec();
    let image = item
        .image
        .as_deref()
        .and_then(|u| safe_url(u, UrlUse::Image));
    let article_language = language.clone();
    let id = item.id.clone();
    let title = item.label().to_owned();
    view! {
        <article class="article" lang=article_language dir=dir data-article-id=id>
            <header class="article__header">
                <h1 class="article__title" tabindex="-1">{title}</h1>
                <Byline authors=authors.clone() published=item.date_published.clone() language=language locale=locale/>
                <p class="article__views">
                    <ViewCount id=item.id.clone() publisher_views=item.publisher_views locale=locale/>
                </p>
            </header>
            {image.map(|src| view! {
                <img class="article__image" src=src alt="" width="1200" height="675" decoding="async" referrerpolicy="no-referrer"/>
            })}
            <ArticleBody body=item.body.clone()/>
            <AuthorBox authors=authors locale=locale/>
        </article>
        <RelatedPosts feed=feed.clone() item=item locale=locale/>
    }
    .into_any()
}
