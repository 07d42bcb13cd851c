//! The language of a text that does not declare one, from its letters.
//!
//! Most real feeds carry no `language`. The script of the letters tells
//! the direction for certain and the language well enough for the page's
//! `lang`, its interface and `Intl`: Arabic-script text is told apart as
//! Urdu, Persian or Arabic by the letters only each uses; kana make Han text
//! Japanese; Latin-script text, whose languages letters alone cannot tell
//! apart, is taken as English. Markup is skipped (tags, entities, and the
//! contents of `script` and `style`), since only prose counts.

/// How many letters are read: enough to be sure, few enough to be cheap
/// on a megabyte of markup.
const SAMPLE_LETTERS: usize = 4000;

/// Below this share, the majority script does not decide: the text is
/// mixed, and it follows its first strong letter, as `dir="auto"` does.
const MAJORITY: f64 = 0.6;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
    Hebrew,
    Syriac,
    Thaana,
    Nko,
    Cyrillic,
    Greek,
    Armenian,
    Georgian,
    Devanagari,
    Bengali,
    Thai,
    Hangul,
    Kana,
    Han,
}

const SCRIPTS: [Script; 16] = [
    Script::Latin,
    Script::Arabic,
    Script::Hebrew,
    Script::Syriac,
    Script::Thaana,
    Script::Nko,
    Script::Cyrillic,
    Script::Greek,
    Script::Armenian,
    Script::Georgian,
    Script::Devanagari,
    Script::Bengali,
    Script::Thai,
    Script::Hangul,
    Script::Kana,
    Script::Han,
];

fn script_of(c: char) -> Option<Script> {
    let script = match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Script::Greek,
        '\u{0400}'..='\u{052F}' => Script::Cyrillic,
        '\u{0531}'..='\u{058F}' => Script::Armenian,
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => Script::Hebrew,
        // Arabic-Indic digits are not letters: they say nothing of the language.
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => return None,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => Script::Arabic,
        '\u{0700}'..='\u{074F}' => Script::Syriac,
        '\u{0780}'..='\u{07BF}' => Script::Thaana,
        '\u{07C0}'..='\u{07FF}' => Script::Nko,
        '\u{0900}'..='\u{097F}' => Script::Devanagari,
        '\u{0980}'..='\u{09FF}' => Script::Bengali,
        '\u{0E00}'..='\u{0E7F}' => Script::Thai,
        '\u{10A0}'..='\u{10FF}' => Script::Georgian,
        '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}' => {
            Script::Hangul
        }
        '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => Script::Kana,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => Script::Han,
        _ => return None,
    };
    Some(script)
}

/// Letters only Urdu writes among the Arabic-script languages of the web.
fn is_urdu_letter(c: char) -> bool {
    matches!(c, 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ۓ' | 'ھ' | 'ہ')
}

/// Persian's own letters and forms (Urdu shares them; Arabic does not).
fn is_persian_letter(c: char) -> bool {
    matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی')
}

/// Arabic's own forms, which Persian and Urdu write otherwise.
fn is_arabic_letter(c: char) -> bool {
    matches!(c, 'ي' | 'ك' | 'ة' | 'ى')
}

/// Elements whose text is not prose in any language: code, and what
/// browsers never show.
const SKIPPED: [(&str, &str); 4] = [
    ("<script", "</script"),
    ("<style", "</style"),
    ("<pre", "</pre"),
    ("<code", "</code"),
];

/// How much one letter of a script weighs against a Latin one: a Han
/// character, a kana or a Hangul block is a word or a syllable, while Latin
/// spells each sound. Without it, a Chinese page with English
/// product names reads as English.
fn weight(script: Script) -> usize {
    match script {
        Script::Han | Script::Kana | Script::Hangul => 3,
        _ => 1,
    }
}

/// The letters of `text` that are prose: outside tags, character
/// references, `script`, `style`, `pre` and `code` elements, and Markdown's
/// backticked code.
fn prose(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut in_tag = false;
    let mut in_reference = false;
    let mut skip_until: Option<&'static str> = None;
    // Markdown left in a body (`inline code`, ``` fences) is code too.
    let mut in_backticks = false;
    let lower_at = |i: usize, what: &str| {
        text.get(i..i + what.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(what))
    };
    text.char_indices().filter_map(move |(i, c)| {
        if let Some(end) = skip_until {
            if c == '<' && lower_at(i, end) {
                skip_until = None;
                in_tag = true;
            }
            return None;
        }
        if in_tag {
            in_tag = c != '>';
            return None;
        }
        if in_reference {
            in_reference = c.is_ascii_alphanumeric() || c == '#';
            if in_reference {
                return None;
            }
        }
        if c == '`' {
            in_backticks = !in_backticks;
            return None;
        }
        if in_backticks {
            return None;
        }
        match c {
            '<' => {
                for (open, close) in SKIPPED {
                    if lower_at(i, open)
                        && text
                            .as_bytes()
                            .get(i + open.len())
                            .is_some_and(|b| !b.is_ascii_alphanumeric())
                    {
                        skip_until = Some(close);
                        break;
                    }
                }
                in_tag = true;
                None
            }
            '&' => {
                in_reference = true;
                None
            }
            c => Some(c),
        }
    })
}

/// The language of `text` (plain text or markup) as a BCP 47 tag, or
/// `None` when it has no letters at all.
pub fn detect_language(text: &str) -> Option<&'static str> {
    let mut counts = [0usize; SCRIPTS.len()];
    let (mut urdu, mut persian, mut arabic) = (0usize, 0usize, 0usize);
    let mut first: Option<Script> = None;
    let mut letters = 0usize;
    for c in prose(text) {
        let Some(script) = script_of(c) else {
            continue;
        };
        first.get_or_insert(script);
        if let Some(slot) = SCRIPTS.iter().position(|s| *s == script) {
            if let Some(count) = counts.get_mut(slot) {
                *count += weight(script);
            }
        }
        urdu += usize::from(is_urdu_letter(c));
        persian += usize::from(is_persian_letter(c));
        arabic += usize::from(is_arabic_letter(c));
        letters += weight(script);
        if letters >= SAMPLE_LETTERS {
            break;
        }
    }
    let (top, top_count) = SCRIPTS
        .iter()
        .zip(counts)
        .max_by_key(|(_, count)| *count)
        .map(|(script, count)| (*script, count))?;
    if top_count == 0 {
        return None;
    }
    // Japanese writes Han and kana together; a few kana among Han are Japanese.
    let kana = counts.get(14).copied().unwrap_or(0);
    let han = counts.get(15).copied().unwrap_or(0);
    if (top == Script::Han || top == Script::Kana) && kana * 10 >= han + kana {
        return Some("ja");
    }
    let script = if (top_count as f64) < MAJORITY * letters as f64 {
        first.unwrap_or(top)
    } else {
        top
    };
    Some(match script {
        Script::Latin => "en",
        Script::Arabic if urdu > 0 && urdu * 30 >= letters => "ur",
        Script::Arabic if persian > arabic => "fa",
        Script::Arabic => "ar",
        Script::Hebrew => "he",
        Script::Syriac => "syr",
        Script::Thaana => "dv",
        Script::Nko => "nqo",
        Script::Cyrillic => "ru",
        Script::Greek => "el",
        Script::Armenian => "hy",
        Script::Georgian => "ka",
        Script::Devanagari => "hi",
        Script::Bengali => "bn",
        Script::Thai => "th",
        Script::Hangul => "ko",
        Script::Kana => "ja",
        Script::Han => "zh",
    })
}

