//! Article bodies: the allowlist that decides what third-party markup may
//! keep, and the DOM walk that applies it.
//!
//! [`policy`], [`inline_attributes`] and [`text`] are pure and
//! host-tested; [`dom`] is the thin browser edge. The browser's own parser
//! (`DOMParser`, which never runs scripts or loads images) reads the markup,
//! and the walk builds a fresh tree in the page from allowed parts only:
//! nothing from the input is ever re-serialized and parsed again, which is
//! where mutation XSS lives.

pub mod bidi;
pub mod dom;
pub mod inline_attributes;
pub mod named_references;
pub mod platform;
pub mod policy;
pub mod text;

/// The text of third-party markup as a reader sees it ([`dom::plain_text`]),
/// read behind the same containment as the body's rendering; `None` when
/// the browser could not read it (the failure is written to the console).
pub fn readable_text(html: &str) -> Option<String> {
    let html = html.to_owned();
    match crate::containment::contained(move || dom::plain_text(&html)) {
        Ok(Ok(text)) => Some(text),
        Ok(Err(error)) => {
            web_sys::console::warn_1(&format!("article-viewer: {error}").into());
            None
        }
        Err(interrupted) => {
            web_sys::console::warn_1(
                &format!("article-viewer: reading a body's text: {interrupted}").into(),
            );
            None
        }
    }
}
