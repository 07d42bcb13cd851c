//! The widget files of `dist/`: `embed.js` (from `xtask/embed/embed.js`,
//! with the build's hashed file names and its source) and `widget-<hash>.css`,
//! the page's stylesheets rewritten for a shadow root.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::dist::{file_names, read, short_hash, source_of, write};
use crate::stylesheets::linked_stylesheets;

const TEMPLATE: &str = include_str!("../embed/embed.js");

/// Rules only a widget needs: the element is a block, and its root is the
/// container its layout answers to (the host decides its width, not the viewport).
/// Added once, after the rewritten stylesheets.
const WIDGET_RULES: &str = "\n/* The element itself. */\n:host {\n  display: block;\n}\n\n\
:host([hidden]) {\n  display: none;\n}\n\n.viewer-root {\n  container: viewer / inline-size;\n}\n";

/// The page's CSS for a shadow root: `:root` and `html` become `:host`,
/// `body` the widget's root element, the reader's theme the element's
/// `theme` attribute, and width media queries container queries.
pub fn shadow_stylesheet(css: &str) -> String {
    let mut out = String::with_capacity(css.len() + WIDGET_RULES.len());
    for line in css.lines() {
        let indent = &line[..line.len() - line.trim_start().len()];
        let trimmed = line.trim_start();
        let rewritten = if let Some(rest) = trimmed
            .strip_prefix("html ")
            .or_else(|| trimmed.strip_prefix("html,"))
            .filter(|_| trimmed.starts_with("html {") || trimmed.starts_with("html,"))
        {
            format!("{indent}:host{}{rest}", &trimmed[4..5])
        } else if trimmed.starts_with("body {") || trimmed.starts_with("body,") {
            format!("{indent}.viewer-root{}", &trimmed[4..])
        } else if trimmed.starts_with("@media (min-width:")
            || trimmed.starts_with("@media (max-width:")
        {
            format!("{indent}@container viewer {}", &trimmed["@media ".len()..])
        } else {
            host_selectors(line)
        };
        out.push_str(&rewritten);
        out.push('\n');
    }
    out
}

/// `:root[data-theme="x"]` → `:host([theme="x"])`, `:root[a]` → `:host([a])`, `:root` → `:host`.
fn host_selectors(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while let Some(at) = rest.find(":root") {
        out.push_str(&rest[..at]);
        rest = &rest[at + ":root".len()..];
        if rest.starts_with('[') {
            let end = rest.find(']').map_or(rest.len(), |i| i + 1);
            let attribute = rest[..end].replacen("[data-theme=", "[theme=", 1);
            out.push_str(&format!(":host({attribute})"));
            rest = &rest[end..];
        } else {
            out.push_str(":host");
        }
    }
    out.push_str(rest);
    out
}

/// `text` as a JavaScript string literal (in double quotes).
fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes `dist/widget-<hash>.css` and `dist/embed.js`; returns their names.
/// `embed.js` learns the source the page loads (`article-viewer:feed`, set
/// by `--source` before this runs): an element's default, and the source
/// whose written pages it may show while the wasm loads.
pub fn write_widget(dist: &Path) -> Result<(String, String), String> {
    let read = |name: &str| read(dist, name);
    let html = read("index.html")?;
    let mut css = String::new();
    for name in linked_stylesheets(&html) {
        css.push_str(&format!("/* {name} */\n"));
        css.push_str(&shadow_stylesheet(&read(&name)?));
    }
    if css.is_empty() {
        return Err("dist/index.html links no stylesheet: has Trunk's output changed?".into());
    }
    css.push_str(WIDGET_RULES);
    let stylesheet = format!("widget-{}.css", short_hash(Sha256::digest(css.as_bytes())));
    write(dist, &stylesheet, &css)?;

    let names = file_names(dist)?;
    let one = |what: &str, pick: &dyn Fn(&str) -> bool| -> Result<String, String> {
        let found: Vec<&String> = names.iter().filter(|n| pick(n)).collect();
        match found.as_slice() {
            [name] => Ok((*name).clone()),
            _ => Err(format!(
                "dist/ should hold exactly one {what}, found {found:?}"
            )),
        }
    };
    let glue = one("wasm-bindgen module", &|n| {
        n.starts_with("article-viewer-") && n.ends_with(".js")
    })?;
    let wasm = one("wasm file", &|n| n.ends_with("_bg.wasm"))?;
    let source = source_of(&html)?;
    let script = TEMPLATE
        .replace("'__SOURCE__'", &js_string(&source))
        .replace("__GLUE__", &glue)
        .replace("__WASM__", &wasm)
        .replace("__STYLESHEET__", &stylesheet);
    write(dist, "embed.js", script)?;
    Ok(("embed.js".to_owned(), stylesheet))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_selectors_become_shadow_selectors() {
        let css = ":root {\n  --a: 1;\n}\n:root[data-theme=\"dark\"] {\n  color-scheme: dark;\n}\n\
html {\n  text-size-adjust: 100%;\n}\nbody {\n  margin: 0;\n}\n@media (min-width: 60rem) {\n  .page { gap: 1rem; }\n}\n\
@media print {\n  :root,\n  body {\n    color: #000;\n  }\n}\n:root[data-width=\"narrow\"] .article {\n}\n.body-text { }\n";
        let out = shadow_stylesheet(css);
        assert!(out.contains(":host {\n  --a: 1;"));
        assert!(out.contains(":host([theme=\"dark\"]) {"));
        assert!(out.contains(":host {\n  text-size-adjust: 100%;"));
        assert!(out.contains(".viewer-root {\n  margin: 0;"));
        assert!(out.contains("@container viewer (min-width: 60rem) {"));
        assert!(out.contains("@media print {\n  :host,\n  .viewer-root {"));
        assert!(out.contains(":host([data-width=\"narrow\"]) .article {"));
        assert!(
            out.contains(".body-text { }"),
            "only whole selectors are rewritten"
        );
        assert!(!out.contains(":root") && !out.contains("\nhtml") && !out.contains("\nbody"));
    }

    #[test]
    fn a_source_becomes_a_string_literal_that_cannot_end_early() {
        assert_eq!(js_string("feed.json"), "\"feed.json\"");
        assert_eq!(
            js_string("https://n.example/?rest_route=/&a='b\\\"</script>"),
            "\"https://n.example/?rest_route=/&a='b\\\\\\\"\\u003c/script>\""
        );
        assert_eq!(js_string("a\u{2028}\n"), "\"a\\u2028\\u000a\"");
    }

    #[test]
    fn the_template_names_each_placeholder() {
        for placeholder in ["'__SOURCE__'", "__GLUE__", "__WASM__", "__STYLESHEET__"] {
            assert!(TEMPLATE.contains(placeholder), "{placeholder}");
        }
    }
}