#[cfg(test)]
mod tests {
    use super::detect_language;
    use crate::i18n::Direction;

    #[test]
    fn each_script_gives_its_language_and_direction() {
        let cases = [
            (
                "Apple's AR is closer to reality than you think",
                "en",
                Direction::Ltr,
            ),
            (
                "تقرير يكشف محادثات سرية بين إيلون ماسك وفلاديمير بوتين",
                "ar",
                Direction::Rtl,
            ),
            (
                "یہ ایک اردو جملہ ہے جس میں کچھ الفاظ ہیں",
                "ur",
                Direction::Rtl,
            ),
            (
                "این یک جمله فارسی است که چند واژه دارد",
                "fa",
                Direction::Rtl,
            ),
            ("זהו משפט בעברית עם כמה מילים", "he", Direction::Rtl),
            ("ܫܠܡܐ ܥܠܡܐ", "syr", Direction::Rtl),
            ("ދިވެހި ބަސް", "dv", Direction::Rtl),
            ("ߒߞߏ ߞߊ߲", "nqo", Direction::Rtl),
            ("これは日本語の文章です", "ja", Direction::Ltr),
            ("这是一个中文句子，没有假名", "zh", Direction::Ltr),
            ("이것은 한국어 문장입니다", "ko", Direction::Ltr),
            ("Это предложение на русском языке", "ru", Direction::Ltr),
            ("Αυτή είναι μια ελληνική πρόταση", "el", Direction::Ltr),
            ("นี่คือประโยคภาษาไทย", "th", Direction::Ltr),
            ("यह हिंदी का वाक्य है", "hi", Direction::Ltr),
        ];
        for (text, language, direction) in cases {
            assert_eq!(detect_language(text), Some(language), "{text}");
            assert_eq!(Direction::of_language(language), direction, "{language}");
        }
    }

    #[test]
    fn markup_is_not_prose() {
        let html = "<p class=\"intro\" data-x=\"abcdefghijklmnop\">نص عربي قصير</p>\
                    <script>var english = 'lots of latin letters here';</script>\
                    <style>.a { color: red; font-family: serif }</style>&nbsp;&amp;\
                    <pre><code>fn main() { println!(\"hello world\"); }</code></pre>\
                    ```\nlet markdown = \"fenced code\";\n``` and `inline code`";
        assert_eq!(detect_language(html), Some("ar"));
    }

    #[test]
    fn a_mixed_text_follows_the_majority_or_else_its_first_strong_letter() {
        // Mostly Arabic with Latin names in parentheses: Arabic.
        assert_eq!(
            detect_language("شركة سبيس إكس (SpaceX) تطلق صاروخًا جديدًا اليوم من فلوريدا"),
            Some("ar")
        );
        // Mostly English with one Arabic word: English.
        assert_eq!(
            detect_language("The word سلام means peace in a long English sentence"),
            Some("en")
        );
        // Evenly mixed: the first strong letter decides.
        assert_eq!(detect_language("שלום hello"), Some("he"));
        assert_eq!(detect_language("hello שלום"), Some("en"));
    }

    #[test]
    fn no_letters_no_language() {
        assert_eq!(detect_language(""), None);
        assert_eq!(detect_language("123 ٤٥٦ — !? <b></b>"), None);
    }
}
