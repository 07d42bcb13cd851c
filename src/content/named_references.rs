//! HTML's named character references (`&hellip;`, `&Aacute;`), read by the
//! browser that already knows all 2,125 of them: the wasm carries no copy of
//! the table (54 KB raw, 17.6 KB brotli when it did).
//!
//! Only [`crate::model::plain_text::decode_references`] asks, in the browser,
//! for a name it does not know itself; on the host the same question goes to
//! html-escape's table, and `tests/browser_named_references.rs` checks that
//! the browser answers every name of that table alike, but for the 93 names
//! HTML defines as two characters (`&NotEqualTilde;` is U+2242 U+0338), of
//! which the table keeps only the first and the browser, rightly, both.

use std::cell::RefCell;
use std::collections::HashMap;

use web_sys::{DomParser, Element, SupportedType};

/// The longest name HTML defines is 31 letters (`CounterClockwiseContourIntegral`).
const LONGEST_NAME: usize = 32;

thread_local! {
    /// A `<textarea>` of an inert document (`DOMParser`'s: nothing in it
    /// loads or runs), whose contents are parsed as text with references.
    static DECODER: Option<Element> = DomParser::new()
        .ok()
        .and_then(|parser| parser.parse_from_string("", SupportedType::TextHtml).ok())
        .and_then(|document| document.create_element("textarea").ok());
    /// The names already answered: a feed repeats the same few.
    static KNOWN: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// What `&name;` stands for, when it is a complete named reference.
pub fn browser_named_reference(name: &str) -> Option<String> {
    // Every name is ASCII letters and digits: anything else is not one, and
    // never reaches the parser.
    if name.is_empty()
        || name.len() > LONGEST_NAME
        || !name.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    if let Some(value) = KNOWN.with(|known| known.borrow().get(name).cloned()) {
        return Some(value);
    }
    let value = DECODER.with(|decoder| {
        let decoder = decoder.as_ref()?;
        decoder.set_inner_html(&format!("&{name};"));
        decoder.text_content()
    })?;
    // A whole name stands for one or two characters. What the parser makes
    // of a longer run is a name without its `;` followed by more letters
    // (`&notit;` is "¬it;"), which is no complete reference; an unknown name
    // comes back unchanged.
    if value.chars().count() > 2 {
        return None;
    }
    KNOWN.with(|known| known.borrow_mut().insert(name.to_owned(), value.clone()));
    Some(value)
}
