//! The reader's display controls: text size, theme and column width.

use leptos::prelude::*;

use crate::components::ShareButton;
use crate::i18n::{Locale, Numerals};
use crate::preferences::{ReaderPreferences, Theme, TEXT_SIZES};

/// Buttons for smaller and larger text, theme and digits menus, a
/// narrow-column toggle and sharing; every change applies at once and is
/// remembered on this device.
#[component]
pub fn ReaderControls(
    /// The language of the labels.
    locale: Locale,
    /// The article's title, for sharing.
    #[prop(into, optional)]
    title: String,
) -> impl IntoView {
    let strings = locale.strings();
    let preferences = use_context::<ReaderPreferences>().unwrap_or_else(|| {
        let preferences = ReaderPreferences::new();
        provide_context(preferences);
        preferences
    });
    let signal = preferences.0;
    let size = move || signal.with(|p| p.text_size);
    view! {
        <div class="reader-controls" role="group" aria-label=strings.reader_settings>
            <button
                type="button"
                class="reader-controls__smaller"
                disabled=move || { size() == 0 }
                on:click=move |_| signal.update(|p| *p = p.resize(false))
            >
                <span aria-hidden="true">"A−"</span>
                <span class="visually-hidden">{strings.smaller_text}</span>
            </button>
            <button
                type="button"
                class="reader-controls__larger"
                disabled=move || { size() + 1 >= TEXT_SIZES }
                on:click=move |_| signal.update(|p| *p = p.resize(true))
            >
                <span aria-hidden="true">"A+"</span>
                <span class="visually-hidden">{strings.larger_text}</span>
            </button>
            <label class="reader-controls__theme">
                <span>{strings.theme}</span>
                <select on:change=move |event| {
                    let chosen = event_target_value(&event);
                    if let Some(theme) = Theme::ALL.into_iter().find(|t| t.as_str() == chosen) {
                        signal.update(|p| p.theme = theme);
                    }
                }>
                    {Theme::ALL
                        .into_iter()
                        .map(|theme| {
                            view! {
                                <option value=theme.as_str() selected=move || signal.with(|p| p.theme == theme)>
                                    {(strings.theme_name)(theme.as_str())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="reader-controls__digits">
                <span>{strings.digits}</span>
                <select on:change=move |event| {
                    let chosen = event_target_value(&event);
                    signal.update(|p| p.digits = Numerals::parse(&chosen));
                }>
                    {[None, Some(Numerals::Latn), Some(Numerals::Arab), Some(Numerals::Arabext)]
                        .into_iter()
                        .map(|digits| {
                            let (value, label) = match digits {
                                None => ("auto", (strings.theme_name)("auto")),
                                Some(Numerals::Latn) => ("latn", "0123"),
                                Some(Numerals::Arab) => ("arab", "٠١٢٣"),
                                Some(Numerals::Arabext) => ("arabext", "۰۱۲۳"),
                            };
                            view! {
                                <option value=value selected=move || signal.with(|p| p.digits == digits)>{label}</option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <button
                type="button"
                class="reader-controls__width"
                aria-pressed=move || if signal.with(|p| p.narrow) { "true" } else { "false" }
                on:click=move |_| signal.update(|p| p.narrow = !p.narrow)
            >
                {strings.narrow_column}
            </button>
            <ShareButton title=title locale=locale/>
        </div>
    }
}
