//! Text whose runs of the other direction's script are isolated.

use leptos::prelude::*;

use crate::content::bidi::{segments_of, Foreign, Segment};
use crate::i18n::Direction;

/// `text`, with each run of the other direction's script in a `<bdi>`:
/// Latin runs in right-to-left text ("(SpaceX)", "JCAR."), Arabic or Hebrew
/// runs in left-to-right text, so each keeps its own order and punctuation.
#[component]
pub fn BidiText(
    /// The text to show.
    #[prop(into)]
    text: String,
    /// The direction of the text around it; without one, nothing is isolated.
    #[prop(into, default = None)]
    direction: Option<Direction>,
) -> impl IntoView {
    let Some(direction) = direction else {
        return text.into_any();
    };
    segments_of(&text, Foreign::opposite_of(direction))
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(plain) => plain.to_owned().into_any(),
            Segment::Latin(run) => view! { <bdi>{run.to_owned()}</bdi> }.into_any(),
        })
        .collect_view()
        .into_any()
}
