//! Finishing touches on Trunk's `dist/` so it runs under a strict
//! Content-Security-Policy with no `'unsafe-inline'`.
//!
//! Trunk writes its wasm loader as an inline `<script type="module">`. This
//! moves it into a content-hashed file beside the others and loads it with
//! `src` and Subresource Integrity, so `script-src 'self'` suffices.

use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// The script in each page's `<head>` that hides a prerendered article the
/// address does not ask for, before the first paint (`src/embedding/takeover.rs`).
pub const PRERENDER_GUARD: &str = include_str!("../prerender/guard.js");

/// The names of the files in `dist/`, sorted.
pub fn file_names(dist: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("dist/: {e}"))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    Ok(names)
}

/// `dist/<name>` as text.
pub fn read(dist: &Path, name: &str) -> Result<String, String> {
    std::fs::read_to_string(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"))
}

/// Writes `dist/<name>`.
pub fn write(dist: &Path, name: &str, contents: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(dist.join(name), contents).map_err(|e| format!("dist/{name}: {e}"))
}

/// The first 8 bytes of a SHA-256, in hex: the content hash in this
/// build's own file names and its build id.
pub fn short_hash(digest: impl AsRef<[u8]>) -> String {
    digest
        .as_ref()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The Subresource Integrity value (`sha384-…`) of a file the build writes
/// and links itself.
pub fn integrity(contents: impl AsRef<[u8]>) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(contents))
    )
}

/// The policy the release build runs under (the e2e server sends it). The
/// one inline script allowed is [`PRERENDER_GUARD`], by its hash.
///
/// `connect` names the origins the page may fetch from besides its own: a
/// source on another origin (a WordPress site) must be one of them. `own` is
/// the site's own origin when the operator gave it (`article-viewer:site-url`):
/// it is written beside each `'self'`, because WebKit matches `'self'`
/// against nothing in a document with an opaque origin (a frame sandboxed
/// without `allow-same-origin`), which then loads none of the viewer's files.
pub fn content_security_policy(connect: &[String], own: Option<&str>) -> String {
    let guard = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(PRERENDER_GUARD));
    let connect: String = connect.iter().map(|origin| format!(" {origin}")).collect();
    let this = match own {
        Some(origin) => format!("'self' {origin}"),
        None => "'self'".to_owned(),
    };
    format!(
        "default-src 'none'; script-src {this} 'wasm-unsafe-eval' 'sha256-{guard}'; \
style-src {this}; img-src {this} https: data:; media-src {this} https:; connect-src {this}{connect}; base-uri 'none'; form-action 'none'; \
frame-ancestors *"
    )
}

/// The origin of the operator's `article-viewer:site-url` in `dist/index.html`, when set.
pub fn site_origin(dist: &Path) -> Result<Option<String>, String> {
    let html = read(dist, "index.html")?;
    let Some(value) = meta_value(&html, "article-viewer:site-url")? else {
        return Ok(None);
    };
    let url = html[value].trim();
    if url.is_empty() {
        return Ok(None);
    }
    origin_of(url)
        .map(Some)
        .map_err(|_| format!("article-viewer:site-url {url}: not an absolute http(s) address"))
}

