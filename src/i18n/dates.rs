//! Dates in the reader's language, through the browser's `Intl`: long dates,
//! the Umm al-Qura Hijri date, and relative times for recent posts.
//!
//! Browser-only, apart from [`relative_unit`]. Every step that JavaScript
//! could throw on (an odd language tag is a `RangeError`) goes through
//! `Reflect`, so a bad tag falls back to the default locale instead of
//! aborting the app.

use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::Numerals;

/// How recent a post must be to be dated relatively ("منذ ٣ ساعات").
pub const RELATIVE_LIMIT_MILLIS: i64 = 48 * 60 * 60 * 1000;

/// `unix_millis` as a long date ("٢٥ أكتوبر ٢٠٢٤", "25 October 2024") in
/// `language`, with `numerals` digits. `None` only when the browser has no `Intl`.
pub fn format_long_date(unix_millis: i64, language: &str, numerals: Numerals) -> Option<String> {
    format_date(unix_millis, language, numerals, None)
}

/// The same day in the Umm al-Qura Hijri calendar ("١٢ محرم ١٤٤٧ هـ").
pub fn format_hijri_date(unix_millis: i64, language: &str, numerals: Numerals) -> Option<String> {
    format_date(unix_millis, language, numerals, Some("islamic-umalqura"))
}

/// "منذ ٣ ساعات", "3 hours ago", "أمس": for a time within
/// [`RELATIVE_LIMIT_MILLIS`] before `now_millis`; `None` otherwise.
pub fn format_relative(
    unix_millis: i64,
    now_millis: i64,
    language: &str,
    numerals: Numerals,
) -> Option<String> {
    let (value, unit) = relative_unit(now_millis - unix_millis)?;
    let options = Object::new();
    Reflect::set(&options, &"numeric".into(), &"auto".into()).ok()?;
    Reflect::set(
        &options,
        &"numberingSystem".into(),
        &numerals.as_str().into(),
    )
    .ok()?;
    let formatter = construct("RelativeTimeFormat", Some(language), &options)
        .or_else(|| construct("RelativeTimeFormat", None, &options))?;
    let format: Function = Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    format
        .call2(&formatter, &JsValue::from_f64(value as f64), &unit.into())
        .ok()?
        .as_string()
}

/// The value and `Intl.RelativeTimeFormat` unit for something `elapsed`
/// milliseconds ago (negative: in the past), or `None` when it is in the
/// future or older than [`RELATIVE_LIMIT_MILLIS`].
pub fn relative_unit(elapsed_millis: i64) -> Option<(i64, &'static str)> {
    const MINUTE: i64 = 60 * 1000;
    const HOUR: i64 = 60 * MINUTE;
    match elapsed_millis {
        e if !(0..RELATIVE_LIMIT_MILLIS).contains(&e) => None,
        e if e < MINUTE => Some((0, "second")),
        e if e < HOUR => Some((-(e / MINUTE), "minute")),
        e if e < 24 * HOUR => Some((-(e / HOUR), "hour")),
        e => Some((-(e / (24 * HOUR)), "day")),
    }
}

fn format_date(
    unix_millis: i64,
    language: &str,
    numerals: Numerals,
    calendar: Option<&str>,
) -> Option<String> {
    let date = Date::new(&JsValue::from_f64(unix_millis as f64));
    let options = Object::new();
    Reflect::set(&options, &"dateStyle".into(), &"long".into()).ok()?;
    Reflect::set(
        &options,
        &"numberingSystem".into(),
        &numerals.as_str().into(),
    )
    .ok()?;
    if let Some(calendar) = calendar {
        Reflect::set(&options, &"calendar".into(), &calendar.into()).ok()?;
    }
    let formatter = construct("DateTimeFormat", Some(language), &options)
        .or_else(|| construct("DateTimeFormat", None, &options))?;
    let format: Function = Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    format.call1(&formatter, &date).ok()?.as_string()
}

/// `new Intl[name](language, options)`, or `None` when it throws.
pub(crate) fn construct(name: &str, language: Option<&str>, options: &Object) -> Option<JsValue> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: Function = Reflect::get(&intl, &name.into()).ok()?.dyn_into().ok()?;
    let locales = Array::new();
    if let Some(language) = language {
        locales.push(&language.into());
    }
    Reflect::construct(&constructor, &Array::of2(&locales, options)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_times_get_a_unit() {
        assert_eq!(relative_unit(-1), None, "the future");
        assert_eq!(relative_unit(5_000), Some((0, "second")));
        assert_eq!(relative_unit(5 * 60_000), Some((-5, "minute")));
        assert_eq!(relative_unit(3 * 3_600_000 + 59_000), Some((-3, "hour")));
        assert_eq!(relative_unit(30 * 3_600_000), Some((-1, "day")));
        assert_eq!(
            relative_unit(RELATIVE_LIMIT_MILLIS),
            None,
            "older posts get a date"
        );
    }
}
