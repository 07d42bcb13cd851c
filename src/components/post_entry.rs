//! One post in a list of posts (the sidebar, the most-viewed list): its
//! title as a link, in its own language and direction, and its view count.

use leptos::prelude::*;

use crate::components::{BidiText, PostLink, ViewCount};
use crate::i18n::{Direction, Locale, Numerals};
use crate::model::{Feed, Item};

/// `<li class="{entry_class}">` with a link (`link_class`) to `post` and
/// its count. A function rather than a component: it reads the feed and the
/// item by reference instead of cloning them into props.
pub fn post_entry(
    (entry_class, link_class): (&'static str, &'static str),
    feed: &Feed,
    post: &Item,
    locale: Locale,
    numerals: Signal<Numerals>,
) -> impl IntoView {
    let language = feed
        .language_of(post)
        .unwrap_or(locale.strings().lang)
        .to_owned();
    let direction = Direction::of_language(&language);
    let dir = direction.as_str();
    let label = Locale::of_language(&language)
        .strings()
        .label_of(post)
        .to_owned();
    view! {
        <li class=entry_class data-article-id=post.id.clone()>
            <PostLink id=post.id.clone() url=post.url.clone() class=link_class>
                <span lang=language dir=dir><BidiText text=label direction=direction/></span>
            </PostLink>
            <ViewCount id=post.id.clone() publisher_views=post.publisher_views locale=locale numerals=numerals/>
        </li>
    }
}