/// The origin of an absolute http(s) address (`https://news.example`), or why it has none.
pub fn origin_of(url: &str) -> Result<String, String> {
    let rest = url
        .strip_prefix("https://")
        .map(|rest| ("https", rest))
        .or_else(|| url.strip_prefix("http://").map(|rest| ("http", rest)));
    let Some((scheme, rest)) = rest else {
        return Err(format!("--source {url}: not an absolute http(s) address"));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || host.contains('@') || host.contains(char::is_whitespace) {
        return Err(format!(
            "--source {url}: no host, or one with a user or a space"
        ));
    }
    Ok(format!("{scheme}://{}", host.to_ascii_lowercase()))
}

/// Makes `url` (a JSON Feed or a WordPress REST root) the source the built
/// page loads: its `article-viewer:feed` setting, which the written pages'
/// guard script also reads to start the request early.
pub fn set_source(dist: &Path, url: &str) -> Result<(), String> {
    if url.contains(['"', '<', '>']) {
        return Err(format!(
            "--source {url}: an address cannot hold quotes or angle brackets"
        ));
    }
    let mut html = read(dist, "index.html")?;
    let value = feed_setting(&html)?;
    html.replace_range(value, url);
    write(dist, "index.html", html)
}

/// The source `html` (`dist/index.html`) loads: its `article-viewer:feed`
/// setting, `feed.json` when it is empty.
pub fn source_of(html: &str) -> Result<String, String> {
    let source = html[feed_setting(html)?].trim();
    Ok(if source.is_empty() {
        "feed.json"
    } else {
        source
    }
    .to_owned())
}

/// Where the `article-viewer:feed` setting's value lies in `html`.
fn feed_setting(html: &str) -> Result<std::ops::Range<usize>, String> {
    meta_value(html, "article-viewer:feed")?
        .ok_or_else(|| "dist/index.html has no feed setting: has index.html changed?".to_owned())
}

/// Where the `content` of the operator's `<meta name="{name}">` setting lies
/// in `html` (as `index.html` writes it), or `None` when the page has none.
fn meta_value(html: &str, name: &str) -> Result<Option<std::ops::Range<usize>>, String> {
    let meta = format!("<meta name=\"{name}\" content=\"");
    let Some(at) = html.find(&meta).map(|at| at + meta.len()) else {
        return Ok(None);
    };
    let end = at
        + html[at..].find('"').ok_or(format!(
            "dist/index.html: the {name} setting is unterminated"
        ))?;
    Ok(Some(at..end))
}

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

/// Moves the inline loader of `dist/index.html` into `dist/loader-<hash>.js`.
pub fn externalize_loader(dist: &Path) -> Result<String, String> {
    let html = read(dist, "index.html")?;
    let start = html
        .find(OPEN)
        .ok_or("dist/index.html has no inline module script: has Trunk's output changed?")?;
    let body_start = start + OPEN.len();
    let end = body_start
        + html[body_start..]
            .find(CLOSE)
            .ok_or("dist/index.html: unterminated inline script")?;
    if html[end..].contains(OPEN) {
        return Err("dist/index.html has more than one inline module script".into());
    }
    let module = module_preload(&html);
    let script = after_first_paint(html[body_start..end].trim(), module.as_ref())? + "\n";

    let name_hash = short_hash(Sha256::digest(script.as_bytes()));
    let file_name = format!("loader-{name_hash}.js");
    let integrity = integrity(&script);
    write(dist, &file_name, &script)?;

    // Fetched at low priority: the loader only waits for the first paint, so
    // it need not compete with the stylesheet. At Chromium's default (High,
    // as for any script), Lighthouse's simulation counts a script in `<head>`
    // as render-blocking and charged its round trip to the paint: mobile FCP
    // some 980 ms against 790 without it (README, "Benchmark").
    let tag = format!(
        "<script type=\"module\" fetchpriority=\"low\" src=\"./{file_name}\" integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>"
    );
    let rewritten = format!("{}{}{}", &html[..start], tag, &html[end + CLOSE.len()..]);
    let rewritten = without_app_preloads(&rewritten);
    write(dist, "index.html", rewritten)?;
    Ok(file_name)
}

/// What the loader waits for before it fetches the app: the first paint of
/// the article the build wrote into the page, so the JS and wasm do not
/// compete with the HTML and CSS for a slow connection.
///
/// Where the written copy is on show, that is the first contentful paint as
/// the browser reports it (its `PerformanceObserver` entry comes once the
/// frame is presented, a frame or so after the main thread painted it), or a
/// second after the first frame where none is reported. Waiting one frame and
/// one task, as the loader did before, started the app's requests before the
/// paint's timestamp about half the time, and Lighthouse's simulation then
/// charged the wasm's download to the page's paint (README, "Benchmark").
/// Where nothing is on show (a copy set aside for another address, or no
/// copy), it waits one frame and one task.
///
/// A hidden tab paints nothing and does not wait; nor does a frame for long:
/// Chromium renders no frame of a cross-origin `<iframe>` out of view, so a
/// viewer framed below the fold would not even start loading until scrolled to.
const PAINT_WAIT: &str = "if (document.visibilityState === 'visible') {\n  \
await new Promise((painted) => {\n    \
const copy = document.documentElement.getAttribute('data-prerender') !== 'stale' && document.querySelector('[data-prerendered]');\n    \
if (copy && globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {\n      \
new PerformanceObserver((list, observer) => {\n        \
if (!list.getEntriesByName('first-contentful-paint').length) return;\n        \
observer.disconnect();\n        \
setTimeout(painted);\n      \
}).observe({ type: 'paint', buffered: true });\n      \
requestAnimationFrame(() => setTimeout(painted, 1000));\n    \
} else requestAnimationFrame(() => setTimeout(painted));\n    \
if (window.top !== window) setTimeout(painted, 250);\n  \
});\n}\n";

/// The wasm's address in Trunk's `init({ module_or_path: './…_bg.wasm' })`.
const WASM_ARGUMENT: &str = "module_or_path: '";

/// Trunk's `import init, * as bindings from './…js';` line.
const STATIC_IMPORT: &str = "import init, * as bindings from '";

/// The wasm-bindgen module's `<link rel="modulepreload">`: its `href` and `integrity`.
fn module_preload(html: &str) -> Option<(String, String)> {
    let start = html.find("<link rel=\"modulepreload\"")?;
    let tag = &html[start..start + html[start..].find('>')?];
    let attribute = |name: &str| {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[at..at + tag[at..].find('"')?].to_owned())
    };
    Some((attribute("href")?, attribute("integrity")?))
}

