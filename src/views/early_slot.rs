//! The view-count slot the page claimed before the wasm loaded.
//!
//! The written pages' inline guard script (`xtask/prerender/guard.js`) asks
//! for the first free slot's Web Lock as the document is parsed, the way
//! [`super::store`] would, and leaves a promise of its number in
//! `window.__articleViewerSlot`. Asked by the app instead, the lock's answer
//! came as a task queued behind the app's first ones (instantiating, the
//! mount, the article, the sidebar and a frame), and the opening waited for
//! it: some 130 ms under mobile throttling (README, "Benchmark"). Claimed
//! early, it has long been answered when the app starts.
//!
//! The first store takes it; a page without it (a development build, the
//! `<article-viewer>` element, a second store) claims its own.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::key::MAX_SLOTS;

const GLOBAL: &str = "__articleViewerSlot";

/// The page's claim, taken (so used at most once), when it made one.
pub(crate) fn take() -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let claim = js_sys::Reflect::get(&window, &GLOBAL.into()).ok()?;
    js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &GLOBAL.into())
        .ok()?;
    claim.dyn_into::<js_sys::Promise>().ok()
}

/// The slot the claim settled on: `None` when it failed or settled on
/// anything but a slot number, and the store must claim its own.
pub(crate) async fn slot(claim: js_sys::Promise) -> Option<u32> {
    let value = JsFuture::from(claim).await.ok()?.as_f64()?;
    slot_number(value)
}

/// `value` as a slot number, if it is one.
fn slot_number(value: f64) -> Option<u32> {
    (value.fract() == 0.0 && (0.0..f64::from(MAX_SLOTS)).contains(&value)).then_some(value as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::key::{SHARED_SLOT, SLOT_LOCK_PREFIX};

    #[test]
    fn only_slot_numbers_are_taken() {
        assert_eq!(slot_number(0.0), Some(SHARED_SLOT));
        assert_eq!(slot_number(1.0), Some(1));
        assert_eq!(slot_number(f64::from(MAX_SLOTS - 1)), Some(MAX_SLOTS - 1));
        for bad in [-1.0, 1.5, f64::from(MAX_SLOTS), f64::NAN, f64::INFINITY] {
            assert_eq!(slot_number(bad), None, "{bad}");
        }
    }

    /// The guard script claims slots by the same lock names and bound as the store.
    #[test]
    fn the_guard_claims_the_stores_slots() {
        let guard = include_str!("../../xtask/prerender/guard.js");
        assert!(guard.contains(&format!("locks.request('{SLOT_LOCK_PREFIX}' + slot")));
        assert!(guard.contains(&format!(
            "if (slot >= {MAX_SLOTS}) return claimed({SHARED_SLOT});"
        )));
        assert!(guard.contains(&format!("window.{GLOBAL} = ")));
    }
}
