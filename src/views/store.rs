//! The reactive view-count store shared by every component, and the bridge
//! that keeps it in step with localStorage and other tabs.
//!
//! One opening adds one: [`ViewStore::record_opening`] reads the stored
//! count, adds one (plus any opens that earlier failed to save) and writes it
//! back inside a Web Lock, so two tabs opening articles at the same moment
//! cannot both write "n + 1". Browsers without the Web Locks API (or where it
//! is refused, as in sandboxed iframes) run the same update without a lock;
//! there, two writes within the same millisecond from two tabs can still
//! collide, which is the documented limit. Other tabs' writes arrive as
//! `storage` events and update the counts on screen.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::counts::ViewCounts;
use super::key::{article_id, parse_count, LOCK_NAME};
use super::storage::{CountStorage, StorageError};

/// The view counts of this browser, as a context.
#[derive(Clone, Copy)]
pub struct ViewStore {
    counts: RwSignal<ViewCounts>,
    problem: RwSignal<Option<StorageError>>,
    storage: StoredValue<Option<CountStorage>, LocalStorage>,
}

impl ViewStore {
    /// Opens storage, reads the stored counts and listens for other tabs.
    /// Must run inside a reactive owner (a component).
    pub fn new() -> Self {
        let store = Self {
            counts: RwSignal::new(ViewCounts::default()),
            problem: RwSignal::new(None),
            storage: StoredValue::new_local(None),
        };
        match CountStorage::open() {
            Ok(storage) => {
                store.storage.set_value(Some(storage));
                store.reload();
                let handle = window_event_listener(leptos::ev::storage, move |event| {
                    store.on_storage_event(event)
                });
                on_cleanup(move || handle.remove());
            }
            Err(problem) => store.report(problem),
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

    /// Counts one opening of `id`: persisted when storage allows, in memory otherwise.
    pub fn record_opening(&self, id: String) {
        let store = *self;
        with_lock(move || store.increment(&id));
    }

    fn increment(&self, id: &str) {
        let outcome = self.storage.with_value(|storage| {
            let storage = storage.as_ref()?;
            let result = storage.read(id).and_then(|stored| {
                let next = self.counts.with_untracked(|c| c.next_value(id, stored));
                storage.write(id, next).map(|()| next)
            });
            Some(result)
        });
        match outcome {
            Some(Ok(value)) => self.counts.update(|c| c.saved(id, value)),
            Some(Err(problem)) => {
                self.counts.update(|c| c.unsaved_open(id));
                self.report(problem);
            }
            // Storage was unavailable from the start; that was reported then.
            None => self.counts.update(|c| c.unsaved_open(id)),
        }
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
            for (id, count) in &counts {
                c.set_stored(id, *count);
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
                let Some(id) = article_id(&key) else { return };
                let value = event.new_value().map(|v| parse_count(&v));
                match value {
                    None => self.counts.update(|c| c.set_stored(id, 0)),
                    Some(Ok(count)) => self.counts.update(|c| c.set_stored(id, count)),
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

/// Runs `update` while holding the Web Lock on counts, or right away where
/// the Web Locks API is missing or refuses. It runs exactly once either way.
fn with_lock(update: impl FnOnce() + 'static) {
    type Pending = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;
    let slot: Pending = Rc::new(RefCell::new(Some(Box::new(update))));
    let run = {
        let slot = slot.clone();
        move || {
            let update = slot.borrow_mut().take();
            if let Some(update) = update {
                update();
            }
        }
    };
    let Some((locks, request)) = lock_manager() else {
        run();
        return;
    };
    let callback = Closure::once_into_js({
        let run = run.clone();
        move || run()
    });
    match request.call2(&locks, &LOCK_NAME.into(), &callback) {
        Ok(promise) => {
            let promise: js_sys::Promise = promise.unchecked_into();
            wasm_bindgen_futures::spawn_local(async move {
                // A rejected request (e.g. a SecurityError in an opaque origin) never ran the callback.
                if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
                    run();
                }
            });
        }
        Err(_) => run(),
    }
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
