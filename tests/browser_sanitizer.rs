//! The sanitizer's DOM walk in real Chromium: what survives, what does not,
//! and that nothing from hostile markup ever runs.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::content::dom::{plain_text, sanitize, EXTERNAL_REL};
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Sanitizes `html` into a fresh element of the live page and returns it.
fn render(html: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = support::fresh_root();
    root.append_child(&sanitize(html, &document).unwrap())
        .unwrap();
    root.into()
}

#[wasm_bindgen_test]
fn structure_survives() {
    let root = render(
        "<h1>T</h1><p>a <em>b</em> <strong>c</strong></p><ul><li>x</li></ul><blockquote>q</blockquote>\
         <p><a href=\"https://example.com/x\">link</a> <a href=\"?article=2\">inside</a></p><img src=\"https://example.com/i.png\" alt=\"i\" width=\"10\" height=\"5\">",
    );
    assert_eq!(
        root.inner_html().matches("<h2>").count(),
        1,
        "h1 becomes h2"
    );
    assert!(support::select(&root, "h1").is_none());
    assert_eq!(support::text(&root, "p em"), "b");
    assert_eq!(support::text(&root, "ul li"), "x");
    assert_eq!(support::text(&root, "blockquote"), "q");
    let external = support::select(&root, "a[href^='https']").unwrap();
    assert_eq!(external.get_attribute("rel").as_deref(), Some(EXTERNAL_REL));
    assert!(external.get_attribute("target").is_none());
    let inside = support::select(&root, "a[href='?article=2']").unwrap();
    assert!(inside.get_attribute("rel").is_none());
    let image = support::select(&root, "img").unwrap();
    assert_eq!(image.get_attribute("width").as_deref(), Some("10"));
    assert_eq!(image.get_attribute("loading").as_deref(), Some("lazy"));
}

#[wasm_bindgen_test]
fn scripts_handlers_and_dangerous_urls_are_removed() {
    let root = render(
        "<script>window.__xss=1</script><p onclick=\"x()\" style=\"color:red\" id=\"location\" class=\"c\">p</p>\
         <a href=\"javascript:alert(1)\">j</a><a href=\"  JAVA&#x09;SCRIPT:alert(1)\">k</a><img src=\"data:image/png;base64,AAAA\">\
         <iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe><svg><script>x</script><a xlink:href=\"javascript:1\">s</a></svg>\
         <style>body{display:none}</style><form action=\"https://evil.example\"><input name=\"q\"><button formaction=\"javascript:1\">b</button></form>",
    );
    let html = root.inner_html();
    for forbidden in [
        "<script",
        "onclick",
        "style=",
        "id=",
        "class=",
        "javascript",
        "JAVA",
        "data:",
        "<iframe",
        "<svg",
        "<style",
        "<form",
        "<input",
        "<button",
    ] {
        assert!(!html.contains(forbidden), "{forbidden} in {html}");
    }
    assert_eq!(
        support::select_all(&root, "a").len(),
        2,
        "links kept without href"
    );
    assert!(support::select_all(&root, "a")
        .iter()
        .all(|a| a.get_attribute("href").is_none()));
}

#[wasm_bindgen_test]
async fn nothing_from_hostile_markup_runs() {
    let window = web_sys::window().unwrap();
    Reflect::set(&window, &"__xss".into(), &JsValue::from(0)).unwrap();
    let hostile = [
        "<img src=x onerror=\"window.__xss++\">",
        "<svg onload=\"window.__xss++\"></svg>",
        "<body onload=\"window.__xss++\">",
        "<noscript><p title=\"</noscript><img src=x onerror=window.__xss++>\"></noscript>",
        "<details open ontoggle=\"window.__xss++\">",
        "<video><source onerror=\"window.__xss++\"></video>",
        "<a href=\"javascript:window.__xss++\" id=\"clickme\">c</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss++></style></mglyph></table></mtext></math>",
    ];
    let root = render(&hostile.join(""));
    // Clicking the surviving link must do nothing either.
    for link in support::select_all(&root, "a") {
        wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(link).click();
    }
    support::sleep(300).await;
    let count = Reflect::get(&window, &"__xss".into())
        .unwrap()
        .as_f64()
        .unwrap();
    assert_eq!(count, 0.0, "hostile markup ran: {}", root.inner_html());
}

#[wasm_bindgen_test]
fn plain_text_skips_scripts() {
    assert_eq!(
        plain_text("<p>Hello <b>you</b></p><script>var x</script>").unwrap(),
        "Hello you"
    );
}

#[wasm_bindgen_test]
fn plain_text_is_the_text_the_sanitizer_keeps() {
    // Dropped elements lose their text wherever they sit; unwrapped ones keep it.
    let html = "<p>A<style>p{}</style> <font>b</font><svg><text>svg</text></svg></p>\
<template>t</template><noscript>n</noscript><div><span>c <iframe>f</iframe>d</span></div>\
<select><option>o</option></select><textarea>x</textarea>";
    assert_eq!(plain_text(html).unwrap(), "A bc d");
    let document = web_sys::window().unwrap().document().unwrap();
    let clean = sanitize(html, &document).unwrap();
    assert_eq!(clean.text_content().unwrap_or_default(), "A bc d");
}

/// A publisher's relative addresses are theirs: with the article's page as
/// the base they lead to the publisher's site, images included (upgraded
/// to https), while in-page fragments stay fragments.
#[wasm_bindgen_test]
fn relative_addresses_resolve_against_the_article_page() {
    use article_viewer::content::dom::{sanitize_in, BodyContext};
    use article_viewer::i18n::Locale;
    let document = web_sys::window().unwrap().document().unwrap();
    let root = support::fresh_root();
    let html = "<p><a href=\"/about\">a</a> <a href=\"#note\">n</a> <a href=\"javascript:alert(1)\">j</a></p>\
                <img src=\"/images/a.png\" srcset=\"b.png 2x, /c.png 3x\">\
                <iframe src=\"//www.youtube.com/embed/xyz\"></iframe>";
    let context = BodyContext {
        locale: Locale::Urdu,
        base: Some("http://blog.example/2024/05/post.html"),
        isolate: None,
    };
    root.append_child(&sanitize_in(html, &document, context).unwrap())
        .unwrap();
    let root: web_sys::Element = root.into();
    let links: Vec<_> = support::select_all(&root, "a")
        .iter()
        .map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(
        links,
        [
            Some("http://blog.example/about".to_owned()),
            Some("#note".to_owned()),
            None,
            Some("https://www.youtube.com/watch?v=xyz".to_owned()),
        ]
    );
    let image = support::select(&root, "img").unwrap();
    assert_eq!(
        image.get_attribute("src").as_deref(),
        Some("https://blog.example/images/a.png")
    );
    assert_eq!(
        image.get_attribute("srcset").as_deref(),
        Some("https://blog.example/2024/05/b.png 2x, https://blog.example/c.png 3x")
    );
    // The card speaks the article's language.
    assert_eq!(
        support::text(&root, "figure.embed-card a"),
        "YouTube پر کھولیں"
    );
}
