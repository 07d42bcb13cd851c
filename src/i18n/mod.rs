//! Language: text direction, the UI's strings and plural rules.
//!
//! Pure Rust: the browser's `Intl` is used only for dates, in [`dates`].

pub mod dates;
pub mod detect;
pub mod direction;
pub mod numerals;
pub mod plural;
pub mod quantities;
pub mod reading_time;
pub mod strings;

pub use direction::Direction;
pub use numerals::{HijriSetting, Numerals, NumeralsSetting};
pub use strings::{Locale, Strings};
