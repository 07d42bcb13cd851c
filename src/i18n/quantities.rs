//! Sizes and durations of media files, in the reader's language: a size
//! through `Intl.NumberFormat` ("34.5 MB", "٣٤٫٥ ميجابايت"), a duration as
//! a clock reading in the UI's digits.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::dates::construct;
use super::Numerals;

/// `bytes` in megabytes, one decimal, in `language` with `numerals` digits.
/// `None` when the browser's `Intl` cannot say it.
pub fn format_megabytes(bytes: u64, language: &str, numerals: Numerals) -> Option<String> {
    let options = Object::new();
    for (key, value) in [
        ("style", JsValue::from("unit")),
        ("unit", "megabyte".into()),
        ("maximumFractionDigits", 1.into()),
        ("numberingSystem", numerals.as_str().into()),
    ] {
        Reflect::set(&options, &key.into(), &value).ok()?;
    }
    let formatter = construct("NumberFormat", Some(language), &options)
        .or_else(|| construct("NumberFormat", None, &options))?;
    let format: Function = Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let megabytes = bytes as f64 / 1_000_000.0;
    format
        .call1(&formatter, &JsValue::from_f64(megabytes))
        .ok()?
        .as_string()
}

/// `seconds` as a clock reading: "4:05", "1:02:03", in `numerals` digits.
pub fn clock(seconds: u64, numerals: Numerals) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let text = if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    };
    numerals.localize(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_clocks() {
        assert_eq!(clock(245, Numerals::Latn), "4:05");
        assert_eq!(clock(3723, Numerals::Latn), "1:02:03");
        assert_eq!(clock(59, Numerals::Arab), "٠:٥٩");
    }
}
