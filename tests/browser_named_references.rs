//! In the browser, named character references are read by the browser's
//! own parser (the wasm carries no table): it must decode exactly what
//! html-escape's table decodes on the host, name by name, and nothing a
//! "name" holds may ever be parsed as markup.

#![cfg(target_arch = "wasm32")]

use article_viewer::model::plain_text::decode_references;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_name_of_html_decodes_as_the_table_says() {
    let mut differ = Vec::new();
    let mut second_kept = 0;
    for (name, value) in html_escape::NAMED_ENTITIES.iter() {
        let name = std::str::from_utf8(name).unwrap();
        let text = format!("x&{name};y");
        let decoded = decode_references(&text);
        let decoded = &decoded[1..decoded.len() - 1];
        if decoded == *value {
            continue;
        }
        // HTML defines 93 names as two characters (`&NotEqualTilde;` is
        // U+2242 U+0338); html-escape 0.2's table keeps only the first of
        // them, the browser both.
        let mut chars = decoded.chars();
        if chars.next().map(String::from).as_deref() == Some(*value) && chars.count() == 1 {
            second_kept += 1;
        } else {
            differ.push(format!("&{name}; gave {decoded:?}, not {value:?}"));
        }
    }
    assert_eq!(html_escape::NAMED_ENTITIES.len(), 2125);
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    assert_eq!(
        second_kept, 93,
        "names whose second character the table drops"
    );
    assert_eq!(
        decode_references("&NotEqualTilde;&fjlig;&ThickSpace;"),
        "\u{2242}\u{338}fj\u{205f}\u{200a}"
    );
}

#[wasm_bindgen_test]
fn what_is_no_complete_reference_stays_as_in_the_table() {
    for text in [
        "&",
        "&&",
        "&;",
        "&amp",
        "&amp &amp;",
        "&&amp;",
        "&am&amp;p;",
        "&notit;",
        "&not;",
        "&notin;",
        "&ampx;",
        "&copy2024;",
        "&no such;",
        "&nosuch;",
        "&AMP;",
        "&Amp;",
        "&#65&#66;",
        "q&a;",
        "&ZeroWidthSpace;&zwnj;&lrm;&rlm;",
        "&CounterClockwiseContourIntegral;",
        "&semi;&colon;",
        "&aacute&aacute;",
        "&lt&gt;",
    ] {
        assert_eq!(
            decode_references(text),
            html_escape::decode_html_entities(text),
            "{text:?}"
        );
    }
}

#[wasm_bindgen_test]
fn a_name_holding_markup_is_never_parsed() {
    let flag = || js_sys::Reflect::get(&js_sys::global(), &"__referenceRan".into()).unwrap();
    for text in [
        "&x</textarea><img src=x onerror=\"window.__referenceRan=1\">;",
        "&a<script>window.__referenceRan=1</script>;",
        "&x\"><svg onload=\"window.__referenceRan=1\">;",
    ] {
        assert_eq!(decode_references(text), text, "left as written");
    }
    assert_eq!(flag(), JsValue::UNDEFINED);
}
