//! Plain-text bodies and excerpts.

/// `content_text` as paragraphs: blank lines separate them; single newlines
/// stay inside a paragraph (shown as line breaks by the stylesheet).
pub fn paragraphs(text: &str) -> Vec<String> {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in normalized.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// At most `max_chars` characters of `text`, cut at a word boundary, with an
/// ellipsis when anything was cut. Whitespace runs become single spaces.
/// Reads only as far as the cut: a body may be a megabyte of text.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    // The word that did not fit, when one did not.
    let mut overflow = None;
    for word in text.split_whitespace() {
        let extra = usize::from(!out.is_empty()) + word.chars().count();
        if count + extra > max_chars {
            overflow = Some(word);
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        count += extra;
    }
    let Some(overflow) = overflow else {
        return out;
    };
    if out.is_empty() {
        // A first word longer than the excerpt: its first characters.
        out = overflow.chars().take(max_chars).collect();
    }
    let trimmed = out.trim_end_matches(['.', '،', ',', '…', ' ']);
    format!("{trimmed}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_split_paragraphs() {
        assert_eq!(paragraphs("a\nb\n\n\n c \r\n\r\nd"), ["a\nb", "c", "d"]);
        assert!(paragraphs(" \n\n ").is_empty());
    }

    #[test]
    fn excerpt_cuts_at_words() {
        assert_eq!(excerpt("short   text", 50), "short text");
        assert_eq!(excerpt("one two three four", 10), "one two…");
        assert_eq!(excerpt("abcdefghijkl", 5), "abcde…");
        assert_eq!(
            excerpt("قالت شركة سامسونغ إلكترونيكس، يوم الثلاثاء", 22),
            "قالت شركة سامسونغ…"
        );
    }
}