/// Trunk's loader, changed to fetch the app after the first paint: it waits
/// ([`PAINT_WAIT`]), starts the wasm's request, preloads the wasm-bindgen
/// module with its integrity (which the page's `<link rel="modulepreload">`
/// used to check) and imports it while the wasm arrives, then hands `init`
/// the wasm's response. Fetching the wasm only once the module had run put
/// the module's round trip before the wasm's (some 250 ms under mobile
/// throttling); that was kept while Lighthouse charged a request begun near
/// the paint to the paint, which the wait for the reported paint ended.
fn after_first_paint(loader: &str, module: Option<&(String, String)>) -> Result<String, String> {
    let unchanged = || {
        "Trunk's loader has changed: expected `import init, * as bindings from '…';` then `const wasm = await init({ module_or_path: '…' });`"
    };
    let path_range = quoted_after(loader, 0, STATIC_IMPORT).ok_or_else(unchanged)?;
    let import_at = path_range.start - STATIC_IMPORT.len();
    let path_end = path_range.end;
    let path = &loader[path_range];
    let line_end = path_end
        + loader[path_end..]
            .find('\n')
            .map_or(loader.len() - path_end, |i| i + 1);
    let without_import = format!("{}{}", &loader[..import_at], &loader[line_end..]);
    let init_at = without_import
        .find("const wasm = await init(")
        .ok_or_else(unchanged)?;
    let wasm_range = quoted_after(&without_import, init_at, WASM_ARGUMENT).ok_or_else(unchanged)?;
    let wasm = &without_import[wasm_range.clone()];
    // A failed request or an error status is named, as the module's is; the
    // promise is marked handled: `init`, awaiting it, reports it once.
    let wasm_request = format!(
        "const wasmResponse = fetch('{wasm}').then((response) => {{\n  \
if (!response.ok) throw new Error(`article-viewer: could not load {wasm}: HTTP ${{response.status}}`);\n  \
return response;\n}}, (error) => {{\n  \
throw new Error(`article-viewer: could not load {wasm}: ${{error.message}}`);\n}});\n\
wasmResponse.catch(() => {{}});\n"
    );
    let preload = match module {
        Some((href, integrity)) => format!(
            "await new Promise((loaded, failed) => {{\n  const link = Object.assign(document.createElement('link'), \
{{ rel: 'modulepreload', href: '{href}', integrity: '{integrity}', crossOrigin: 'anonymous' }});\n  \
link.onload = loaded;\n  link.onerror = () => failed(new Error('article-viewer: could not load {href}'));\n  \
document.head.append(link);\n}});\n"
        ),
        None => String::new(),
    };
    Ok(format!(
        "{}{PAINT_WAIT}{wasm_request}{preload}const bindings = await import('{path}');\nconst init = bindings.default;\n{}wasmResponse{}",
        &without_import[..init_at],
        &without_import[init_at..wasm_range.start - 1],
        &without_import[wasm_range.end + 1..]
    ))
}

