//! Dates in the reader's language, through the browser's `Intl.DateTimeFormat`.
//!
//! Browser-only. Every step that JavaScript could throw on (an odd language
//! tag is a `RangeError`) goes through `Reflect`, so a bad tag falls back to
//! the default locale instead of aborting the app.

use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::Numerals;

/// `unix_millis` as a long date ("٢٥ أكتوبر ٢٠٢٤", "25 October 2024") in
/// `language`, with `numerals` digits. `None` only when the browser has no `Intl`.
pub fn format_long_date(unix_millis: i64, language: &str, numerals: Numerals) -> Option<String> {
    let date = Date::new(&JsValue::from_f64(unix_millis as f64));
    let options = Object::new();
    Reflect::set(&options, &"dateStyle".into(), &"long".into()).ok()?;
    Reflect::set(
        &options,
        &"numberingSystem".into(),
        &numerals.as_str().into(),
    )
    .ok()?;
    format_with(&date, Some(language), &options).or_else(|| format_with(&date, None, &options))
}

fn format_with(date: &Date, language: Option<&str>, options: &Object) -> Option<String> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: Function = Reflect::get(&intl, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let locales = Array::new();
    if let Some(language) = language {
        locales.push(&language.into());
    }
    let args = Array::of2(&locales, options);
    let formatter = Reflect::construct(&constructor, &args).ok()?;
    let format: Function = Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    format.call1(&formatter, date).ok()?.as_string()
}
