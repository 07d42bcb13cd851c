//! DOM clobbering against the sanitizer's own walk, in the browser: markup
//! whose named controls and elements shadow the properties a walk reads
//! (`<form><input name=attributes></form>`, `<img name=body>`). Whatever the
//! name, the text before and after renders, nothing runs, no page error
//! happens, and the next article renders too.
//!
//! The names are not a list of known ones: they are every property the
//! browser itself defines on the prototypes of a form element and of a
//! document, read from this browser at run time, plus the walk's own list.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::components::ArticleBody;
use article_viewer::containment::{contained, Interrupted};
use article_viewer::content::bidi::Foreign;
use article_viewer::content::dom::{plain_text, sanitize, sanitize_in, BodyContext};
use article_viewer::content::platform::{is_clobbered, WALKED_PROPERTIES};
use article_viewer::i18n::{Direction, Locale};
use article_viewer::model::Body;
use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
export function install_trap() {
  window.__xss = 0;
  window.__pageErrors = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) window[name] = () => { window.__xss++; };
  window.addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__pageErrors.push(String(e.reason)));
}
export function page_errors() { return window.__pageErrors.join(' | '); }
export function scripts_run() { return window.__xss; }
export function platform_names() {
  const names = new Set();
  const form = document.createElement('form');
  for (let o = Object.getPrototypeOf(form); o; o = Object.getPrototypeOf(o)) for (const n of Object.getOwnPropertyNames(o)) names.add(n);
  for (let o = Object.getPrototypeOf(document); o; o = Object.getPrototypeOf(o)) for (const n of Object.getOwnPropertyNames(o)) names.add(n);
  return [...names].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).sort();
}
export function throw_uncaught() { throw new Error('thrown by the test'); }
")]
extern "C" {
    fn install_trap();
    fn page_errors() -> String;
    fn scripts_run() -> f64;
    fn platform_names() -> Vec<String>;
    /// Declared without `catch`: its exception unwinds through Rust frames.
    fn throw_uncaught();
}

/// The shapes a name is planted in: controls of a form (by `name` and by
/// `id`, several kinds), a nested fieldset, and named elements that shadow
/// the inert document's own properties.
fn shapes(name: &str) -> Vec<String> {
    vec![
        format!("<form><input name=\"{name}\"></form>"),
        format!("<form><input id=\"{name}\"><img name=\"{name}\"></form>"),
        format!("<form><object name=\"{name}\"></object><output name=\"{name}\"></output></form>"),
        format!("<form><fieldset name=\"{name}\"><select name=\"{name}\"></select></fieldset>in form</form>"),
        format!("<img name=\"{name}\"><form name=\"{name}\" id=\"{name}\"><button name=\"{name}\"></button></form>"),
        format!("<embed name=\"{name}\"><iframe name=\"{name}\"></iframe>"),
    ]
}

fn hostile(name: &str, shape: &str) -> String {
    format!("<p>before {name} (Latin)</p>{shape}<p onclick=\"alert(1)\">after {name}</p>")
}

/// Sanitizes `html` into a fresh root, as it is before the bidi pass.
fn sanitized(html: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = support::fresh_root();
    root.append_child(&sanitize(html, &document).expect("the walk finishes"))
        .unwrap();
    root.into()
}

/// Sanitizes and isolates `html` the way `ArticleBody` does (in one walk),
/// into a fresh root.
fn render(html: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = support::fresh_root();
    let context = BodyContext {
        locale: Locale::English,
        base: None,
        isolate: Some(Foreign::Latin),
    };
    let fragment = sanitize_in(html, &document, context).expect("the walk finishes");
    root.append_child(&fragment).unwrap();
    root.into()
}

