//! The article itself (title, byline, image, body, author box), then its related posts.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{
    ArticleBody, Attachments, AuthorBox, BidiText, Byline, ReaderControls, RelatedPosts, ViewCount,
};
use crate::content::policy::{fetched_url, is_web_address};
use crate::content::readable_text;
use crate::embedding::{Mode, Parts};
use crate::i18n::reading_time::{reading_characters, reading_minutes};
use crate::i18n::{Direction, Locale};
use crate::metadata::{self, ArticleMeta};
use crate::model::{Body, Feed};
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
    // The body's text, read once: for the reading time and the page's description.
    let body_text = match &item.body {
        Body::Html(html) => readable_text(html),
        Body::Text(text) => Some(text.clone()),
        Body::Empty => None,
    };
    let reading_minutes = body_text
        .as_deref()
        .map(reading_characters)
        .filter(|characters| *characters > 0)
        .map(|characters| reading_minutes(characters, &language));
    let mode = Mode::current();
    let parts = use_context::<Parts>().unwrap_or_default();
    // Sharing and search metadata for this article (after navigation has set the address).
    if mode.owns_document() {
        let (feed, item, language) = (feed.clone(), item.clone(), language.clone());
        Effect::new(move |_| {
            let page_url = window().location().href().unwrap_or_default();
            let meta = ArticleMeta::of(&feed, &item, &page_url, &language, body_text.as_deref());
            metadata::apply(&document(), &meta);
        });
    }
    let direction = Direction::of_language(&language);
    let dir = direction.as_str();
    let authors = feed.authors_of(&item).to_vec();
    let image = item.image.as_deref().and_then(fetched_url);
    let image_meta = item.image_meta.clone();
    // The source's own size keeps the box right; without one, the 16:9 of
    // most lead images (the CSS crops to it).
    let (image_width, image_height) = match (image_meta.width, image_meta.height) {
        (Some(width), Some(height)) => (width, height),
        _ => (1200, 675),
    };
    let image_srcset = image_meta
        .candidates
        .iter()
        .filter_map(|candidate| {
            fetched_url(&candidate.url)
                // A comma or space would split the candidate list.
                .filter(|url| !url.contains([',', ' ']))
                .map(|url| format!("{url} {}w", candidate.width))
        })
        .collect::<Vec<_>>()
        .join(", ");
    let image_srcset = (!image_srcset.is_empty()).then_some(image_srcset);
    let image_alt = image_meta.alt.unwrap_or_default();
    let article_language = language.clone();
    let attachment_language = language.clone();
    // The publisher's page for this article: its relative links and images are theirs.
    let base = item
        .url
        .clone()
        .filter(|u| is_web_address(u))
        .or_else(|| feed.home_page_url.clone().filter(|u| is_web_address(u)));
    let id = item.id.clone();
    let title = locale.strings().label_of(&item).to_owned();
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
                {mode.owns_document().then(|| view! { <ReaderControls locale=locale title=share_title/> })}
                <p class="article__views">
                    <ViewCount id=item.id.clone() publisher_views=item.publisher_views locale=locale numerals=numerals/>
                </p>
            </header>
            {image.map(|src| view! {
                <img class="article__image" src=src alt=image_alt width=image_width height=image_height
                    srcset=image_srcset.clone() sizes=image_srcset.as_ref().map(|_| "(max-width: 52rem) 100vw, 52rem")
                    decoding="async" referrerpolicy="no-referrer"/>
            })}
            <ArticleBody body=item.body.clone() direction=direction article_id=item.id.clone() locale=locale base=base/>
            <Attachments attachments=item.attachments.clone() language=attachment_language locale=locale numerals=numerals/>
            <AuthorBox authors=authors locale=locale/>
        </article>
        {parts.related.then(|| view! { <RelatedPosts feed=feed.clone() item=item locale=locale/> })}
    }
    .into_any()
}
