//! The reactive view-count store shared by every component, and the bridge
//! that keeps it in step with localStorage and other tabs.
//!
//! Each tab writes only its own storage slot (see [`super::key`]): at start
//! it takes the first free slot by holding that slot's Web Lock for its
//! whole life, so no other tab ever writes the same key and no increment can
//! be lost between tabs. One opening adds one:
//! [`ViewStore::record_opening`] reads this tab's slot, adds one (plus any
//! opens that earlier failed to save) and writes it back. Browsers without
//! the Web Locks API (or where it is refused, as in sandboxed frames) all
//! share slot 0, where two tabs writing in the same instant can still
//! collide: the documented limit. Other tabs' writes arrive as `storage`
//! events and update the counts on screen.

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::counts::ViewCounts;
use super::early_slot;
use super::key::{parse_count, parse_key, slot_lock, MAX_SLOTS, SHARED_SLOT};
use super::storage::{CountStorage, StorageError};

/// Which slot this tab writes, once known.
#[derive(Debug, Clone)]
enum Slot {
    /// Still asking for a free slot; openings wait here (a few milliseconds).
    Claiming(Vec<String>),
    Claimed(u32),
}

/// The view counts of this browser, as a context.
#[derive(Clone, Copy)]
pub struct ViewStore {
    counts: RwSignal<ViewCounts>,
    problem: RwSignal<Option<StorageError>>,
    storage: StoredValue<Option<CountStorage>, LocalStorage>,
    slot: StoredValue<Slot>,
}

impl ViewStore {
    /// Opens storage, reads the stored counts, claims a slot and listens for
    /// other tabs. Must run inside a reactive owner (a component).
    pub fn new() -> Self {
        let store = Self {
            counts: RwSignal::new(ViewCounts::default()),
            problem: RwSignal::new(None),
            storage: StoredValue::new_local(None),
            slot: StoredValue::new(Slot::Claiming(Vec::new())),
        };
        match CountStorage::open() {
            Ok(storage) => {
                store.storage.set_value(Some(storage));
                store.reload();
                let handle = window_event_listener(leptos::ev::storage, move |event| {
                    store.on_storage_event(event)
                });
                on_cleanup(move || handle.remove());
                store.claim_slot();
            }
            Err(problem) => {
                store.report(problem);
                store.slot_claimed(SHARED_SLOT);
            }
        }
        store
    }

    /// Makes this store the one components below see.
    pub fn provide(self) {
        provide_context(self);
    }

    /// The store provided above, or a fresh one when there is none (a
    /// component mounted on its own still counts, in memory if need be).
    pub fn expect() -> Self {
        use_context::<Self>().unwrap_or_else(|| {
            let store = Self::new();
            store.provide();
            store
        })
    }

    /// The count shown for `id` (tracked: the view updates when it changes).
    pub fn displayed(&self, id: &str, publisher_views: u64) -> u64 {
        self.counts
            .with(|counts| counts.displayed(id, publisher_views))
    }

    /// The last storage problem, for the notice under the sidebar.
    pub fn problem(&self) -> Option<StorageError> {
        self.problem.get()
    }

    /// The slot this tab writes, once claimed.
    pub fn slot(&self) -> Option<u32> {
        match self.slot.get_value() {
            Slot::Claimed(slot) => Some(slot),
            Slot::Claiming(_) => None,
        }
    }

    /// Counts one opening of `id`: persisted when storage allows, in memory otherwise.
    pub fn record_opening(&self, id: String) {
        let claimed = self.slot.try_update_value(|slot| match slot {
            Slot::Claimed(n) => Some(*n),
            Slot::Claiming(waiting) => {
                waiting.push(id.clone());
                None
            }
        });
        if let Some(Some(slot)) = claimed {
            self.increment(slot, &id);
        }
    }

    fn slot_claimed(&self, slot: u32) {
        let waiting = self
            .slot
            .try_update_value(
                |state| match std::mem::replace(state, Slot::Claimed(slot)) {
                    Slot::Claiming(waiting) => waiting,
                    Slot::Claimed(_) => Vec::new(),
                },
            )
            .unwrap_or_default();
        for id in waiting {
            self.increment(slot, &id);
        }
    }

