//! The article itself (title, byline, image, body, author box), then its related posts.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{
    ArticleBody, AuthorBox, BidiText, Byline, ReaderControls, RelatedPosts, ViewCount,
};
use crate::content::dom::plain_text;
use crate::content::policy::{safe_url, UrlUse};
use crate::feed::{Body, Feed};
use crate::i18n::reading_time::{reading_characters, reading_minutes};
use crate::i18n::{Direction, Locale};
use crate::preferences::use_numerals;

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
    let numerals = use_numerals(&language);
    let reading_minutes = reading_minutes_of(&item.body, &language);
    let direction = Direction::of_language(&language);
    let dir = direction.as_str();
    let authors = feed.authors_of(&item).to_vec();
    let image = item
        .image
        .as_deref()
        .and_then(|u| safe_url(u, UrlUse::Image));
    let article_language = language.clone();
    let id = item.id.clone();
    let title = item.label().to_owned();
    let share_title = title.clone();
    view! {
        <article class="article" lang=article_language dir=dir data-article-id=id>
            <header class="article__header">
                <h1 class="article__title" tabindex="-1"><BidiText text=title direction=direction/></h1>
                <Byline
                    authors=authors.clone()
                    published=item.date_published.clone()
                    language=language
                    locale=locale
                    numerals=numerals
                    reading_minutes=reading_minutes
                />
                <ReaderControls locale=locale title=share_title/>
                <p class="article__views">
                    <ViewCount id=item.id.clone() publisher_views=item.publisher_views locale=locale numerals=numerals/>
                </p>
            </header>
            {image.map(|src| view! {
                <img class="article__image" src=src alt="" width="1200" height="675" decoding="async" referrerpolicy="no-referrer"/>
            })}
            <ArticleBody body=item.body.clone() direction=direction/>
            <AuthorBox authors=authors locale=locale/>
        </article>
        <RelatedPosts feed=feed.clone() item=item locale=locale/>
    }
    .into_any()
}

/// Minutes to read a body; `None` for an empty one (a post with only a title).
fn reading_minutes_of(body: &Body, language: &str) -> Option<u32> {
    let characters = match body {
        Body::Html(html) => reading_characters(&plain_text(html).unwrap_or_default()),
        Body::Text(text) => reading_characters(text),
        Body::Empty => 0,
    };
    (characters > 0).then(|| reading_minutes(characters, language))
}
