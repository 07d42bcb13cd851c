//! The pure plural rules and digit mapping agree with the browser's own
//! CLDR data (`Intl.PluralRules`, `Intl.NumberFormat`), number by number.

#![cfg(target_arch = "wasm32")]

use article_viewer::i18n::plural::{arabic, english, PluralCategory};
use article_viewer::i18n::Numerals;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[wasm_bindgen_test]
fn plural_categories_match_intl() {
    let select = |language: &str, n: u64| -> String {
        js_sys::Function::new_with_args("l, n", "return new Intl.PluralRules(l).select(n);")
            .call2(
                &JsValue::NULL,
                &language.into(),
                &JsValue::from_f64(n as f64),
            )
            .unwrap()
            .as_string()
            .unwrap()
    };
    for n in (0..=1_200).chain([10_000, 100_002, 1_000_011]) {
        assert_eq!(name(arabic(n)), select("ar", n), "Arabic {n}");
        assert_eq!(name(english(n)), select("en", n), "English {n}");
    }
}

#[wasm_bindgen_test]
fn arabic_indic_digits_match_intl() {
    let format = js_sys::Function::new_with_args(
        "n",
        "return new Intl.NumberFormat('ar-EG', { numberingSystem: 'arab', useGrouping: false }).format(n);",
    );
    for n in [0u64, 7, 42, 1_234_567_890] {
        let expected = format
            .call1(&JsValue::NULL, &JsValue::from_f64(n as f64))
            .unwrap()
            .as_string()
            .unwrap();
        assert_eq!(Numerals::Arab.localize(&n.to_string()), expected);
    }
}

#[wasm_bindgen_test]
fn persian_digits_match_intl() {
    let format = js_sys::Function::new_with_args(
        "n",
        "return new Intl.NumberFormat('fa', { numberingSystem: 'arabext', useGrouping: false }).format(n);",
    );
    for n in [0u64, 7, 42, 1_234_567_890] {
        let expected = format
            .call1(&JsValue::NULL, &JsValue::from_f64(n as f64))
            .unwrap()
            .as_string()
            .unwrap();
        assert_eq!(Numerals::Arabext.localize(&n.to_string()), expected);
        assert_eq!(Numerals::default_for("fa"), Numerals::Arabext);
    }
}
