//! Article bodies: the allowlist that decides what third-party markup may
//! keep, and the DOM walk that applies it.
//!
//! [`policy`] and [`text`] are pure and host-tested; [`dom`] is the thin
//! browser edge. The browser's own parser (`DOMParser`, which never runs
//! scripts or loads images) reads the markup, and the walk builds a fresh
//! tree in the page from allowed parts only: nothing from the input is ever
//! re-serialized and parsed again, which is where mutation XSS lives.

pub mod bidi;
pub mod dom;
pub mod policy;
pub mod text;
