//! How the viewer sits in a page: the full page it owns, the same page
//! written at build time and taken over by the app ([`takeover`]), and
//! what each placement may touch ([`Mode`]).

pub mod frame;
pub mod mode;
pub mod offline;
pub mod parts;
pub mod takeover;
pub mod widget;

pub use mode::Mode;
pub use parts::Parts;
