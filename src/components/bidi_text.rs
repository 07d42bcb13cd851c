//! Text whose Latin runs are isolated in a right-to-left page.

use leptos::prelude::*;

use crate::content::bidi::{segments, Segment};

/// `text`, with each Latin run in a `<bdi>` when `isolate` is set (for
/// right-to-left text), so "(SpaceX)" or "JCAR." keep their shape.
#[component]
pub fn BidiText(
    /// The text to show.
    #[prop(into)]
    text: String,
    /// Whether to isolate Latin runs (true in right-to-left contexts).
    #[prop(optional)]
    isolate: bool,
) -> impl IntoView {
    if !isolate {
        return text.into_any();
    }
    segments(&text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(plain) => plain.to_owned().into_any(),
            Segment::Latin(latin) => view! { <bdi>{latin.to_owned()}</bdi> }.into_any(),
        })
        .collect_view()
        .into_any()
}