fn assert_survives(root: &web_sys::Element, name: &str, input: &str) {
    let text = root.text_content().unwrap_or_default();
    let html = root.inner_html();
    assert!(
        text.contains(&format!("before {name} (Latin)")) && text.contains(&format!("after {name}")),
        "text around the hostile part was lost for {input:?}: {html}"
    );
    for forbidden in [
        "<form", "<input", "<object", "<iframe", "<embed", " name=", " id=", "onclick=",
    ] {
        assert!(
            !html.contains(forbidden),
            "{forbidden} survived {input:?}: {html}"
        );
    }
}

#[wasm_bindgen_test]
fn every_platform_property_name_shadowed_in_every_shape_leaves_the_text_around_it() {
    install_trap();
    let mut names = platform_names();
    names.extend(WALKED_PROPERTIES.iter().map(|name| (*name).to_owned()));
    names.sort();
    names.dedup();
    assert!(
        names.len() > 300,
        "the browser should define hundreds of names, found {}",
        names.len()
    );
    for name in &names {
        for shape in shapes(name) {
            let input = hostile(name, &shape);
            assert_survives(&render(&input), name, &input);
            let text = plain_text(&input).expect("the text is read");
            assert!(
                text.contains(&format!("before {name}")) && text.contains(&format!("after {name}")),
                "plain_text lost the text around {input:?}: {text:?}"
            );
        }
    }
    assert_eq!(page_errors(), "", "a page error happened");
    assert_eq!(scripts_run(), 0.0, "hostile markup ran");
}

#[wasm_bindgen_test]
async fn through_the_article_body_the_walks_own_properties_are_harmless_and_the_next_article_renders(
) {
    install_trap();
    let mut roots = Vec::new();
    for name in WALKED_PROPERTIES {
        for shape in shapes(name) {
            let input = hostile(name, &shape);
            let html = input.clone();
            let root = support::mount(move || {
                view! { <ArticleBody body=Body::Html(html) direction=Direction::Rtl/> }
            });
            roots.push((root, name, input));
        }
    }
    support::settle().await;
    for (root, name, input) in &roots {
        let body = support::select(root, ".article__body").expect("the body renders");
        assert_survives(&body, name, input);
        assert!(
            support::select(root, "[data-error]").is_none(),
            "no error panel for {input:?}"
        );
    }
    // A harmless article afterwards renders as always.
    let next = support::mount(|| {
        view! { <ArticleBody body=Body::Html("<p>التالي (Next)</p>".into()) direction=Direction::Rtl/> }
    });
    support::settle().await;
    assert_eq!(
        support::select(&next, ".article__body")
            .unwrap()
            .inner_html(),
        "<p dir=\"auto\">التالي (<bdi>Next</bdi>)</p>"
    );
    support::sleep(100).await;
    assert_eq!(page_errors(), "", "a page error happened");
    assert_eq!(scripts_run(), 0.0, "hostile markup ran");
}

#[wasm_bindgen_test]
fn a_form_whose_control_is_named_namespace_uri_is_dropped_with_the_text_around_it_kept() {
    let input = "<p>before</p><form><input name=namespaceURI>inside</form><p>after</p>";
    assert_eq!(sanitized(input).inner_html(), "<p>before</p><p>after</p>");
}

#[wasm_bindgen_test]
fn a_form_whose_control_is_named_local_name_or_attributes_is_dropped() {
    for name in [
        "localName",
        "attributes",
        "childNodes",
        "firstChild",
        "nextSibling",
        "nodeType",
    ] {
        let input = format!("<p>a</p><form>in<input name={name}></form><p>b</p>");
        assert_eq!(
            sanitized(&input).inner_html(),
            "<p>a</p><p>b</p>",
            "{input}"
        );
    }
}

#[wasm_bindgen_test]
fn a_form_with_harmless_control_names_is_unwrapped_as_before() {
    let root = sanitized("<p>a</p><form><input name=q>kept text</form><p>b</p>");
    assert_eq!(root.inner_html(), "<p>a</p>kept text<p>b</p>");
}

