//! The localStorage adapter for view counts: every failure is a typed value.
//!
//! Browsers can refuse storage in several ways: no `localStorage` at all,
//! a `SecurityError` on first touch (blocked cookies, sandboxed iframes), a
//! `QuotaExceededError` on write, or values left by something else. None of
//! them may reach the reader as a crash, so every call here returns a
//! [`StorageError`] instead of throwing.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage};

use super::key::{parse_count, parse_key, storage_key};

/// Why a count could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("localStorage is not available in this browser; views count for this visit only")]
    Missing,
    #[error("the browser blocked localStorage ({0}); views count for this visit only")]
    Blocked(String),
    #[error("localStorage is full; the view was counted for this visit only")]
    Full,
    #[error("the stored count for article {id:?} is unreadable ({value:?}); it was left untouched and views count for this visit only")]
    Unreadable { id: String, value: String },
    #[error("localStorage failed: {0}")]
    Failed(String),
}

/// View counts in `window.localStorage`.
#[derive(Clone, Debug)]
pub struct CountStorage {
    storage: Storage,
}

impl CountStorage {
    /// Opens the page's localStorage.
    pub fn open() -> Result<Self, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Missing)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(Self { storage }),
            Ok(None) => Err(StorageError::Missing),
            Err(error) => Err(classify(error)),
        }
    }

    /// Every count stored by this version as (id, slot, count), and the
    /// keys that could not be read.
    pub fn read_all(&self) -> (Vec<(String, u32, u64)>, Vec<StorageError>) {
        let mut counts = Vec::new();
        let mut problems = Vec::new();
        let length = match self.storage.length() {
            Ok(length) => length,
            Err(error) => return (counts, vec![classify(error)]),
        };
        for index in 0..length {
            let Ok(Some(key)) = self.storage.key(index) else {
                continue;
            };
            let Some((slot, id)) = parse_key(&key) else {
                continue;
            };
            match self.storage.get_item(&key) {
                Ok(Some(value)) => match parse_count(&value) {
                    Ok(count) => counts.push((id.to_owned(), slot, count)),
                    Err(bad) => problems.push(StorageError::Unreadable {
                        id: id.to_owned(),
                        value: bad.value,
                    }),
                },
                Ok(None) => {}
                Err(error) => problems.push(classify(error)),
            }
        }
        (counts, problems)
    }

    /// The count of `id` stored in `slot`; 0 when there is none.
    pub fn read(&self, slot: u32, id: &str) -> Result<u64, StorageError> {
        match self.storage.get_item(&storage_key(slot, id)) {
            Ok(None) => Ok(0),
            Ok(Some(value)) => parse_count(&value).map_err(|bad| StorageError::Unreadable {
                id: id.to_owned(),
                value: bad.value,
            }),
            Err(error) => Err(classify(error)),
        }
    }

    /// Stores `value` as the count of `id` in `slot`.
    pub fn write(&self, slot: u32, id: &str, value: u64) -> Result<(), StorageError> {
        self.storage
            .set_item(&storage_key(slot, id), &value.to_string())
            .map_err(classify)
    }
}

/// Names the browser's exception.
fn classify(error: JsValue) -> StorageError {
    match error.dyn_ref::<DomException>() {
        Some(exception) => match exception.name().as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
            "SecurityError" => StorageError::Blocked(exception.message()),
            name => StorageError::Failed(format!("{name}: {}", exception.message())),
        },
        None => StorageError::Failed(
            js_sys::JSON::stringify(&error)
                .ok()
                .and_then(|s| s.as_string())
                .or_else(|| error.as_string())
                .unwrap_or_else(|| "unknown error".to_owned()),
        ),
    }
}
