//! The reader's display preferences (text size, theme, line width),
//! remembered per device in localStorage under `article-viewer:v1:prefs`.
//!
//! The values and their storage format are pure and host-tested; the
//! reactive context that applies them to the page is at the bottom.

use leptos::prelude::*;

use crate::i18n::{Numerals, NumeralsSetting};

/// The localStorage key of the preferences (one JSON-free line: `size=2;theme=dark;width=wide`).
pub const PREFERENCES_KEY: &str = "article-viewer:v1:prefs";

/// Text size steps; 1 is the stylesheet's default.
pub const TEXT_SIZES: u8 = 5;

/// A colour theme. `Auto` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
    Sepia,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::Auto, Theme::Light, Theme::Dark, Theme::Sepia];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Sepia => "sepia",
        }
    }

    fn parse(value: &str) -> Option<Self> {
        Theme::ALL.into_iter().find(|theme| theme.as_str() == value)
    }
}

/// What the reader chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preferences {
    /// 0 to `TEXT_SIZES - 1`.
    pub text_size: u8,
    pub theme: Theme,
    /// A narrower column, easier on long lines.
    pub narrow: bool,
    /// The reader's digits; `None` leaves it to the operator and the language.
    pub digits: Option<Numerals>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            text_size: 1,
            theme: Theme::Auto,
            narrow: false,
            digits: None,
        }
    }
}

impl Preferences {
    /// Reads the stored form; unknown or broken parts keep their defaults.
    pub fn parse(stored: &str) -> Self {
        let mut preferences = Self::default();
        for part in stored.split(';') {
            match part.split_once('=') {
                Some(("size", value)) => {
                    if let Ok(size) = value.parse::<u8>() {
                        preferences.text_size = size.min(TEXT_SIZES - 1);
                    }
                }
                Some(("theme", value)) => {
                    if let Some(theme) = Theme::parse(value) {
                        preferences.theme = theme;
                    }
                }
                Some(("width", value)) => preferences.narrow = value == "narrow",
                Some(("digits", value)) => preferences.digits = Numerals::parse(value),
                _ => {}
            }
        }
        preferences
    }

    /// The stored form.
    pub fn serialize(self) -> String {
        format!(
            "size={};theme={};width={};digits={}",
            self.text_size,
            self.theme.as_str(),
            if self.narrow { "narrow" } else { "normal" },
            self.digits.map_or("auto", Numerals::as_str)
        )
    }

    /// One step larger or smaller text, within bounds.
    pub fn resize(self, larger: bool) -> Self {
        let text_size = if larger {
            (self.text_size + 1).min(TEXT_SIZES - 1)
        } else {
            self.text_size.saturating_sub(1)
        };
        Self { text_size, ..self }
    }
}

/// The preferences as a context; changing them updates the page and storage.
#[derive(Clone, Copy)]
pub struct ReaderPreferences(pub RwSignal<Preferences>);

impl ReaderPreferences {
    /// Loads the stored preferences and keeps `<html>`'s `data-*` hooks and
    /// storage in step with them. Storage that fails only means they are
    /// not remembered.
    pub fn new() -> Self {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        let stored = storage
            .as_ref()
            .and_then(|s| s.get_item(PREFERENCES_KEY).ok().flatten())
            .map(|value| Preferences::parse(&value))
            .unwrap_or_default();
        let signal = RwSignal::new(stored);
        Effect::new(move |previous: Option<Preferences>| {
            let preferences = signal.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-theme", preferences.theme.as_str());
                let _ = root.set_attribute("data-text-size", &preferences.text_size.to_string());
                let _ = root.set_attribute(
                    "data-width",
                    if preferences.narrow {
                        "narrow"
                    } else {
                        "normal"
                    },
                );
            }
            // Written only when the reader changes something, not on every load.
            if previous.is_some_and(|previous| previous != preferences) {
                let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
                if let Some(storage) = storage {
                    let _ = storage.set_item(PREFERENCES_KEY, &preferences.serialize());
                }
            }
            preferences
        });
        Self(signal)
    }
}

/// The digits for text in `language`, following live changes: the reader's
/// choice, else the operator's, else the language's default.
pub fn use_numerals(language: &str) -> Signal<Numerals> {
    let operator = use_context::<NumeralsSetting>().unwrap_or_default();
    let reader = use_context::<ReaderPreferences>();
    let language = language.to_owned();
    Signal::derive(move || {
        let chosen = reader.and_then(|r| r.0.with(|p| p.digits));
        chosen.unwrap_or_else(|| operator.resolve(&language))
    })
}

impl Default for ReaderPreferences {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_tolerates_garbage() {
        let chosen = Preferences {
            text_size: 3,
            theme: Theme::Sepia,
            narrow: true,
            digits: Some(Numerals::Latn),
        };
        assert_eq!(Preferences::parse(&chosen.serialize()), chosen);
        assert_eq!(Preferences::parse(""), Preferences::default());
        assert_eq!(
            Preferences::parse("size=99;theme=neon;x"),
            Preferences {
                text_size: TEXT_SIZES - 1,
                ..Preferences::default()
            }
        );
        assert_eq!(Preferences::parse("{\"size\":2}"), Preferences::default());
    }

    #[test]
    fn text_size_stays_in_bounds() {
        let smallest = Preferences {
            text_size: 0,
            ..Preferences::default()
        };
        assert_eq!(smallest.resize(false).text_size, 0);
        assert_eq!(smallest.resize(true).text_size, 1);
        let largest = Preferences {
            text_size: TEXT_SIZES - 1,
            ..Preferences::default()
        };
        assert_eq!(largest.resize(true).text_size, TEXT_SIZES - 1);
    }
}
