//! The line under the title: who wrote the article and when.

use leptos::prelude::*;

use crate::feed::{Author, Timestamp};
use crate::i18n::dates::{format_hijri_date, format_long_date, format_relative};
use crate::i18n::{HijriSetting, Locale, Numerals};

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
    let hijri = use_context::<HijriSetting>().unwrap_or_default().0;
    let now = js_sys::Date::now() as i64;
    let date = published.map(|ts| {
        let absolute = format_long_date(ts.unix_millis, &language, numerals)
            .unwrap_or_else(|| ts.text.clone());
        // Recent posts read "منذ ٣ ساعات", with the full date on hover.
        let shown = format_relative(ts.unix_millis, now, &language, numerals)
            .unwrap_or_else(|| absolute.clone());
        let hijri = hijri
            .then(|| format_hijri_date(ts.unix_millis, &language, numerals))
            .flatten();
        (ts.text, shown, absolute, hijri)
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
                {date.map(|(machine, shown, absolute, hijri)| view! {
                    <time class="byline__date" datetime=machine title=absolute>{shown}</time>
                    {hijri.map(|hijri| view! { <span class="byline__hijri">{hijri}</span> })}
                })}
                {reading.map(|text| view! { <span class="byline__reading-time">{text}</span> })}
            </p>
        }
    })
}
