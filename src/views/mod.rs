//! View counts: the counting rules, the ranking, the localStorage format and
//! the reactive store that keeps them in step across tabs.
//!
//! [`counts`], [`ranking`] and [`key`] are pure and host-tested; [`storage`],
//! [`store`] and `early_slot` (the slot the page claimed before the wasm) are
//! the browser edge.

pub mod counts;
mod early_slot;
pub mod key;
pub mod ranking;
pub mod storage;
pub mod store;

pub use counts::ViewCounts;
pub use store::ViewStore;