#[wasm_bindgen_test]
fn an_image_named_body_does_not_hide_the_inert_documents_body() {
    let root =
        render("<img name=body><img name=firstChild><p>the article</p><form name=body>f</form>");
    assert!(
        root.text_content().unwrap().contains("the article"),
        "{}",
        root.inner_html()
    );
}

/// `html` parsed by the browser into an inert document, as the walk reads it.
fn inert(html: &str) -> web_sys::Document {
    web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .unwrap()
}

#[wasm_bindgen_test]
fn clobbered_forms_are_recognised_and_ordinary_elements_are_not() {
    let document = web_sys::window().unwrap().document().unwrap();
    let parsed = inert(
        "<form id=a><input name=attributes></form><form id=b><input name=q></form><p id=c>p</p>",
    );
    let by_id = |id: &str| parsed.get_element_by_id(id).unwrap();
    assert!(is_clobbered(&by_id("a")));
    assert!(
        !is_clobbered(&by_id("b")),
        "a form whose control names no property"
    );
    assert!(!is_clobbered(&by_id("c")));
    assert!(!is_clobbered(&document.create_element("p").unwrap()));
}

/// The walk's getters are the platform's own, kept after their first use:
/// a clobbered form still answers through them, and a getter called on the
/// wrong kind of node (its accessor throws "Illegal invocation") is an
/// error naming the call, the first time and the times after.
#[wasm_bindgen_test]
fn the_kept_platform_getters_see_through_clobbering_and_refuse_the_wrong_node() {
    use article_viewer::content::platform;
    let parsed = inert(
        "<form id=a><input name=localName><input name=firstChild><input name=attributes></form>",
    );
    let form = parsed.get_element_by_id("a").unwrap();
    for _ in 0..2 {
        assert_eq!(platform::local_name(&form).unwrap(), "form");
        let first = platform::first_child(form.as_ref()).unwrap().unwrap();
        assert_eq!(
            platform::node_type(&first).unwrap(),
            web_sys::Node::ELEMENT_NODE
        );
        assert_eq!(platform::attributes(&form).unwrap().len(), 1, "its id");
        let error = platform::character_data(form.as_ref()).unwrap_err();
        assert_eq!(error.call, "CharacterData.data");
    }
}

#[wasm_bindgen_test]
fn an_exception_from_a_call_without_catch_ends_only_the_contained_work() {
    let result = contained(|| {
        throw_uncaught();
        1
    });
    assert_eq!(
        result,
        Err(Interrupted::Thrown("thrown by the test".into()))
    );
    // The instance is whole: the same work without the throw finishes.
    assert_eq!(contained(|| 2), Ok(2));
    let root = render("<p>ما زال (working)</p>");
    assert_eq!(
        root.inner_html(),
        "<p dir=\"auto\">ما زال (<bdi>working</bdi>)</p>"
    );
}

#[wasm_bindgen_test]
async fn a_body_the_browser_cannot_parse_shows_its_own_error_panel_and_the_next_one_renders() {
    let window = web_sys::window().unwrap();
    let parser = Reflect::get(&window, &"DOMParser".into()).unwrap();
    // The parser made to fail, as a broken or locked-down browser might.
    let failing = js_sys::Function::new_no_args("throw new Error('no parser here')");
    Reflect::set(&window, &"DOMParser".into(), &failing).unwrap();
    let broken = support::mount(|| {
        view! { <ArticleBody body=Body::Html("<p>x</p>".into()) article_id="broken"/> }
    });
    support::settle().await;
    Reflect::set(&window, &"DOMParser".into(), &parser).unwrap();
    let panel =
        support::select(&broken, "[data-error]").expect("an error panel in place of the body");
    assert_eq!(
        panel.get_attribute("data-error").as_deref(),
        Some("unreadable-body")
    );
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    let next = support::mount(|| view! { <ArticleBody body=Body::Html("<p>fine</p>".into())/> });
    support::settle().await;
    assert_eq!(
        support::select(&next, ".article__body")
            .unwrap()
            .inner_html(),
        "<p>fine</p>"
    );
}
