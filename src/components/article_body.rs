//! The article's text: sanitized `content_html`, or `content_text` as paragraphs.

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::BidiText;
use crate::content::bidi::Foreign;
use crate::content::{dom, text};
use crate::feed::Body;
use crate::i18n::Direction;

/// The body of an article. Markup goes through [`dom::sanitize`] and is
/// inserted as nodes, never as an HTML string.
#[component]
pub fn ArticleBody(
    /// The body as the feed gives it.
    body: Body,
    /// The article's direction: blocks get `dir="auto"` and runs of the other
    /// direction's script are isolated. Without it the body is left as sanitized.
    #[prop(optional)]
    direction: Option<Direction>,
) -> impl IntoView {
    match body {
        Body::Html(html) => html_body(html, direction).into_any(),
        Body::Text(plain) => view! {
            <div class="article__body article__body--text">
                {text::paragraphs(&plain)
                    .into_iter()
                    .map(|p| view! { <p dir="auto"><BidiText text=p direction=direction/></p> })
                    .collect_view()}
            </div>
        }
        .into_any(),
        Body::Empty => ().into_any(),
    }
}

fn html_body(html: String, direction: Option<Direction>) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(container) = container.get() else {
            return;
        };
        let document = document();
        match dom::sanitize(&html, &document) {
            Ok(fragment) => {
                if let Some(direction) = direction {
                    dom::isolate_foreign_runs(
                        &fragment,
                        &document,
                        Foreign::opposite_of(direction),
                    );
                }
                container.set_text_content(None);
                let _ = container.append_child(&fragment);
            }
            Err(error) => {
                web_sys::console::error_1(&format!("article-viewer: {error}").into());
            }
        }
    });
    // No `dir="auto"` on the container itself: it takes the article's
    // direction, and each block decides its own. (An automatic container whose
    // children all have `dir` makes Chromium walk every child on every
    // insertion: 10,000 paragraphs took 1.9 s of appendChild.)
    view! { <div class="article__body" node_ref=container></div> }
}
