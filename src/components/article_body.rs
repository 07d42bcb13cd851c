//! The article's text: sanitized `content_html`, or `content_text` as paragraphs.

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::BidiText;
use crate::content::{dom, text};
use crate::feed::Body;

/// The body of an article. Markup goes through [`dom::sanitize`] and is
/// inserted as nodes, never as an HTML string.
#[component]
pub fn ArticleBody(
    /// The body as the feed gives it.
    body: Body,
    /// Isolate Latin runs and give each block `dir="auto"` (for right-to-left articles).
    #[prop(optional)]
    isolate_latin: bool,
) -> impl IntoView {
    match body {
        Body::Html(html) => html_body(html, isolate_latin).into_any(),
        Body::Text(plain) => view! {
            <div class="article__body article__body--text" dir="auto">
                {text::paragraphs(&plain)
                    .into_iter()
                    .map(|p| view! { <p dir="auto"><BidiText text=p isolate=isolate_latin/></p> })
                    .collect_view()}
            </div>
        }
        .into_any(),
        Body::Empty => ().into_any(),
    }
}

fn html_body(html: String, isolate_latin: bool) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let Some(container) = container.get() else {
            return;
        };
        let document = document();
        match dom::sanitize(&html, &document) {
            Ok(fragment) => {
                if isolate_latin {
                    dom::isolate_latin_runs(&fragment, &document);
                }
                container.set_text_content(None);
                let _ = container.append_child(&fragment);
            }
            Err(error) => {
                web_sys::console::error_1(&format!("article-viewer: {error}").into());
            }
        }
    });
    view! { <div class="article__body" dir="auto" node_ref=container></div> }
}
