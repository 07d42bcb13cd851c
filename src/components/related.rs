//! "Related posts": cards after the article.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{BidiText, PostLink};
use crate::content::{readable_text, text};
use crate::i18n::{Direction, Locale};
use crate::model::related::{related_posts, RELATED_LIMIT};
use crate::model::{Body, Feed, Item};

/// How long a card's excerpt may be, in characters.
const EXCERPT_CHARS: usize = 220;

/// Cards for the posts related to `item`: title, excerpt and a link.
#[component]
pub fn RelatedPosts(
    /// The feed the posts come from.
    feed: Arc<Feed>,
    /// The article the posts relate to.
    item: Item,
    /// The language of the heading.
    locale: Locale,
) -> impl IntoView {
    let strings = locale.strings();
    let cards: Vec<_> = related_posts(&feed, &item, RELATED_LIMIT)
        .into_iter()
        .map(|post| {
            let language = feed.language_of(post).unwrap_or(strings.lang).to_owned();
            let direction = Direction::of_language(&language);
            let dir = direction.as_str();
            let (id, title_id, more_id) = (post.id.clone(), post.id.clone(), post.id.clone());
            let label = Locale::of_language(&language)
                .strings()
                .label_of(post)
                .to_owned();
            let excerpt = excerpt(post);
            view! {
                <li class="related__card" data-article-id=id lang=language dir=dir>
                    <h3 class="related__title">
                        <PostLink id=title_id url=post.url.clone()><BidiText text=label direction=direction/></PostLink>
                    </h3>
                    <p class="related__excerpt" dir="auto"><BidiText text=excerpt direction=direction/></p>
                    <PostLink id=more_id url=post.url.clone() class="related__more">{strings.read_more}</PostLink>
                </li>
            }
        })
        .collect();
    (!cards.is_empty()).then(|| {
        view! {
            <section class="related" aria-labelledby="related-heading">
                <h2 class="related__heading" id="related-heading">{strings.related_posts}</h2>
                <ul class="related__list">{cards}</ul>
            </section>
        }
    })
}

/// The card's text: the summary, else the start of the body.
fn excerpt(post: &Item) -> String {
    if let Some(summary) = post.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        return text::excerpt(summary, EXCERPT_CHARS);
    }
    let plain = match &post.body {
        Body::Text(plain) => plain.clone(),
        Body::Html(html) => readable_text(html).unwrap_or_default(),
        Body::Empty => String::new(),
    };
    text::excerpt(&plain, EXCERPT_CHARS)
}
