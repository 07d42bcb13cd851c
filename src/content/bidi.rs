//! Latin runs inside right-to-left text, found so they can be isolated.
//!
//! In "شركة “سبيس إكس” (SpaceX) تطلق", the browser's bidi algorithm
//! already mirrors the parentheses; isolating "SpaceX" in a `<bdi>` also
//! keeps a run like "Eurasia Group 2024" or "JCAR." whole, with its own
//! digits and punctuation, wherever it falls in the line.

/// A piece of text: as is, or a Latin run to isolate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Latin(&'a str),
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// Characters that may sit inside a Latin run (between Latin letters or digits).
fn joins_latin(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '_' | '\'' | '&' | '/' | ':' | '+')
}

/// Splits `text` into plain pieces and Latin runs. A run starts at a Latin
/// letter and ends at the last Latin letter or digit before something that
/// is neither Latin nor a joiner; joiners at its ends stay outside.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut plain_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_latin_letter(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(index, next)) = chars.peek() {
            if is_latin_letter(next) || next.is_ascii_digit() {
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
    text.chars().any(is_latin_letter)
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