    fn increment(&self, slot: u32, id: &str) {
        let outcome = self.storage.with_value(|storage| {
            let storage = storage.as_ref()?;
            let result = storage.read(slot, id).and_then(|stored| {
                let next = self.counts.with_untracked(|c| c.next_value(id, stored));
                storage.write(slot, id, next).map(|()| next)
            });
            Some(result)
        });
        match outcome {
            Some(Ok(value)) => self.counts.update(|c| c.saved(id, slot, value)),
            Some(Err(problem)) => {
                self.counts.update(|c| c.unsaved_open(id));
                self.report(problem);
            }
            // Storage was unavailable from the start; that was reported then.
            None => self.counts.update(|c| c.unsaved_open(id)),
        }
    }

    /// Takes the slot the page claimed before the wasm loaded, or else the
    /// first free one, holding its lock until the tab goes away.
    fn claim_slot(&self) {
        let store = *self;
        if let Some(claim) = early_slot::take() {
            wasm_bindgen_futures::spawn_local(async move {
                match early_slot::slot(claim).await {
                    Some(slot) => store.slot_claimed(slot),
                    None => store.claim_own_slot(),
                }
            });
            return;
        }
        store.claim_own_slot();
    }

    /// Takes the first free slot itself, holding its lock until the tab goes away.
    fn claim_own_slot(&self) {
        let store = *self;
        let Some((locks, request)) = lock_manager() else {
            store.slot_claimed(SHARED_SLOT);
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let mut chosen = SHARED_SLOT;
            for slot in 1..MAX_SLOTS {
                match hold_if_free(&locks, &request, slot).await {
                    Some(true) => {
                        chosen = slot;
                        break;
                    }
                    Some(false) => continue,
                    // Refused (e.g. an opaque origin): share slot 0.
                    None => break,
                }
            }
            store.slot_claimed(chosen);
        });
    }

    fn reload(&self) {
        let Some((counts, problems)) = self
            .storage
            .with_value(|s| s.as_ref().map(CountStorage::read_all))
        else {
            return;
        };
        self.counts.update(|c| {
            c.clear_stored();
            for (id, slot, count) in &counts {
                c.set_stored(id, *slot, *count);
            }
        });
        for problem in problems {
            self.report(problem);
        }
    }

    fn on_storage_event(&self, event: web_sys::StorageEvent) {
        match event.key() {
            // `localStorage.clear()` in another tab.
            None => self.reload(),
            Some(key) => {
                let Some((slot, id)) = parse_key(&key) else {
                    return;
                };
                match event.new_value().map(|v| parse_count(&v)) {
                    None => self.counts.update(|c| c.set_stored(id, slot, 0)),
                    Some(Ok(count)) => self.counts.update(|c| c.set_stored(id, slot, count)),
                    Some(Err(bad)) => self.report(StorageError::Unreadable {
                        id: id.to_owned(),
                        value: bad.value,
                    }),
                }
            }
        }
    }

    fn report(&self, problem: StorageError) {
        web_sys::console::warn_1(&format!("article-viewer: {problem}").into());
        self.problem.set(Some(problem));
    }
}

impl Default for ViewStore {
    fn default() -> Self {
        Self::new()
    }
}

/// Asks for the slot's lock without waiting: `Some(true)` when it is now held
/// (for the life of the page), `Some(false)` when another tab holds it,
/// `None` when the browser refuses Web Locks here.
async fn hold_if_free(locks: &JsValue, request: &Function, slot: u32) -> Option<bool> {
    let options = Object::new();
    Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE).ok()?;
    let name = JsValue::from(slot_lock(slot));
    let answer = Promise::new(&mut |resolve, _reject| {
        let granted = resolve.clone();
        let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
            let held = !lock.is_null();
            let _ = granted.call1(&JsValue::NULL, &JsValue::from(held));
            if held {
                // A promise that never settles keeps the lock until the page goes.
                Promise::new(&mut |_, _| {}).into()
            } else {
                JsValue::UNDEFINED
            }
        });
        match request.call3(locks, &name, &options, &callback) {
            Ok(pending) => {
                let refused = resolve.clone();
                let on_refusal = Closure::once(move |_: JsValue| {
                    let _ = refused.call1(&JsValue::NULL, &JsValue::UNDEFINED);
                });
                let _ = pending.unchecked_into::<Promise>().catch(&on_refusal);
                on_refusal.forget();
            }
            Err(_) => {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::UNDEFINED);
            }
        }
    });
    JsFuture::from(answer).await.ok()?.as_bool()
}

/// `navigator.locks` and its `request` method, when the browser has them.
fn lock_manager() -> Option<(JsValue, Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((locks, request))
}
