//! `dist/sw.js`: the offline service worker (template `xtask/offline/sw.js`)
//! with this build's real file list and a build id from their contents.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::dist::{file_names, read, short_hash, write};

const TEMPLATE: &str = include_str!("../offline/sw.js");

/// Whether the full-page viewer needs `name` to start offline: its pages
/// and the files they load. Feeds are cached when read; the widget's and the
/// host's files (`embed.js`, `widget-*.css`, `resize.js`) are never served
/// by the worker; `_headers` is the host's.
fn is_shell_file(name: &str) -> bool {
    let page = name == "index.html" || (name.starts_with("article-") && name.ends_with(".html"));
    let asset = [".js", ".wasm", ".css", ".svg"]
        .iter()
        .any(|ext| name.ends_with(ext));
    let widget_only = name == "embed.js" || name == "resize.js" || name.starts_with("widget-");
    (page || asset) && !widget_only && name != "sw.js"
}

/// The setting that names the worker to the app (`src/embedding/offline.rs`).
const WORKER_META: &str = "<meta name=\"article-viewer:service-worker\" content=\"sw.js\" />";

/// Names `sw.js` in `dist/index.html`, the template of every written page,
/// so the built pages register it (and `trunk serve`, which has none, does not).
pub fn name_the_worker(dist: &Path) -> Result<(), String> {
    let html = read(dist, "index.html")?;
    if html.contains("article-viewer:service-worker") {
        return Ok(());
    }
    let at = html
        .find("</head>")
        .ok_or("dist/index.html has no </head>")?;
    let named = format!("{}  {WORKER_META}\n  {}", &html[..at], &html[at..]);
    write(dist, "index.html", named)
}

/// Writes `dist/sw.js`; returns the build id and the number of files it precaches.
pub fn write_service_worker(dist: &Path) -> Result<(String, usize), String> {
    let names: Vec<String> = file_names(dist)?
        .into_iter()
        .filter(|name| is_shell_file(name))
        .collect();
    if !names.iter().any(|n| n == "index.html") {
        return Err("dist/ has no index.html".into());
    }
    let mut hasher = Sha256::new();
    for name in &names {
        let bytes = std::fs::read(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"))?;
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(&bytes);
    }
    let build = short_hash(hasher.finalize());
    let files = format!(
        "[\n{}\n]",
        names
            .iter()
            .map(|n| format!("  '{n}',"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let script = TEMPLATE
        .replace("'__BUILD__'", &format!("'{build}'"))
        .replace("__FILES__", &files);
    write(dist, "sw.js", script)?;
    Ok((build, names.len()))
}

#[cfg(test)]
mod tests {
    use super::is_shell_file;

    #[test]
    fn the_shell_is_the_pages_and_what_they_load() {
        for name in [
            "index.html",
            "article-samsung-xealth.html",
            "loader-1a2b.js",
            "article-viewer-1a2b.js",
            "article-viewer-1a2b_bg.wasm",
            "base-1a2b.css",
            "favicon-1a2b.svg",
        ] {
            assert!(is_shell_file(name), "{name}");
        }
        for name in [
            "feed.json",
            "_headers",
            "sw.js",
            "embed.js",
            "resize.js",
            "widget-1a2b.css",
            "notes.txt",
        ] {
            assert!(!is_shell_file(name), "{name}");
        }
    }
}
