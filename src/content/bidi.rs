//! Runs of the other direction's script, found so they can be isolated:
//! Latin runs inside right-to-left text, right-to-left runs inside Latin text.
//!
//! In "شركة “سبيس إكس” (SpaceX) تطلق", the browser's bidi algorithm
//! already mirrors the parentheses; isolating "SpaceX" in a `<bdi>` also
//! keeps a run like "Eurasia Group 2024" or "JCAR." whole, with its own
//! digits and punctuation, wherever it falls in the line.

/// A piece of text: as is, or a run of the other script to isolate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Latin(&'a str),
}

/// Which script's runs to find: Latin ones (in right-to-left text) or
/// right-to-left ones (in left-to-right text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    Latin,
    RightToLeft,
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// Hebrew, Arabic, Syriac, Thaana, NKo and the Arabic presentation forms.
fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && !('\u{0660}'..='\u{0669}').contains(&c)
}

impl Foreign {
    /// The script to isolate in text of `direction`.
    pub fn opposite_of(direction: crate::i18n::Direction) -> Self {
        match direction {
            crate::i18n::Direction::Rtl => Foreign::Latin,
            crate::i18n::Direction::Ltr => Foreign::RightToLeft,
        }
    }

    fn starts(self, c: char) -> bool {
        match self {
            Foreign::Latin => is_latin_letter(c),
            Foreign::RightToLeft => is_rtl_letter(c),
        }
    }

    fn continues(self, c: char) -> bool {
        match self {
            Foreign::Latin => is_latin_letter(c) || c.is_ascii_digit(),
            Foreign::RightToLeft => {
                is_rtl_letter(c) || ('\u{0660}'..='\u{0669}').contains(&c) || c.is_ascii_digit()
            }
        }
    }
}

/// Characters that may sit inside a Latin run (between Latin letters or digits).
fn joins_latin(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '_' | '\'' | '&' | '/' | ':' | '+')
}

/// Splits right-to-left `text` into plain pieces and Latin runs.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    segments_of(text, Foreign::Latin)
}

/// Splits `text` into plain pieces and runs of the `foreign` script. A run
/// starts at one of its letters and ends at the last letter or digit before
/// something that is neither that script nor a joiner; joiners at its ends
/// stay outside. (Runs are returned as [`Segment::Latin`] whatever the script.)
pub fn segments_of(text: &str, foreign: Foreign) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut plain_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !foreign.starts(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(index, next)) = chars.peek() {
            if foreign.continues(next) {
                end = index + next.len_utf8();
            } else if !joins_latin(next) {
                break;
            }
            chars.next();
        }
        if plain_start < start {
            out.push(Segment::Plain(&text[plain_start..start]));
        }
        out.push(Segment::Latin(&text[start..end]));
        plain_start = end;
    }
    if plain_start < text.len() {
        out.push(Segment::Plain(&text[plain_start..]));
    }
    out
}

/// True when `text` has a Latin run worth isolating.
pub fn has_latin(text: &str) -> bool {
    has_foreign(text, Foreign::Latin)
}

/// True when `text` has a run of the `foreign` script.
pub fn has_foreign(text: &str, foreign: Foreign) -> bool {
    text.chars().any(|c| foreign.starts(c))
}

#[cfg(test)]
mod tests {
    use super::Segment::{Latin, Plain};
    use super::*;

    #[test]
    fn latin_runs_in_arabic_text() {
        assert_eq!(
            segments("“ستار لينك” (Starlink) فوق"),
            [Plain("“ستار لينك” ("), Latin("Starlink"), Plain(") فوق")]
        );
        assert_eq!(
            segments("“مجموعة أوراسيا” (Eurasia Group)، بأن"),
            [
                Plain("“مجموعة أوراسيا” ("),
                Latin("Eurasia Group"),
                Plain(")، بأن")
            ]
        );
        assert_eq!(
            segments("بين مصر وهولندا JCAR"),
            [Plain("بين مصر وهولندا "), Latin("JCAR")]
        );
        assert_eq!(
            segments("على «Xealth» الأميركية"),
            [Plain("على «"), Latin("Xealth"), Plain("» الأميركية")]
        );
        assert_eq!(
            segments("iPhone 16 Pro. ثم"),
            [Latin("iPhone 16 Pro"), Plain(". ثم")]
        );
    }

    #[test]
    fn arabic_runs_in_english_text() {
        assert_eq!(
            segments_of("The word سلام (peace) ends", Foreign::RightToLeft),
            [Plain("The word "), Latin("سلام"), Plain(" (peace) ends")]
        );
        assert_eq!(
            segments_of("Channel الجزيرة 24, live", Foreign::RightToLeft),
            [Plain("Channel "), Latin("الجزيرة 24"), Plain(", live")]
        );
        assert_eq!(
            segments_of("no rtl here", Foreign::RightToLeft),
            [Plain("no rtl here")]
        );
    }

    #[test]
    fn text_without_latin_is_one_piece() {
        assert_eq!(segments("نص عربي 2022 ١٥٠٪"), [Plain("نص عربي 2022 ١٥٠٪")]);
        assert_eq!(segments(""), []);
        assert!(!has_latin("نص 2022"));
        assert!(has_latin("نص X"));
    }

    #[test]
    fn segments_cover_the_text_exactly() {
        for text in ["a", "ب a ب", "  a-b. c:d ", "١a٢", "é ü", "x..y", "—Q—"] {
            let joined: String = segments(text)
                .into_iter()
                .map(|s| match s {
                    Plain(p) | Latin(p) => p,
                })
                .collect();
            assert_eq!(joined, text);
        }
    }
}
