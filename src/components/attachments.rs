//! An item's `attachments` (a podcast episode's audio, a video file) as
//! players with their download links, after the article's text.

use leptos::prelude::*;

use crate::content::dom::EXTERNAL_REL;
use crate::content::policy::fetched_url;
use crate::i18n::quantities::{clock, format_megabytes};
use crate::i18n::{Locale, Numerals};
use crate::model::{Attachment, MediaKind};

/// One player (or download link) per attachment; nothing when there are none.
/// Players never start by themselves and fetch nothing until the reader
/// presses play (`preload="none"`).
#[component]
pub fn Attachments(
    /// The item's attachments, already limited to http(s) addresses by the parser.
    attachments: Vec<Attachment>,
    /// The article's language, for sizes.
    language: String,
    /// The language of the players' names.
    locale: Locale,
    /// The digits of sizes and durations.
    numerals: Signal<Numerals>,
) -> impl IntoView {
    (!attachments.is_empty()).then(|| {
        let strings = locale.strings();
        let players = attachments
            .into_iter()
            .filter_map(|attachment| {
                let src = fetched_url(&attachment.url)?;
                let kind = attachment.kind();
                let name = attachment.title.clone().unwrap_or_else(|| {
                    match kind {
                        MediaKind::Audio => strings.audio,
                        MediaKind::Video => strings.video,
                        MediaKind::File => strings.download_media,
                    }
                    .to_owned()
                });
                let language = language.clone();
                let facts = move || {
                    let numerals = numerals.get();
                    let size = attachment
                        .size_in_bytes
                        .filter(|bytes| *bytes > 0)
                        .and_then(|bytes| format_megabytes(bytes, &language, numerals));
                    let duration = attachment
                        .duration_in_seconds
                        .filter(|seconds| *seconds > 0)
                        .map(|seconds| clock(seconds, numerals));
                    [duration, size].into_iter().flatten().collect::<Vec<_>>().join(" · ")
                };
                let player = match kind {
                    MediaKind::Audio => Some(
                        view! { <audio class="attachment__player" controls preload="none" src=src.clone() aria-label=name.clone()></audio> }
                            .into_any(),
                    ),
                    MediaKind::Video => Some(
                        view! { <video class="attachment__player" controls preload="none" playsinline src=src.clone() aria-label=name.clone()></video> }
                            .into_any(),
                    ),
                    MediaKind::File => None,
                };
                Some(view! {
                    <figure class="attachment" data-media=match kind {
                        MediaKind::Audio => "audio",
                        MediaKind::Video => "video",
                        MediaKind::File => "file",
                    }>
                        {player}
                        <figcaption class="attachment__caption">
                            <span class="attachment__name" dir="auto">{name}</span>
                            " "
                            <span class="attachment__facts">{facts}</span>
                            " "
                            <a class="attachment__download" href=attachment.url.clone() rel=EXTERNAL_REL>{strings.download_media}</a>
                        </figcaption>
                    </figure>
                })
            })
            .collect_view();
        view! { <section class="attachments">{players}</section> }
    })
}
