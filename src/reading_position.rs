//! Where the reader was in each article, so reopening one returns there.
//!
//! One localStorage key, `article-viewer:v1:positions`, holds the fraction
//! scrolled of the most recent articles (`id=0.42` pairs, newest first, at
//! most [`MAX_POSITIONS`]). The list is pure and host-tested; saving on
//! scroll and restoring on opening are the browser edge at the bottom.

use crate::routing::query::encode_component;

/// The storage key.
pub const POSITIONS_KEY: &str = "article-viewer:v1:positions";

/// How many articles' positions are kept.
pub const MAX_POSITIONS: usize = 50;

/// Positions near the top or the end are not worth restoring.
const MEANINGFUL: std::ops::Range<f64> = 0.02..0.98;

/// The remembered positions, newest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Positions(Vec<(String, f64)>);

impl Positions {
    /// Reads the stored form; broken entries are dropped.
    pub fn parse(stored: &str) -> Self {
        let entries = stored
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .filter_map(|(id, fraction)| {
                let id = percent_encoding::percent_decode_str(id)
                    .decode_utf8()
                    .ok()?
                    .into_owned();
                let fraction: f64 = fraction.parse().ok()?;
                (fraction.is_finite() && (0.0..=1.0).contains(&fraction)).then_some((id, fraction))
            })
            .take(MAX_POSITIONS)
            .collect();
        Self(entries)
    }

    /// The stored form.
    pub fn serialize(&self) -> String {
        self.0
            .iter()
            .map(|(id, fraction)| format!("{}={fraction:.3}", encode_component(id)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Remembers `fraction` for `id` as the newest entry.
    pub fn remember(&mut self, id: &str, fraction: f64) {
        self.0.retain(|(other, _)| other != id);
        self.0.insert(0, (id.to_owned(), fraction.clamp(0.0, 1.0)));
        self.0.truncate(MAX_POSITIONS);
    }

    /// Where to return in `id`, when it is worth it.
    pub fn of(&self, id: &str) -> Option<f64> {
        self.0
            .iter()
            .find(|(other, _)| other == id)
            .map(|(_, fraction)| *fraction)
            .filter(|fraction| MEANINGFUL.contains(fraction))
    }
}

/// Saves how far the reader is in `id` (called on scroll, throttled by the caller).
pub fn save(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(fraction) = scrolled_fraction(&window) else {
        return;
    };
    let Some(storage) = window.local_storage().ok().flatten() else {
        return;
    };
    let mut positions = Positions::parse(
        &storage
            .get_item(POSITIONS_KEY)
            .ok()
            .flatten()
            .unwrap_or_default(),
    );
    positions.remember(id, fraction);
    let _ = storage.set_item(POSITIONS_KEY, &positions.serialize());
}

/// Scrolls to where the reader left `id`, if anywhere.
pub fn restore(id: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(storage) = window.local_storage().ok().flatten() else {
        return;
    };
    let positions = Positions::parse(
        &storage
            .get_item(POSITIONS_KEY)
            .ok()
            .flatten()
            .unwrap_or_default(),
    );
    if let (Some(fraction), Some(range)) = (positions.of(id), scroll_range(&window)) {
        window.scroll_to_with_x_and_y(0.0, fraction * range);
    }
}

fn scroll_range(window: &web_sys::Window) -> Option<f64> {
    let root = window.document()?.document_element()?;
    let viewport = window.inner_height().ok()?.as_f64()?;
    let range = f64::from(root.scroll_height()) - viewport;
    (range > 0.0).then_some(range)
}

fn scrolled_fraction(window: &web_sys::Window) -> Option<f64> {
    let range = scroll_range(window)?;
    Some((window.scroll_y().ok()? / range).clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_bounded_and_round_trips() {
        let mut positions = Positions::default();
        for i in 0..60 {
            positions.remember(&format!("a{i}"), 0.5);
        }
        positions.remember("غزة & co", 0.25);
        let parsed = Positions::parse(&positions.serialize());
        assert_eq!(parsed.0.len(), MAX_POSITIONS);
        assert_eq!(parsed.of("غزة & co"), Some(0.25));
        assert_eq!(parsed.of("a59"), Some(0.5));
        assert_eq!(parsed.of("a0"), None, "the oldest fell off");
    }

    #[test]
    fn near_the_ends_and_garbage_are_not_restored() {
        let positions =
            Positions::parse("top=0.01&end=0.99&mid=0.4&bad=x&nan=NaN&big=7&=0.5&%ZZ=0.5");
        assert_eq!(positions.of("top"), None);
        assert_eq!(positions.of("end"), None);
        assert_eq!(positions.of("mid"), Some(0.4));
        assert_eq!(positions.of("bad"), None);
        assert_eq!(positions.of("big"), None);
    }
}