/// Where the text quoted with `'` right after the first `marker` at or past
/// `from` lies in `text` (the quotes left out).
fn quoted_after(text: &str, from: usize, marker: &str) -> Option<std::ops::Range<usize>> {
    let start = from + text.get(from..)?.find(marker)? + marker.len();
    let end = start + text[start..].find('\'')?;
    Some(start..end)
}

/// `html` without Trunk's preloads of the wasm and the wasm-bindgen module:
/// the loader fetches both after the first paint instead.
fn without_app_preloads(html: &str) -> String {
    rewrite_link_tags(html, |tag| {
        let app = (tag.starts_with("<link rel=\"preload\"") && tag.contains("application/wasm"))
            || tag.starts_with("<link rel=\"modulepreload\"");
        (!app).then(|| tag.to_owned())
    })
}

/// `html` with each `<link …>` tag (passed without its closing `>`) put
/// through `rewrite`: its answer replaces the tag, `None` removes it.
pub fn rewrite_link_tags(html: &str, mut rewrite: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        out.push_str(&rest[..start]);
        let tag_end = rest[start..]
            .find('>')
            .map_or(rest.len(), |end| start + end);
        let close_end = (tag_end + 1).min(rest.len());
        if let Some(tag) = rewrite(&rest[start..tag_end]) {
            out.push_str(&tag);
            out.push_str(&rest[tag_end..close_end]);
        }
        rest = &rest[close_end..];
    }
    out.push_str(rest);
    out
}

/// Adds `crossorigin="anonymous"` to every `<link>` that has an `integrity`
/// but no `crossorigin` (Trunk's stylesheets and icon). Without it a
/// browser cannot check the integrity of a file from another origin (a CDN,
/// or the page's own host seen from a sandboxed frame) and refuses it.
pub fn cors_enable_integrity_links(dist: &Path) -> Result<usize, String> {
    let (rewritten, changed) = add_crossorigin(&read(dist, "index.html")?);
    write(dist, "index.html", rewritten)?;
    Ok(changed)
}

fn add_crossorigin(html: &str) -> (String, usize) {
    let mut changed = 0;
    let out = rewrite_link_tags(html, |tag| {
        if !tag.contains("integrity=") || tag.contains("crossorigin") {
            return Some(tag.to_owned());
        }
        changed += 1;
        let body = tag.strip_suffix('/').unwrap_or(tag);
        let closing = if body.len() != tag.len() { "/" } else { "" };
        Some(format!(
            "{} crossorigin=\"anonymous\"{closing}",
            body.trim_end()
        ))
    });
    (out, changed)
}

/// How long a file may be cached: content-hashed files for a year, never
/// revalidated; pages, the service worker and the stable names a host page
/// links to (`embed.js`, `resize.js`) and the feed, briefly.
pub fn cache_control(name: &str) -> &'static str {
    if is_content_hashed(name) {
        "public, max-age=31536000, immutable"
    } else if name.ends_with(".html") || name == "sw.js" {
        // Always checked with the host: a new build shows at once.
        "no-cache"
    } else {
        "public, max-age=300"
    }
}

