//! The line under the title: who wrote the article, when, and how long it takes to read.

use std::sync::Arc;

use leptos::prelude::*;

use crate::embedding::Mode;
use crate::i18n::dates::{format_hijri_date, format_long_date, format_relative};
use crate::i18n::{HijriSetting, Locale, Numerals};
use crate::model::{Author, Timestamp};

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
    /// The digits of the date and the reading time (live: a change shows at once).
    #[prop(into)]
    numerals: Signal<Numerals>,
    /// Minutes to read the article, when it has a body.
    #[prop(default = None)]
    reading_minutes: Option<u32>,
) -> impl IntoView {
    let strings = locale.strings();
    let separator = locale.strings().list_separator;
    let names: Vec<String> = authors.into_iter().filter_map(|a| a.name).collect();
    let hijri = use_context::<HijriSetting>().unwrap_or_default().0;
    let now = js_sys::Date::now() as i64;
    // A page written at build time would say "3 hours ago" for days.
    let relative = Mode::current().dates_relatively();
    let language = Arc::new(language);
    let date = published.map(|ts| {
        let millis = ts.unix_millis;
        let machine = ts.text.clone();
        let long = {
            let (language, text) = (language.clone(), ts.text.clone());
            move || {
                format_long_date(millis, &language, numerals.get()).unwrap_or_else(|| text.clone())
            }
        };
        // Recent posts read "قبل ٣ ساعات", with the full date on hover.
        let shown = {
            let (language, long) = (language.clone(), long.clone());
            move || {
                relative
                    .then(|| format_relative(millis, now, &language, numerals.get()))
                    .flatten()
                    .unwrap_or_else(&long)
            }
        };
        let hijri = hijri.then(|| {
            let language = language.clone();
            move || format_hijri_date(millis, &language, numerals.get())
        });
        (machine, shown, long, hijri)
    });
    let reading = reading_minutes
        .map(|minutes| move || numerals.get().localize(&(strings.reading_time)(minutes)));
    (!names.is_empty() || date.is_some() || reading.is_some()).then(|| {
        view! {
            <p class="byline">
                {(!names.is_empty()).then(|| view! {
                    <span class="byline__authors">
                        {strings.by}" "<span class="byline__names">{names.join(separator)}</span>
                    </span>
                })}
                {date.map(|(machine, shown, long, hijri)| view! {
                    <time class="byline__date" datetime=machine title=long>{shown}</time>
                    {hijri.map(|hijri| view! { <span class="byline__hijri">{hijri}</span> })}
                })}
                {reading.map(|text| view! { <span class="byline__reading-time">{text}</span> })}
            </p>
        }
    })
}
