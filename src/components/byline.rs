//! The line under the title: who wrote the article and when.

use leptos::prelude::*;

use crate::feed::{Author, Timestamp};
use crate::i18n::dates::format_long_date;
use crate::i18n::{Locale, Numerals};

/// "بقلم كيان · ٢٥ أكتوبر ٢٠٢٤ · قراءة في ٣ دقائق". Hidden entirely when there is nothing to say.
#[component]
pub fn Byline(
    /// The credited authors (those without a name are skipped).
    authors: Vec<Author>,
    /// The publication date, shown in the article's language.
    published: Option<Timestamp>,
    /// The article's language tag, for the date.
    #[prop(into)]
    language: String,
    /// The language of the words around them.
    locale: Locale,
    /// The digits of the date and the reading time.
    numerals: Numerals,
    /// Minutes to read the article, when it has a body.
    #[prop(default = None)]
    reading_minutes: Option<u32>,
) -> impl IntoView {
    let strings = locale.strings();
    let separator = if locale == Locale::Arabic {
        "، "
    } else {
        ", "
    };
    let names: Vec<String> = authors.into_iter().filter_map(|a| a.name).collect();
    let date = published.map(|ts| {
        let shown = format_long_date(ts.unix_millis, &language, numerals)
            .unwrap_or_else(|| ts.text.clone());
        (ts.text, shown)
    });
    let reading =
        reading_minutes.map(|minutes| numerals.localize(&(strings.reading_time)(minutes)));
    (!names.is_empty() || date.is_some() || reading.is_some()).then(|| {
        view! {
            <p class="byline">
                {(!names.is_empty()).then(|| view! {
                    <span class="byline__authors">
                        {strings.by}" "<span class="byline__names">{names.join(separator)}</span>
                    </span>
                })}
                {date.map(|(machine, shown)| view! {
                    <time class="byline__date" datetime=machine>{shown}</time>
                })}
                {reading.map(|text| view! { <span class="byline__reading-time">{text}</span> })}
            </p>
        }
    })
}