/// `name-<12 to 16 hex digits>.ext` (Trunk's and this build's hashes), or
/// its wasm (`…_bg.wasm`).
fn is_content_hashed(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    if !matches!(ext, "js" | "wasm" | "css" | "svg") {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// Writes `dist/_headers`: the response headers the files need, in the
/// format Netlify and Cloudflare Pages read (and the e2e server applies):
/// for every file the policy, `nosniff`, no referrer and CORS (a widget on
/// another site loads the JS, wasm, CSS and feed cross-origin); per file its
/// `Cache-Control`. Paths assume `dist/` is the site's root.
pub fn write_headers(dist: &Path, connect: &[String], own: Option<&str>) -> Result<(), String> {
    let mut headers = format!(
        "# Response headers for every file of this build (Netlify / Cloudflare Pages format).\n\
         /*\n  Content-Security-Policy: {}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Access-Control-Allow-Origin: *\n",
        content_security_policy(connect, own)
    );
    for name in file_names(dist)?
        .into_iter()
        .filter(|name| name != "_headers")
    {
        headers.push_str(&format!(
            "/{name}\n  Cache-Control: {}\n",
            cache_control(&name)
        ));
        if name == "index.html" {
            headers.push_str(&format!("/\n  Cache-Control: {}\n", cache_control(&name)));
        }
    }
    write(dist, "_headers", headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_immutable_and_the_rest_short_lived() {
        for name in [
            "base-eaf7a19f05782f82.css",
            "related-ca2b8e1077efca7.css",
            "article-viewer-e593f54b78a95fe3.js",
            "article-viewer-e593f54b78a95fe3_bg.wasm",
            "loader-1af5e0c902d95635.js",
            "widget-7bb90106d2f1dc20.css",
            "favicon-59d3b88dee5638.svg",
        ] {
            assert_eq!(
                cache_control(name),
                "public, max-age=31536000, immutable",
                "{name}"
            );
        }
        for name in ["index.html", "article-samsung-xealth.html", "sw.js"] {
            assert_eq!(cache_control(name), "no-cache", "{name}");
        }
        for name in [
            "embed.js",
            "resize.js",
            "feed.json",
            "article-e593f54b78a95fe3.json",
        ] {
            assert_eq!(cache_control(name), "public, max-age=300", "{name}");
        }
    }

    #[test]
    fn a_source_on_another_origin_is_named_in_connect_src() {
        assert!(content_security_policy(&[], None).contains("connect-src 'self';"));
        let origin = origin_of("https://News.example:8443/wp-json/?x=1").unwrap();
        assert_eq!(origin, "https://news.example:8443");
        assert!(content_security_policy(&[origin], None)
            .contains("connect-src 'self' https://news.example:8443;"));
    }

    #[test]
    fn the_sites_own_origin_stands_beside_each_self() {
        let policy =
            content_security_policy(&["https://wp.example".into()], Some("https://news.example"));
        assert_eq!(policy.matches("'self'").count(), 5, "{policy}");
        assert_eq!(
            policy.matches("'self' https://news.example").count(),
            5,
            "{policy}"
        );
        assert!(policy.contains("connect-src 'self' https://news.example https://wp.example;"));
        let dir = std::env::temp_dir().join(format!("xtask-site-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (content, expected) in [
            ("", Ok(None)),
            (
                "https://News.example/viewer/",
                Ok(Some("https://news.example".to_owned())),
            ),
            ("news.example/viewer/", Err(())),
        ] {
            std::fs::write(
                dir.join("index.html"),
                format!("<meta name=\"article-viewer:site-url\" content=\"{content}\" />"),
            )
            .unwrap();
            assert_eq!(site_origin(&dir).map_err(|_| ()), expected, "{content}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(origin_of("news.example/wp-json/").is_err());
        assert!(origin_of("https://user@news.example/").is_err());
        assert!(origin_of("javascript:alert(1)").is_err());
    }

    #[test]
    fn the_source_replaces_the_feed_setting() {
        let dir = std::env::temp_dir().join(format!("xtask-source-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<meta name=\"article-viewer:feed\" content=\"feed.json\" />\n<title>x</title>",
        )
        .unwrap();
        set_source(&dir, "https://news.example/?rest_route=/").unwrap();
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
        assert_eq!(
            html,
            "<meta name=\"article-viewer:feed\" content=\"https://news.example/?rest_route=/\" />\n<title>x</title>"
        );
        assert_eq!(
            source_of(&html).unwrap(),
            "https://news.example/?rest_route=/"
        );
        assert!(set_source(&dir, "https://x/\"><script>").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
        let unset = "<meta name=\"article-viewer:feed\" content=\" \" />";
        assert_eq!(source_of(unset).unwrap(), "feed.json");
        assert!(source_of("<title>x</title>").is_err());
    }

    #[test]
    fn integrity_links_get_crossorigin_once() {
        let html = "<link rel=\"stylesheet\" href=\"./a.css\" integrity=\"sha384-x\"/>\n<link rel=\"icon\" href=\"./i.svg\" integrity=\"sha384-y\">\n<link rel=\"modulepreload\" href=\"./a.js\" crossorigin=\"anonymous\" integrity=\"sha384-z\">\n<link rel=\"canonical\" href=\"x\">";
        let (out, changed) = add_crossorigin(html);
        assert_eq!(changed, 2);
        assert!(out.contains("<link rel=\"stylesheet\" href=\"./a.css\" integrity=\"sha384-x\" crossorigin=\"anonymous\"/>"));
        assert!(out.contains(
            "<link rel=\"icon\" href=\"./i.svg\" integrity=\"sha384-y\" crossorigin=\"anonymous\">"
        ));
        assert_eq!(out.matches("crossorigin").count(), 3);
        assert!(out.contains("<link rel=\"canonical\" href=\"x\">"));
        assert_eq!(add_crossorigin(&out), (out.clone(), 0));
    }

    #[test]
    fn the_inline_loader_becomes_a_hashed_file_with_integrity() {
        let dir = std::env::temp_dir().join(format!("xtask-dist-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<html><head>\n<script type=\"module\">\nimport init, * as bindings from './app.js';\nconst wasm = await init({ module_or_path: './app_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>\n\
<link rel=\"preload\" href=\"feed.json\" as=\"fetch\"><link rel=\"stylesheet\" href=\"./a.css\">\
<link rel=\"modulepreload\" href=\"./app.js\" crossorigin=\"anonymous\" integrity=\"sha384-abc\">\
<link rel=\"preload\" href=\"./app_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head></html>",
        )
        .unwrap();
        let name = externalize_loader(&dir).unwrap();
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
        let loader = std::fs::read_to_string(dir.join(&name)).unwrap();
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert!(
            !loader.contains("import init"),
            "no static import: nothing loads before the paint"
        );
        let wait = loader.find(PAINT_WAIT).expect("waits for the first paint");
        let request = loader
            .find("const wasmResponse = fetch('./app_bg.wasm').then(")
            .expect("the wasm's request starts before the module's");
        assert!(
            loader.contains("could not load ./app_bg.wasm: HTTP ${response.status}")
                && loader.contains("could not load ./app_bg.wasm: ${error.message}"),
            "a failed wasm request is named"
        );
        let preload = loader
            .find("rel: 'modulepreload', href: './app.js', integrity: 'sha384-abc'")
            .expect("the module keeps its integrity");
        let import = loader
            .find("const bindings = await import('./app.js');")
            .unwrap();
        let init = loader
            .find("const wasm = await init({ module_or_path: wasmResponse });")
            .expect("init is handed the wasm's response");
        assert!(wait < request && request < preload && preload < import && import < init);
        assert!(loader.ends_with("window.wasmBindings = bindings;\n"));
        assert!(html.contains(&format!(
            "<script type=\"module\" fetchpriority=\"low\" src=\"./{name}\" integrity=\"sha384-"
        )));
        assert!(!html.contains("import init"));
        assert!(
            !html.contains("app_bg.wasm") && !html.contains("modulepreload"),
            "the app's preloads are gone"
        );
        assert!(html.contains("href=\"feed.json\""), "other preloads stay");
        assert!(
            externalize_loader(&dir).is_err(),
            "a second run finds no inline script"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
