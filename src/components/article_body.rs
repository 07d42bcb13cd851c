//! The article's text: sanitized `content_html`, or `content_text` as paragraphs.

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::{BidiText, ErrorPanel};
use crate::containment::contained;
use crate::content::bidi::Foreign;
use crate::content::dom::SanitizeError;
use crate::content::{dom, platform, text};
use crate::error::ViewerError;
use crate::i18n::{Direction, Locale};
use crate::model::Body;

/// The body of an article. Markup goes through [`dom::sanitize`] and is
/// inserted as nodes, never as an HTML string. If the browser fails the walk
/// (or it fails in any other way), the body shows an error panel
/// (`data-error="unreadable-body"`) and the rest of the page carries on.
#[component]
pub fn ArticleBody(
    /// The body as the feed gives it.
    body: Body,
    /// The article's direction: blocks get `dir="auto"` and runs of the other
    /// direction's script are isolated. Without it the body is left as sanitized.
    #[prop(optional)]
    direction: Option<Direction>,
    /// The article's id, named in the error when its body cannot be shown.
    #[prop(optional, into)]
    article_id: String,
    /// The language of the error panel shown when the body cannot be
    /// rendered, and of the cards that stand for embedded frames.
    #[prop(optional)]
    locale: Locale,
    /// The article's own page, which relative addresses in its markup are
    /// resolved against; without it they stay relative to the viewer.
    #[prop(default = None)]
    base: Option<String>,
) -> impl IntoView {
    match body {
        Body::Html(html) => html_body(html, direction, article_id, locale, base).into_any(),
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

fn html_body(
    html: String,
    direction: Option<Direction>,
    article_id: String,
    locale: Locale,
    base: Option<String>,
) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    let failure = RwSignal::new(None::<ViewerError>);
    Effect::new(move |_| {
        let Some(container) = container.get() else {
            return;
        };
        let container: web_sys::Node = container.into();
        let html = html.clone();
        // Contained: whatever the markup makes the browser do, it ends this
        // body at worst, never the page or the other articles and widgets.
        let base = base.clone();
        let rendered = contained(move || {
            let context = dom::BodyContext {
                locale,
                base: base.as_deref(),
                isolate: direction.map(Foreign::opposite_of),
            };
            render_into(&container, &html, context)
        })
        .map_err(|interrupted| interrupted.to_string())
        .and_then(|result| result.map_err(|error| error.to_string()));
        if let Err(reason) = rendered {
            failure.set(Some(ViewerError::BodyUnreadable {
                id: article_id.clone(),
                reason,
            }));
        }
    });
    // No `dir="auto"` on the container itself: it takes the article's
    // direction, and each block decides its own. (An automatic container whose
    // children all have `dir` makes Chromium walk every child on every
    // insertion: 10,000 paragraphs took 1.9 s of appendChild.)
    view! {
        <div class="article__body" node_ref=container></div>
        {move || failure.get().map(|error| view! { <ErrorPanel error=error locale=locale nested=true/> })}
    }
}

/// Sanitizes `html` (isolating runs of the other script as it walks) and
/// puts it in `container`, replacing what was there.
fn render_into(
    container: &web_sys::Node,
    html: &str,
    context: dom::BodyContext<'_>,
) -> Result<(), SanitizeError> {
    let fragment = dom::sanitize_in(html, &document(), context)?;
    platform::set_text_content(container, "")?;
    platform::append_child(container, &fragment)?;
    Ok(())
}
