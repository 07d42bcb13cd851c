//! Runs one piece of work behind a JavaScript call, so that a browser
//! exception thrown inside it, or a trap of the wasm code it runs, ends that
//! piece of work and nothing else.
//!
//! wasm-bindgen lets an exception from an import that is not declared
//! `catch` unwind straight through the Rust frames above it; a trap does the
//! same. Whatever those frames held (a `RefCell` borrow of the reactive
//! graph, the executor's queue) stays held, and the instance is broken for
//! every later call. Entered through `Function.prototype.call` with `catch`,
//! the work's frames are the only ones skipped: the caller gets an `Err`
//! and goes on. Work run here must not hold shared state of its own across
//! its calls into the browser.
//!
//! A Rust panic is different: with `panic = "abort"` (the only strategy
//! stable Rust offers on wasm32) std counts the panic for good, and every
//! lock released afterwards is poisoned. So the code run here is written
//! not to panic (see [`crate::content::dom`]); if it does anyway, the error
//! says so, and the page should be reloaded. The release build's
//! `panic = "immediate-abort"` (README, "Tools") makes a panic a bare trap,
//! with no message and no count: there it is reported as a thrown
//! `RuntimeError: unreachable`, and ends only the work, as any trap does.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Why contained work did not finish.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Interrupted {
    /// The browser threw an exception out of a call the work made.
    #[error("a browser call threw: {0}")]
    Thrown(String),
    /// The work panicked: the instance keeps running, but Rust counts the
    /// panic for good, so the page should be reloaded.
    #[error("the viewer panicked ({0}); reload the page")]
    Panicked(String),
}

/// Runs `work` and returns its result, or why it was interrupted.
pub fn contained<T: 'static>(work: impl FnOnce() -> T + 'static) -> Result<T, Interrupted> {
    let result: Rc<RefCell<Option<T>>> = Rc::new(RefCell::new(None));
    let slot = result.clone();
    let mut work = Some(work);
    let entry = Closure::<dyn FnMut()>::new(move || {
        if let Some(work) = work.take() {
            // Computed before the slot is borrowed: if the work never
            // returns, nothing is left borrowed.
            let value = work();
            *slot.borrow_mut() = Some(value);
        }
    });
    // A panic leaves std's panic count raised for good: only a change of it
    // during this call says that this work panicked.
    let panicked_before = std::thread::panicking();
    let function: &js_sys::Function = entry.as_ref().unchecked_ref();
    let called = function.call0(&JsValue::UNDEFINED);
    drop(entry);
    let value = result.borrow_mut().take();
    match (called, value) {
        (Ok(_), Some(value)) => Ok(value),
        (called, _) => {
            let reason = match &called {
                Err(thrown) => crate::content::platform::describe(thrown),
                Ok(_) => "the work did not return".into(),
            };
            if !panicked_before && std::thread::panicking() {
                Err(Interrupted::Panicked(reason))
            } else {
                Err(Interrupted::Thrown(reason))
            }
        }
    }
}
