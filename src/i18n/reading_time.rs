//! Reading time from the text's length in characters and the language's
//! reading speed, not words per minute: Arabic words are longer and fewer,
//! so words/200 undercounts them.
//!
//! Speeds are characters per minute from Trauzettel-Klosinski et al.,
//! "Standardized Assessment of Reading Performance: The New International
//! Reading Speed Texts IReST" (2012), mean silent reading across 17 languages.
//! Persian and Urdu are not in the study; they take Arabic's speed (same
//! script, similar word shapes) until better figures are found.

/// Characters per minute by primary language subtag.
const CHARS_PER_MINUTE: &[(&str, u32)] = &[
    ("ar", 612),
    ("he", 833),
    ("fa", 612),
    ("ur", 612),
    ("en", 987),
    ("fr", 1000),
    ("de", 920),
    ("es", 1025),
    ("it", 950),
    ("nl", 978),
    ("pt", 913),
    ("ru", 986),
    ("tr", 1054),
    ("pl", 916),
    ("sv", 917),
    ("fi", 1078),
    ("sl", 885),
];

/// The speed for languages not in the table.
const DEFAULT_CHARS_PER_MINUTE: u32 = 987;

/// Whole minutes to read `characters` characters in `language`, at least one.
pub fn reading_minutes(characters: usize, language: &str) -> u32 {
    let primary = language
        .trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let speed = CHARS_PER_MINUTE
        .iter()
        .find(|(tag, _)| *tag == primary)
        .map_or(DEFAULT_CHARS_PER_MINUTE, |(_, speed)| *speed);
    let minutes = (characters as u64).div_ceil(u64::from(speed)).max(1);
    u32::try_from(minutes).unwrap_or(u32::MAX)
}

/// The characters a reader reads: letters, digits and punctuation, without
/// runs of white space (markup is gone before this is called).
pub fn reading_characters(text: &str) -> usize {
    text.split_whitespace()
        .map(|word| word.chars().count() + 1)
        .sum::<usize>()
        .saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_reads_slower_per_character_than_english() {
        assert_eq!(reading_minutes(612, "ar"), 1);
        assert_eq!(reading_minutes(613, "ar-EG"), 2);
        assert_eq!(reading_minutes(3000, "ar"), 5);
        assert_eq!(reading_minutes(3000, "en"), 4);
        assert_eq!(reading_minutes(0, "en"), 1);
        assert_eq!(reading_minutes(10_000, "xx"), 11);
    }

    #[test]
    fn white_space_runs_count_once() {
        assert_eq!(reading_characters("  ab \n\n cd  "), 5);
        assert_eq!(reading_characters("نص عربي"), 7);
        assert_eq!(reading_characters(""), 0);
    }
}
