//! Sharing an article: the system share sheet where the browser has one
//! (the Web Share API), else the link copied to the clipboard.

use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::Locale;

/// What the last press did, announced to screen readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shared {
    Nothing,
    Copied,
    Failed,
}

/// A share button for the article titled `title`, at this page's address.
#[component]
pub fn ShareButton(
    /// The article's title, offered to the share sheet.
    #[prop(into)]
    title: String,
    /// The language of the labels.
    locale: Locale,
) -> impl IntoView {
    let strings = locale.strings();
    let outcome = RwSignal::new(Shared::Nothing);
    let share = move |_| {
        let title = title.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let url = window().location().href().unwrap_or_default();
            outcome.set(share_or_copy(&title, &url).await);
        });
    };
    view! {
        <button type="button" class="reader-controls__share" on:click=share>{strings.share}</button>
        <span class="reader-controls__shared" role="status">
            {move || match outcome.get() {
                Shared::Nothing => "",
                Shared::Copied => strings.link_copied,
                Shared::Failed => strings.share_failed,
            }}
        </span>
    }
}

async fn share_or_copy(title: &str, url: &str) -> Shared {
    let navigator = window().navigator();
    if let Some(share) = method(&navigator, "share") {
        let data = Object::new();
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        let _ = Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(promise) = share.call1(&navigator, &data) {
            // Closing the sheet without sharing is a choice, not a failure.
            let _ = JsFuture::from(Promise::from(promise)).await;
            return Shared::Nothing;
        }
    }
    let clipboard = Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined());
    let write = clipboard.as_ref().and_then(|c| method(c, "writeText"));
    let (Some(clipboard), Some(write)) = (clipboard, write) else {
        return Shared::Failed;
    };
    match write.call1(&clipboard, &url.into()) {
        Ok(promise) => match JsFuture::from(Promise::from(promise)).await {
            Ok(_) => Shared::Copied,
            Err(_) => Shared::Failed,
        },
        Err(_) => Shared::Failed,
    }
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}
