//! The author box after the article: picture, name and biography.

use leptos::prelude::*;

use crate::content::dom::EXTERNAL_REL;
use crate::content::policy::{fetched_url, is_external_link, safe_url, UrlUse};
use crate::i18n::Locale;
use crate::model::Author;

/// One card per credited author; nothing when no author has a name or bio.
#[component]
pub fn AuthorBox(
    /// The article's authors.
    authors: Vec<Author>,
    /// The language of the heading.
    locale: Locale,
) -> impl IntoView {
    let authors: Vec<Author> = authors
        .into_iter()
        .filter(|a| a.name.is_some() || a.bio.is_some())
        .collect();
    (!authors.is_empty()).then(|| {
        view! {
            <section class="author-box" aria-labelledby="author-box-heading">
                <h2 class="author-box__heading" id="author-box-heading">{locale.strings().about_author}</h2>
                {authors.into_iter().map(author_card).collect_view()}
            </section>
        }
    })
}

fn author_card(author: Author) -> impl IntoView {
    let avatar = author.avatar.as_deref().and_then(fetched_url);
    let link = author
        .url
        .as_deref()
        .and_then(|u| safe_url(u, UrlUse::Link));
    let name = author.name.unwrap_or_default();
    let name_view = match link {
        Some(href) => {
            let rel = is_external_link(&href).then_some(EXTERNAL_REL);
            view! { <a href=href rel=rel>{name}</a> }.into_any()
        }
        None => name.into_any(),
    };
    view! {
        <div class="author-box__card">
            {avatar.map(|src| view! {
                <img class="author-box__avatar" src=src alt="" width="64" height="64" loading="lazy" referrerpolicy="no-referrer"/>
            })}
            <div class="author-box__text">
                <p class="author-box__name" dir="auto">{name_view}</p>
                {author.bio.map(|bio| view! { <p class="author-box__bio" dir="auto">{bio}</p> })}
            </div>
        </div>
    }
}
