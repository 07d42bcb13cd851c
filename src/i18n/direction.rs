//! Which way a language is written.

/// The primary language subtags written right to left (ISO 639-1 and -3)
/// that a news feed is likely to carry. `xtask/embed/embed.js` keeps a copy
/// of this list and of [`RTL_SCRIPTS`] (it runs before any wasm): change both.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "nqo", "pnb", "ps", "sd", "syr",
    "ug", "ur", "yi",
];

/// Script subtags that are right to left whatever the language (`az-Arab`, `pa-Arab`).
const RTL_SCRIPTS: &[&str] = &["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"];

/// A value for the HTML `dir` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    /// The direction of a BCP 47 language tag; left to right when unknown.
    pub fn of_language(tag: &str) -> Self {
        let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut subtags = lower.split('-');
        let primary = subtags.next().unwrap_or_default();
        let script = subtags.next().filter(|s| s.len() == 4);
        let rtl = match script {
            Some(script) => RTL_SCRIPTS.contains(&script),
            None => RTL_LANGUAGES.contains(&primary),
        };
        if rtl {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Direction::{self, Ltr, Rtl};

    #[test]
    fn right_to_left_languages() {
        for tag in [
            "ar",
            "ar-EG",
            "AR_eg",
            "fa",
            "fa-IR",
            "he",
            "ur-PK",
            "ps",
            "az-Arab",
            "pa-Arab-PK",
        ] {
            assert_eq!(Direction::of_language(tag), Rtl, "{tag}");
        }
    }

    #[test]
    fn left_to_right_languages() {
        for tag in [
            "en", "en-US", "fr", "tr", "az-Latn", "ku-Latn", "ha", "", "x", "arx",
        ] {
            assert_eq!(Direction::of_language(tag), Ltr, "{tag}");
        }
    }
}
