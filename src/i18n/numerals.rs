//! Which digits the UI prints: Western (`latn`, 0123), Arabic-Indic
//! (`arab`, ٠١٢٣) or the Extended Arabic-Indic of Persian (`arabext`, ۰۱۲۳). Counts, dates, reading time and page numbers all follow
//! the one setting; `data-views` attributes always keep Western digits.

/// A numbering system, by its CLDR / `Intl` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numerals {
    Latn,
    Arab,
    Arabext,
}

/// Arabic-speaking regions whose CLDR default is Western digits (the Maghreb).
const LATN_ARABIC_REGIONS: &[&str] = &["ma", "dz", "tn", "ly", "eh", "mr"];

impl Numerals {
    /// `latn` or `arab` (any case); anything else is `None`.
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "latn" => Some(Numerals::Latn),
            "arab" => Some(Numerals::Arab),
            "arabext" => Some(Numerals::Arabext),
            _ => None,
        }
    }

    /// The `Intl` name (`numberingSystem`).
    pub fn as_str(self) -> &'static str {
        match self {
            Numerals::Latn => "latn",
            Numerals::Arab => "arab",
            Numerals::Arabext => "arabext",
        }
    }

    /// CLDR's default for a language tag: Arabic-Indic for Arabic outside the
    /// Maghreb, Extended Arabic-Indic for Persian (and Urdu in India),
    /// Western for everything else.
    pub fn default_for(language: &str) -> Self {
        let lower = language.trim().to_ascii_lowercase().replace('_', "-");
        let mut subtags = lower.split('-');
        let primary = subtags.next();
        let region = subtags.find(|s| s.len() == 2);
        match (primary, region) {
            (Some("fa"), _) | (Some("ur"), Some("in")) => Numerals::Arabext,
            (Some("ar"), Some(r)) if LATN_ARABIC_REGIONS.contains(&r) => Numerals::Latn,
            (Some("ar"), _) => Numerals::Arab,
            _ => Numerals::Latn,
        }
    }

    /// `text` with its ASCII digits written in this system.
    pub fn localize(self, text: &str) -> String {
        let zero = match self {
            Numerals::Latn => return text.to_owned(),
            Numerals::Arab => 0x0660,
            Numerals::Arabext => 0x06F0,
        };
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(zero + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }
}

/// Whether bylines also give the Umm al-Qura Hijri date, as a context
/// (`<meta name="article-viewer:hijri" content="true">`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HijriSetting(pub bool);

/// The operator's (and later the reader's) choice of digits, as a context;
/// `None` means "the language's default".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NumeralsSetting(pub Option<Numerals>);

impl NumeralsSetting {
    /// The digits to print for text in `language`.
    pub fn resolve(self, language: &str) -> Numerals {
        self.0.unwrap_or_else(|| Numerals::default_for(language))
    }
}

#[cfg(test)]
mod tests {
    use super::Numerals::{self, Arab, Arabext, Latn};

    #[test]
    fn defaults_follow_cldr() {
        for (tag, expected) in [
            ("ar", Arab),
            ("ar-EG", Arab),
            ("ar-SA", Arab),
            ("AR_ae", Arab),
            ("ar-MA", Latn),
            ("ar-DZ", Latn),
            ("ar-TN", Latn),
            ("ar-Arab-MA", Latn),
            ("en", Latn),
            ("fr-MA", Latn),
            ("he", Latn),
            ("fa", Arabext),
            ("fa-IR", Arabext),
            ("ur", Latn),
            ("ur-IN", Arabext),
            ("", Latn),
        ] {
            assert_eq!(Numerals::default_for(tag), expected, "{tag}");
        }
    }

    #[test]
    fn digits_are_rewritten_and_nothing_else() {
        assert_eq!(Arab.localize("11 مشاهدة"), "١١ مشاهدة");
        assert_eq!(Arab.localize("صفحة 2 من 10"), "صفحة ٢ من ١٠");
        assert_eq!(Arab.localize("0123456789"), "٠١٢٣٤٥٦٧٨٩");
        assert_eq!(Arab.localize("x٣y"), "x٣y");
        assert_eq!(Latn.localize("12 views"), "12 views");
        assert_eq!(Arabext.localize("12 بازدید"), "۱۲ بازدید");
    }

    #[test]
    fn the_operator_setting_wins_over_the_language() {
        assert_eq!(super::NumeralsSetting(None).resolve("ar"), Arab);
        assert_eq!(super::NumeralsSetting(Some(Latn)).resolve("ar"), Latn);
        assert_eq!(super::NumeralsSetting(Some(Arab)).resolve("en"), Arab);
    }

    #[test]
    fn settings_parse() {
        assert_eq!(Numerals::parse(" ARAB "), Some(Arab));
        assert_eq!(Numerals::parse("latn"), Some(Latn));
        assert_eq!(Numerals::parse("hindi"), None);
        assert_eq!(Arab.as_str(), "arab");
        assert_eq!(Numerals::parse("arabext"), Some(Arabext));
    }
}
