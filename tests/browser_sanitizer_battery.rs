//! The hostile-markup battery: every input with the exact markup it must
//! render as, run through the real rendering path (the `ArticleBody`
//! component) in Chromium, with a trap that counts any script that runs,
//! any dialog and any navigation. Zero may happen.
//!
//! The vectors are written for this project from public classes of attack
//! (the OWASP XSS Filter Evasion Cheat Sheet, DOMPurify's fixtures): script
//! and handler injection, URL schemes hidden by entities, whitespace, NULs
//! and case, SVG/MathML namespace confusion, mutation XSS, DOM clobbering,
//! and elements that load or navigate.

#![cfg(target_arch = "wasm32")]

mod support;

use article_viewer::components::ArticleBody;
use article_viewer::content::bidi::Foreign;
use article_viewer::content::dom::{
    isolate_foreign_runs, sanitize, sanitize_in, sanitize_tree, BodyContext,
};
use article_viewer::model::Body;
use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// What a trapped script does: count itself.
const PAYLOAD: &str = "window.__xss++";

/// Every event-handler content attribute of HTML and SVG a browser knows,
/// plus a few that only old browsers ran.
const EVENT_HANDLERS: &[&str] = &[
    "onabort",
    "onafterprint",
    "onanimationend",
    "onanimationiteration",
    "onanimationstart",
    "onauxclick",
    "onbeforecopy",
    "onbeforecut",
    "onbeforeinput",
    "onbeforematch",
    "onbeforepaste",
    "onbeforeprint",
    "onbeforetoggle",
    "onbeforeunload",
    "onbegin",
    "onblur",
    "oncancel",
    "oncanplay",
    "oncanplaythrough",
    "onchange",
    "onclick",
    "onclose",
    "oncontentvisibilityautostatechange",
    "oncontextlost",
    "oncontextmenu",
    "oncontextrestored",
    "oncopy",
    "oncuechange",
    "oncut",
    "ondblclick",
    "ondrag",
    "ondragend",
    "ondragenter",
    "ondragleave",
    "ondragover",
    "ondragstart",
    "ondrop",
    "ondurationchange",
    "onemptied",
    "onend",
    "onended",
    "onerror",
    "onfocus",
    "onfocusin",
    "onfocusout",
    "onformdata",
    "onfullscreenchange",
    "onfullscreenerror",
    "ongotpointercapture",
    "onhashchange",
    "oninput",
    "oninvalid",
    "onkeydown",
    "onkeypress",
    "onkeyup",
    "onlanguagechange",
    "onload",
    "onloadeddata",
    "onloadedmetadata",
    "onloadstart",
    "onlostpointercapture",
    "onmessage",
    "onmessageerror",
    "onmousedown",
    "onmouseenter",
    "onmouseleave",
    "onmousemove",
    "onmouseout",
    "onmouseover",
    "onmouseup",
    "onmousewheel",
    "onoffline",
    "ononline",
    "onpagehide",
    "onpagereveal",
    "onpageshow",
    "onpageswap",
    "onpaste",
    "onpause",
    "onplay",
    "onplaying",
    "onpointercancel",
    "onpointerdown",
    "onpointerenter",
    "onpointerleave",
    "onpointermove",
    "onpointerout",
    "onpointerover",
    "onpointerrawupdate",
    "onpointerup",
    "onpopstate",
    "onprogress",
    "onratechange",
    "onrejectionhandled",
    "onrepeat",
    "onreset",
    "onresize",
    "onscroll",
    "onscrollend",
    "onsearch",
    "onsecuritypolicyviolation",
    "onseeked",
    "onseeking",
    "onselect",
    "onselectionchange",
    "onselectstart",
    "onslotchange",
    "onstalled",
    "onstorage",
    "onsubmit",
    "onsuspend",
    "ontimeupdate",
    "ontoggle",
    "ontouchcancel",
    "ontouchend",
    "ontouchmove",
    "ontouchstart",
    "ontransitioncancel",
    "ontransitionend",
    "ontransitionrun",
    "ontransitionstart",
    "onunhandledrejection",
    "onunload",
    "onvolumechange",
    "onwaiting",
    "onwheel",
    "onzoom",
    "ONCLICK",
    "OnError",
    "onload\u{0}",
];

/// URLs that must never survive, each spelled to slip past a naive check.
/// `{}` in the markup below is replaced by each, attribute-escaped.
const DANGEROUS_URLS: &[&str] = &[
    "javascript:window.__xss++",
    "JAVASCRIPT:window.__xss++",
    "JaVaScRiPt:window.__xss++",
    " javascript:window.__xss++",
    "\tjavascript:window.__xss++",
    "java\tscript:window.__xss++",
    "java\nscript:window.__xss++",
    "java\rscript:window.__xss++",
    "\u{1}javascript:window.__xss++",
    "\u{1f}javascript:window.__xss++",
    "javascript\t:window.__xss++",
    "&#106;avascript:window.__xss++",
    "&#x6A;avascript:window.__xss++",
    "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.__xss++",
    "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;window.__xss++",
    "jav&#x09;ascript:window.__xss++",
    "jav&#x0A;ascript:window.__xss++",
    "jav&#x0D;ascript:window.__xss++",
    "javascript&colon;window.__xss++",
    "java&Tab;script:window.__xss++",
    "java&NewLine;script:window.__xss++",
    "&#x20;javascript:window.__xss++",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html,<script>window.__xss++</script>",
    "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MrKzwvc2NyaXB0Pg==",
    "DATA:text/html,<script>window.__xss++</script>",
    "data:image/svg+xml,<svg onload='window.__xss++'/>",
    "data:application/javascript,window.__xss++",
    "livescript:window.__xss++",
    "mocha:window.__xss++",
    "blob:https://evil.example/1",
    "filesystem:https://evil.example/x",
    "file:///etc/passwd",
    "jar:https://evil.example/a.jar!/x.html",
    "view-source:https://evil.example",
    "about:blank",
];

/// (input, the exact markup it must render as).
const SPECIAL_CASES: &[(&str, &str)] = &[
    // Scripts in every disguise.
    ("<script>window.__xss++</script>", ""),
    ("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>", ""),
    ("<script/xss src=https://evil.example/x.js></script>", ""),
    ("<<script>window.__xss++//<</script>", "&lt;"),
    ("<scr<script>ipt>window.__xss++</script>", "ipt&gt;window.__xss++"),
    ("<script type=\"text/plain\">window.__xss++</script><p>ok</p>", "<p>ok</p>"),
    ("<p>a</p><script>document.write('<p>b</p>')</script>", "<p>a</p>"),
    // Elements that load, embed or navigate.
    // A frame is never built: one with a web address becomes a card linking to it.
    ("<iframe src=\"https://evil.example\"></iframe>", "<figure class=\"embed-card\"><figcaption>محتوى مضمَّن من evil.example</figcaption><a href=\"https://evil.example\" target=\"_blank\" rel=\"noopener noreferrer nofollow ugc\">افتحه على evil.example</a></figure>"),
    ("<iframe src=\"javascript:window.__xss++\"></iframe><iframe src=\"data:text/html,x\"></iframe>", ""),
    ("<iframe width=\"560\" src=\"https://www.youtube.com/embed/abc123?rel=0\" title=\"Launch &lt;b&gt;day\" onload=\"window.__xss++\" allowfullscreen></iframe>", "<figure class=\"embed-card\"><figcaption>محتوى مضمَّن من YouTube</figcaption><p><cite>Launch &lt;b&gt;day</cite></p><a href=\"https://www.youtube.com/watch?v=abc123\" target=\"_blank\" rel=\"noopener noreferrer nofollow ugc\">افتحه على YouTube</a></figure>"),
    ("<blockquote class=\"twitter-tweet\"><p>Hello</p>— A (@a) <a href=\"https://twitter.com/a/status/1\">May 1</a></blockquote><script async src=\"https://platform.twitter.com/widgets.js\"></script>", "<blockquote><p>Hello</p>— A (@a) <a href=\"https://twitter.com/a/status/1\" rel=\"noopener noreferrer nofollow ugc\">May 1</a></blockquote><figure class=\"embed-card\"><figcaption>محتوى مضمَّن من X (Twitter)</figcaption><a href=\"https://twitter.com/a/status/1\" target=\"_blank\" rel=\"noopener noreferrer nofollow ugc\">افتحه على X (Twitter)</a></figure>"),
    ("<iframe srcdoc=\"<script>parent.__xss++</script>\"></iframe>", ""),
    ("<object data=\"javascript:window.__xss++\"></object>", ""),
    ("<embed src=\"https://evil.example/x.swf\">", "<figure class=\"embed-card\"><figcaption>محتوى مضمَّن من evil.example</figcaption><a href=\"https://evil.example/x.swf\" target=\"_blank\" rel=\"noopener noreferrer nofollow ugc\">افتحه على evil.example</a></figure>"),
    ("<frameset><frame src=\"javascript:window.__xss++\"></frameset>", ""),
    ("<applet code=\"x\"></applet><p>ok</p>", "<p>ok</p>"),
    ("<base href=\"https://evil.example/\"><a href=\"x\">x</a>", "<a href=\"x\">x</a>"),
    ("<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss++\">", ""),
    ("<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">", ""),
    ("<link rel=\"import\" href=\"https://evil.example/x.html\">", ""),
    ("<portal src=\"https://evil.example\"></portal>", ""),
    // Media: kept with controls, never autoplaying, nothing fetched before play.
    ("<video src=x onerror=window.__xss++></video><audio src=x onerror=window.__xss++></audio>", "<video src=\"x\" controls=\"\" preload=\"none\" playsinline=\"\"></video><audio src=\"x\" controls=\"\" preload=\"none\"></audio>"),
    ("<video autoplay muted loop preload=\"auto\" width=\"640\" height=\"360\" poster=\"http://e.example/p.jpg\"><source src=\"https://e.example/v.mp4\" type=\"video/mp4\" onerror=\"window.__xss++\"><track kind=\"captions\" srclang=\"en\" src=\"c.vtt\"></video>", "<video width=\"640\" height=\"360\" poster=\"https://e.example/p.jpg\" controls=\"\" preload=\"none\" playsinline=\"\"><source src=\"https://e.example/v.mp4\" type=\"video/mp4\"><track kind=\"captions\" srclang=\"en\" src=\"c.vtt\"></video>"),
    ("<video poster=javascript:window.__xss++></video>", "<video controls=\"\" preload=\"none\" playsinline=\"\"></video>"),
    ("<picture><source srcset=\"https://evil.example/x.png\"><img src=\"https://e.example/a.png\"></picture>", "<picture><source srcset=\"https://evil.example/x.png\"><img src=\"https://e.example/a.png\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\"></picture>"),
    ("<picture><source media=\"(min-width: 800px)\" srcset=\"javascript:window.__xss++ 1x, w.webp 2x\" type=\"image/webp\"><img src=\"a.jpg\" srcset=\"a.jpg 640w, data:image/png,x 1280w\" sizes=\"(max-width: 600px) 100vw, 600px\" alt=\"A\"></picture>", "<picture><source media=\"(min-width: 800px)\" srcset=\"w.webp 2x\" type=\"image/webp\"><img src=\"a.jpg\" srcset=\"a.jpg 640w\" sizes=\"(max-width: 600px) 100vw, 600px\" alt=\"A\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\"></picture>"),
    ("<source srcset=\"x.png\" type=\"text/html\" media=\"url(x)\">", "<source srcset=\"x.png\">"),
    // Forms and their attributes.
    ("<form action=\"javascript:window.__xss++\"><p>in form</p></form>", "<p>in form</p>"),
    ("<form><button formaction=\"javascript:window.__xss++\">go</button></form>", "go"),
    ("<input type=\"image\" src=\"x\" onerror=\"window.__xss++\">", ""),
    ("<isindex type=image src=1 onerror=window.__xss++>", ""),
    ("<textarea><script>window.__xss++</script></textarea>", ""),
    ("<select><option>a</option></select><keygen autofocus onfocus=window.__xss++>", ""),
    ("<input autofocus onfocus=window.__xss++>", ""),
    // Styles: no style element or attribute, so no url() or expression().
    ("<style>@import 'https://evil.example/x.css';</style><p>ok</p>", "<p>ok</p>"),
    ("<p style=\"background:url(javascript:window.__xss++)\">s</p>", "<p>s</p>"),
    ("<p style=\"width:expression(window.__xss++)\">s</p>", "<p>s</p>"),
    ("<p style=\"behavior:url(x.htc)\">s</p>", "<p>s</p>"),
    ("<div style=\"position:fixed;inset:0;z-index:99999\">overlay</div>", "overlay"),
    ("<p class=\"admin-banner\" id=\"x\">s</p>", "<p>s</p>"),
    // SVG and MathML namespace confusion.
    ("<svg onload=window.__xss++>", ""),
    ("<svg><script>window.__xss++</script></svg>", ""),
    ("<svg><a xlink:href=\"javascript:window.__xss++\"><text>t</text></a></svg>", ""),
    ("<svg><animate onbegin=window.__xss++ attributeName=x dur=1s></svg>", ""),
    ("<svg><set attributeName=href to=javascript:window.__xss++ /></svg>", ""),
    ("<svg><foreignObject><p onclick=window.__xss++>f</p></foreignObject></svg>", ""),
    // `<img>` breaks out of foreign content and becomes an HTML image: kept, without its handler.
    ("<svg><style><img src=x onerror=window.__xss++></style></svg>", "<img src=\"x\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">"),
    ("<svg></p><style><a id=\"</style><img src=1 onerror=window.__xss++>\">", "<p></p><img src=\"1\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">\"&gt;"),
    ("<math><mi xlink:href=\"javascript:window.__xss++\">m</mi></math>", ""),
    ("<math><mtext><table><mglyph><style><img src=x onerror=window.__xss++></style></mglyph></table></mtext></math>", ""),
    ("<math><mtext><h1><a href=\"javascript:window.__xss++\">m</a></h1></mtext></math>", ""),
    ("<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss++>", ""),
    // Mutation XSS: markup that re-parses differently. Nothing is re-parsed here.
    // The inert parser has scripting off, so this `<p>` lands in the body and its
    // title stays one attribute: the classic mutation only happens on re-parse.
    ("<noscript><p title=\"</noscript><img src=x onerror=window.__xss++>\"></noscript>", "<p title=\"&lt;/noscript&gt;&lt;img src=x onerror=window.__xss++&gt;\"></p>"),
    ("<noscript><style></noscript><img src=x onerror=window.__xss++>", ""),
    ("<template><img src=x onerror=window.__xss++></template>", ""),
    ("<template><script>window.__xss++</script></template><p>after</p>", "<p>after</p>"),
    ("<xmp><img src=x onerror=window.__xss++></xmp>", ""),
    ("<plaintext><img src=x onerror=window.__xss++>", ""),
    ("<title><img src=x onerror=window.__xss++></title>", ""),
    ("<noembed><img src=x onerror=window.__xss++></noembed>", ""),
    ("<noframes><img src=x onerror=window.__xss++></noframes>", ""),
    ("<!--<img src=x onerror=window.__xss++>-->", ""),
    ("<!-- --!><img src=x onerror=window.__xss++> -->", "<img src=\"x\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\"> --&gt;"),
    ("<![CDATA[<img src=x onerror=window.__xss++>]]>", "]]&gt;"),
    ("<?xml-stylesheet href=\"javascript:window.__xss++\"?><p>x</p>", "<p>x</p>"),
    ("<a href=\"https://e.example\" title=\"<img src=x onerror=window.__xss++>\">t</a>", "<a href=\"https://e.example\" title=\"&lt;img src=x onerror=window.__xss++&gt;\" rel=\"noopener noreferrer nofollow ugc\">t</a>"),
    ("<p title=\"&lt;/p&gt;&lt;img src=x onerror=window.__xss++&gt;\">t</p>", "<p title=\"&lt;/p&gt;&lt;img src=x onerror=window.__xss++&gt;\">t</p>"),
    ("<table><td><style></td><img src=x onerror=window.__xss++>", "<table><tbody><tr><td></td></tr></tbody></table>"),
    ("<select><template><style><!--</style><a rel=\"--></style></template></select><img src=x onerror=window.__xss++>\">", ""),
    // DOM clobbering: no id or name reaches the page.
    ("<form id=\"location\"><input name=\"href\" value=\"x\"></form>", ""),
    ("<img name=\"getElementById\" src=\"https://e.example/a.png\">", "<img src=\"https://e.example/a.png\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">"),
    ("<a id=\"__xss\" name=\"__xss\" href=\"https://e.example\">c</a>", "<a href=\"https://e.example\" rel=\"noopener noreferrer nofollow ugc\">c</a>"),
    ("<img id=\"cookie\" name=\"cookie\">", "<img loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">"),
    ("<p id=\"defaultView\">a</p><p name=\"body\">b</p>", "<p>a</p><p>b</p>"),
    // Links: no target tricks, no opener.
    ("<a href=\"https://e.example\" target=\"_top\">t</a>", "<a href=\"https://e.example\" rel=\"noopener noreferrer nofollow ugc\">t</a>"),
    ("<a href=\"?article=2\" target=\"_blank\" rel=\"opener\">t</a>", "<a href=\"?article=2\" target=\"_blank\" rel=\"noopener noreferrer\">t</a>"),
    ("<p class=\"embed-card\">p</p><figure class=\"embed-card evil\">f</figure>", "<p>p</p><figure>f</figure>"),
    ("<a href=\"https://e.example\" rel=\"opener\" ping=\"https://evil.example\">t</a>", "<a href=\"https://e.example\" rel=\"noopener noreferrer nofollow ugc\">t</a>"),
    ("<a href=\"//evil.example/x\">t</a>", "<a href=\"//evil.example/x\" rel=\"noopener noreferrer nofollow ugc\">t</a>"),
    ("<a href=\"?article=2\" download=\"x.html\">t</a>", "<a href=\"?article=2\">t</a>"),
    ("<area href=\"javascript:window.__xss++\">", ""),
    // Images: http(s) (upgraded to https) or relative only, srcset only with such candidates, sizes kept numeric.
    ("<img src=\"http://e.example/a.png\" srcset=\"javascript:window.__xss++ 1x\" width=\"100%\" height=\"40\">", "<img src=\"https://e.example/a.png\" height=\"40\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">"),
    ("<img src=\"https://e.example/a.png\" usemap=\"#m\" ismap longdesc=\"javascript:window.__xss++\">", "<img src=\"https://e.example/a.png\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">"),
    ("<img dynsrc=\"javascript:window.__xss++\" lowsrc=\"javascript:window.__xss++\">", "<img loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">"),
    ("<image src=\"https://e.example/a.png\">", "<img src=\"https://e.example/a.png\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">"),
    ("<body background=\"javascript:window.__xss++\"><p>b</p></body>", "<p>b</p>"),
    ("<table background=\"javascript:window.__xss++\"><tr><td>c</td></tr></table>", "<table><tbody><tr><td>c</td></tr></tbody></table>"),
    // Obsolete and odd elements.
    ("<marquee onstart=window.__xss++>m</marquee>", "m"),
    ("<details open ontoggle=window.__xss++><summary>s</summary>d</details>", "sd"),
    ("<dialog open onclose=window.__xss++>d</dialog>", ""),
    ("<x-widget onclick=window.__xss++>custom</x-widget>", "custom"),
    ("<blink>b</blink><font color=red face=x>f</font><center>c</center>", "bfc"),
    ("<bdo dir=\"rtl\" onclick=window.__xss++>r</bdo>", "<bdo dir=\"rtl\">r</bdo>"),
    ("<slot name=x>s</slot><canvas>c</canvas>", ""),
    ("<h1 onclick=window.__xss++>Big</h1>", "<h2>Big</h2>"),
    ("<blockquote cite=\"javascript:window.__xss++\">q</blockquote>", "<blockquote>q</blockquote>"),
    ("<q cite=\"https://e.example/src\">q</q>", "<q cite=\"https://e.example/src\">q</q>"),
    ("<ol start=\"3\" type=\"i\" reversed onclick=window.__xss++><li value=\"x\">a</li></ol>", "<ol start=\"3\" type=\"i\" reversed=\"\"><li>a</li></ol>"),
    ("<p dir=\"rtl\" lang=\"ar\" title=\"t\">ع</p>", "<p dir=\"rtl\" lang=\"ar\" title=\"t\">ع</p>"),
    ("<p lang=\"en\\\" onclick=\\\"x\">x</p>", "<p>x</p>"),
    ("<time datetime=\"2024-10-25\">d</time>", "<time datetime=\"2024-10-25\">d</time>"),
    ("<td colspan=2>cell outside table</td>", "cell outside table"),
];

/// The whole battery: (input, expected rendering).
fn battery() -> Vec<(String, String)> {
    let mut cases: Vec<(String, String)> = Vec::new();
    for handler in EVENT_HANDLERS {
        cases.push((
            format!("<p {handler}=\"{PAYLOAD}\">x</p>"),
            "<p>x</p>".into(),
        ));
        cases.push((
            format!("<img src=\"https://e.example/a.png\" {handler}=\"{PAYLOAD}\">"),
            "<img src=\"https://e.example/a.png\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">".into(),
        ));
    }
    for url in DANGEROUS_URLS {
        let attribute = url.replace('"', "&quot;");
        cases.push((format!("<a href=\"{attribute}\">l</a>"), "<a>l</a>".into()));
        cases.push((
            format!("<img src=\"{attribute}\">"),
            "<img loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">".into(),
        ));
        cases.push((
            format!("<blockquote cite=\"{attribute}\">q</blockquote>"),
            "<blockquote>q</blockquote>".into(),
        ));
    }
    for (input, expected) in SPECIAL_CASES {
        cases.push(((*input).to_owned(), (*expected).to_owned()));
    }
    cases
}

/// Sets the trap: a counter scripts would bump, dialogs that count, and a
/// record of navigations.
fn set_trap() {
    js_sys::Function::new_no_args(
        "window.__xss = 0;\
         for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) { window[name] = () => { window.__xss++; }; }\
         window.__startUrl = location.href;\
         window.addEventListener('beforeunload', () => { window.__xss++; });",
    )
    .call0(&JsValue::NULL)
    .unwrap();
}

fn trapped() -> f64 {
    let window = web_sys::window().unwrap();
    let count = Reflect::get(&window, &"__xss".into())
        .unwrap()
        .as_f64()
        .unwrap();
    let start = Reflect::get(&window, &"__startUrl".into())
        .unwrap()
        .as_string()
        .unwrap();
    let now = window.location().href().unwrap();
    count + if start == now { 0.0 } else { 1.0 }
}

#[wasm_bindgen_test]
async fn every_hostile_input_renders_exactly_as_expected_and_nothing_runs() {
    set_trap();
    let cases = battery();
    assert!(cases.len() >= 200, "the battery has {} cases", cases.len());
    let mut wrong = Vec::new();
    let mut roots = Vec::new();
    for (input, expected) in &cases {
        let html = input.clone();
        let root = support::mount(move || view! { <ArticleBody body=Body::Html(html)/> });
        roots.push((root, input, expected));
    }
    support::settle().await;
    for (root, input, expected) in &roots {
        let body = support::select(root, ".article__body").expect("the body container renders");
        if body.inner_html() != **expected {
            wrong.push(format!(
                "input:    {input:?}\nexpected: {expected:?}\nrendered: {:?}",
                body.inner_html()
            ));
        }
    }
    // Every link that survived leads somewhere ordinary; links without an
    // href are clicked like a reader would (ordinary links would navigate
    // this test page away, so they are checked instead of clicked).
    let base = web_sys::window().unwrap().location().href().unwrap();
    for (root, input, _) in &roots {
        for element in support::select_all(root, "a, p, img, blockquote, q") {
            for attribute in ["href", "src", "cite"] {
                if let Some(value) = element.get_attribute(attribute) {
                    let protocol = web_sys::Url::new_with_base(&value, &base)
                        .unwrap()
                        .protocol();
                    assert!(
                        ["http:", "https:", "mailto:", "tel:"].contains(&protocol.as_str()),
                        "{attribute}={value:?} survived from {input:?}"
                    );
                }
            }
            let element: web_sys::HtmlElement = element.unchecked_into();
            if element.get_attribute("href").is_none() {
                element.click();
            }
            let _ = element.focus();
        }
    }
    support::sleep(500).await;
    assert!(
        wrong.is_empty(),
        "{} of {} cases rendered wrongly:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n\n")
    );
    assert_eq!(
        trapped(),
        0.0,
        "hostile markup ran, opened a dialog or navigated"
    );
}

/// Sanitizing is idempotent: walking the clean tree again changes nothing,
/// and nothing dangerous is ever in it. Inputs are generated from a grammar
/// of tags, attributes and text with a fixed seed, so a failure reproduces.
///
/// The tree is walked again, not its serialization re-parsed: the viewer
/// never serializes, and HTML's parser does not round-trip every tree (it
/// closes a `<p>` at a `<ul>`, for one), which is where mutation XSS lives.
/// In the page, with `DOMParser`: whether `renamed` parses to the same tree
/// as `original` (attribute names compared with the prefix taken off; the
/// content of elements whose text the policy drops is not compared), and
/// whether any element of it still has an attribute the page's CSP would
/// check. Returns what is wrong, or an empty string.
const SAME_TREE_WITHOUT_INLINE: &str = r#"
const parse = (html) => new DOMParser().parseFromString(html, 'text/html');
const unshown = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
const checked = [];
// Read through the platform's own getters: named form controls shadow them.
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const [localName, namespace, attributes] = ['localName', 'namespaceURI', 'attributes'].map((n) => getter(Element.prototype, n));
const [nodeType, childNodes] = ['nodeType', 'childNodes'].map((n) => getter(Node.prototype, n));
const content = getter(HTMLTemplateElement.prototype, 'content');
const canon = (node, strip) => {
  let out = '';
  const children = node instanceof HTMLTemplateElement ? childNodes.call(content.call(node)) : childNodes.call(node);
  for (const child of [...children]) {
    const type = nodeType.call(child);
    if (type === 1) {
      const name = localName.call(child);
      const names = [...attributes.call(child)].map((a) => {
        if (strip && (a.name === 'style' || a.name.startsWith('on'))) checked.push(`${name}@${a.name}`);
        const shown = strip && a.name.startsWith(prefix) ? a.name.slice(prefix.length) : a.name;
        return `${shown}=${a.value}`;
      });
      const html = namespace.call(child) === 'http://www.w3.org/1999/xhtml';
      const inner = unshown.has(name) && html ? '' : canon(child, strip);
      out += `<${namespace.call(child)} ${name} ${names.join(' ')}>${inner}</>`;
    } else if (type === 3) {
      out += strip ? child.data.replaceAll(prefix, '') : child.data;
    } else if (type === 8) {
      out += `<!--${strip ? child.data.replaceAll(prefix, '') : child.data}-->`;
    }
  }
  return out;
};
// The joiner a misread may put into text or a comment shows nothing.
const a = canon(parse(original).documentElement, false);
const b = canon(parse(renamed).documentElement, true);
let at = 0;
while (at < a.length && a[at] === b[at]) at++;
if (a !== b) return `trees differ at ${at}: «${a.slice(Math.max(0, at - 80), at + 80)}» «${b.slice(Math.max(0, at - 80), at + 80)}»`;
return checked.length ? `still checked by the CSP: ${checked.join(' ')}` : '';
"#;

/// The rename before the inert parse (`inline_attributes`) never changes
/// the tree the policy reads (its elements, attribute values and text, but
/// for an invisible joiner in text), and leaves the browser nothing to
/// report to the page's CSP: for every input of the battery, and for all
/// but a few of 2,000 generated documents (SVG and MathML breakouts,
/// comments, raw-text elements, stray `<` and quotes), where tag soup
/// inside SVG needs the whole tree builder to read right (a miss costs one
/// console line, as before the rename).
#[wasm_bindgen_test]
fn the_inert_parse_reads_the_same_tree_with_no_inline_style_or_handler_left() {
    use article_viewer::content::inline_attributes::{rename_inline_attributes, PREFIX};
    let check =
        js_sys::Function::new_with_args("original, renamed, prefix", SAME_TREE_WITHOUT_INLINE);
    let verdict = |input: &str| {
        let renamed = rename_inline_attributes(input);
        let verdict = check
            .call3(
                &JsValue::NULL,
                &input.into(),
                &renamed.as_ref().into(),
                &PREFIX.into(),
            )
            .unwrap()
            .as_string()
            .unwrap();
        assert!(
            !verdict.starts_with("trees differ"),
            "{verdict} in {input:?}"
        );
        (renamed != input, verdict)
    };
    let mut renamed_any = 0;
    for (input, _) in battery() {
        let (renamed, verdict) = verdict(&input);
        renamed_any += usize::from(renamed);
        assert!(verdict.is_empty(), "{verdict} in {input:?}");
    }
    assert!(renamed_any > 150, "the battery renamed {renamed_any}");
    let mut random = Lcg(0x1a7e_5eed);
    let mut missed = Vec::new();
    for _ in 0..2000 {
        let input = random.markup(5);
        let (_, verdict) = verdict(&input);
        if !verdict.is_empty() {
            missed.push(format!("{verdict} in {input:?}"));
        }
    }
    web_sys::console::log_1(
        &format!(
            "{} of 2000 generated documents kept a checked attribute",
            missed.len()
        )
        .into(),
    );
    assert!(
        missed.len() <= 20,
        "{} missed, such as {:?}",
        missed.len(),
        missed.first()
    );
}

#[wasm_bindgen_test]
async fn sanitizing_twice_equals_sanitizing_once() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mut random = Lcg(0x5eed_1234);
    for _ in 0..500 {
        let input = random.markup(4);
        let once = document.create_element("div").unwrap();
        once.append_child(&sanitize(&input, &document).unwrap())
            .unwrap();
        let twice = document.create_element("div").unwrap();
        twice
            .append_child(&sanitize_tree(&once, &document).unwrap())
            .unwrap();
        // No event handler, on any element (read from the tree: the cards'
        // own words, "Open on …", are text, not attributes).
        for element in support::select_all(&once, "*") {
            for name in element.get_attribute_names().iter() {
                let name = name.as_string().unwrap_or_default();
                assert!(!name.starts_with("on"), "{name} survived {input:?}");
            }
        }
        let once = once.inner_html();
        assert_eq!(once, twice.inner_html(), "not idempotent for {input:?}");
        for forbidden in [
            "<script",
            "javascript:",
            "style=",
            "<svg",
            "<iframe",
            "data:",
        ] {
            assert!(
                !once.to_ascii_lowercase().contains(forbidden),
                "{forbidden} survived {input:?} as {once:?}"
            );
        }
    }
}

#[wasm_bindgen(inline_js = "
export function kept_text(html, dropped, walked) {
  // An independent reading of what must survive: every text node of the
  // inert body that is not inside an element the policy drops, a non-HTML
  // element, or an element its own content clobbers. Read through the
  // prototypes' own accessors, as the walk does.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const accessor = (proto, name) => {
    for (let o = proto; o; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, name);
      if (d) return d.get;
    }
  };
  const read = (node, proto, name) => accessor(proto, name).call(node);
  const clobbered = (el) => Reflect.ownKeys(el).length > 0
    && walked.some((n) => !Object.is(Reflect.get(el, n), Reflect.get(Object.getPrototypeOf(el), n, el)));
  let out = '';
  const walk = (node) => {
    for (let c = read(node, Node.prototype, 'firstChild'); c; c = read(c, Node.prototype, 'nextSibling')) {
      const type = read(c, Node.prototype, 'nodeType');
      if (type === 3) out += read(c, CharacterData.prototype, 'data');
      if (type !== 1) continue;
      if (read(c, Element.prototype, 'namespaceURI') !== 'http://www.w3.org/1999/xhtml') continue;
      if (dropped.includes(read(c, Element.prototype, 'localName')) || clobbered(c)) continue;
      walk(c);
    }
  };
  walk(read(doc, Document.prototype, 'body'));
  return out;
}
export function page_errors_since_install() { return (window.__batteryErrors ?? []).join(' | '); }
export function install_error_log() {
  window.__batteryErrors = [];
  window.addEventListener('error', (e) => window.__batteryErrors.push(String(e.message)));
}
")]
extern "C" {
    fn kept_text(html: &str, dropped: Vec<String>, walked: Vec<String>) -> String;
    fn install_error_log();
    fn page_errors_since_install() -> String;
}

/// Generated documents full of named controls and elements that carry the
/// names of DOM properties: every text outside the elements the policy
/// drops (and outside clobbered ones) is kept, in order, and no page error
/// happens. The expected text comes from an independent walk in JavaScript.
/// The article body isolates the other script's runs while it walks the
/// inert tree; that one pass must build exactly what sanitizing and then
/// running `isolate_foreign_runs` over the result builds, for the whole
/// battery, for mixed-script text, code, existing isolates, embed cards and
/// generated documents, in both directions.
#[wasm_bindgen_test]
async fn isolating_while_walking_equals_isolating_after_the_walk() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mut inputs: Vec<String> = battery().into_iter().map(|(input, _)| input).collect();
    for input in [
        "<p>شركة (SpaceX) تطلق Starship 2 اليوم</p>",
        "<p dir=\"rtl\">مع (JCAR.) و<b>Eurasia Group 2024</b></p>",
        "<p>The <i>שלום</i> word, and العربية 12 here</p>",
        "<pre>code (Latin) نص</pre><p><code>x = 1</code> نص (Latin)</p>",
        "<p><bdi>Latin</bdi> و <bdo dir=\"ltr\">ltr</bdo> نص</p><ul><li>Item one</li></ul>",
        "<iframe src=\"https://www.youtube.com/embed/xyz\" title=\"Video of Mars\"></iframe>",
        "<pre><iframe src=\"https://player.vimeo.com/video/1\"></iframe></pre>",
        "<blockquote class=\"twitter-tweet\"><p>Tweet text نص</p><a href=\"https://twitter.com/x/status/1\">date</a></blockquote>",
        "<table><caption>Caption</caption><tr><th>Head</th><td>Cell خلية</td></tr></table>",
        "<figure><img src=\"https://e.example/a.png\"><figcaption>Photo صورة</figcaption></figure>",
        "text at the top نص <!-- c --> more Latin",
    ] {
        inputs.push(input.to_owned());
    }
    let mut random = Lcg(0xb1d1_5eed);
    for _ in 0..400 {
        inputs.push(random.markup(4));
    }
    let mut differing = Vec::new();
    for input in &inputs {
        for foreign in [Foreign::Latin, Foreign::RightToLeft] {
            let after = sanitize_in(input, &document, BodyContext::default()).unwrap();
            isolate_foreign_runs(&after, &document, foreign).unwrap();
            let after_root = document.create_element("div").unwrap();
            after_root.append_child(&after).unwrap();
            let context = BodyContext {
                isolate: Some(foreign),
                ..BodyContext::default()
            };
            let walking_root = document.create_element("div").unwrap();
            walking_root
                .append_child(&sanitize_in(input, &document, context).unwrap())
                .unwrap();
            if after_root.inner_html() != walking_root.inner_html() {
                differing.push(format!(
                    "{foreign:?} {input:?}\n  after:   {:?}\n  walking: {:?}",
                    after_root.inner_html(),
                    walking_root.inner_html()
                ));
            }
        }
    }
    assert!(
        differing.is_empty(),
        "{} of {} renderings differ, such as:\n{}",
        differing.len(),
        inputs.len() * 2,
        differing
            .iter()
            .take(3)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[wasm_bindgen_test]
async fn generated_documents_with_named_controls_keep_every_text_outside_dropped_elements() {
    use article_viewer::content::platform::WALKED_PROPERTIES;
    use article_viewer::content::policy::DROPPED;
    install_error_log();
    let document = web_sys::window().unwrap().document().unwrap();
    let dropped: Vec<String> = DROPPED.iter().map(|d| (*d).to_owned()).collect();
    let walked: Vec<String> = WALKED_PROPERTIES.iter().map(|w| (*w).to_owned()).collect();
    let mut random = Lcg(0xc10b_b3e5);
    let mut forms = 0;
    for _ in 0..500 {
        let input = random.markup(4);
        forms += usize::from(input.contains("<form"));
        let root = document.create_element("div").unwrap();
        root.append_child(&sanitize(&input, &document).unwrap())
            .unwrap();
        let expected = kept_text(&input, dropped.clone(), walked.clone());
        // The cards that stand for frames are the sanitizer's own words,
        // not text of the input: they are set aside before comparing.
        for card in support::select_all(&root, "figure.embed-card") {
            card.remove();
        }
        assert_eq!(
            root.text_content().unwrap_or_default(),
            expected,
            "text lost or added for {input:?}"
        );
    }
    assert!(
        forms > 50,
        "the generator made only {forms} documents with a form"
    );
    support::sleep(50).await;
    assert_eq!(page_errors_since_install(), "", "a page error happened");
}

/// A small deterministic generator of messy markup.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
        options[(self.next() as usize) % options.len()]
    }

    fn markup(&mut self, depth: u32) -> String {
        const TAGS: &[&str] = &[
            "p",
            "a",
            "img",
            "script",
            "style",
            "svg",
            "math",
            "div",
            "span",
            "b",
            "h1",
            "ul",
            "li",
            "table",
            "td",
            "iframe",
            "noscript",
            "template",
            "textarea",
            "form",
            "blockquote",
            "x-y",
            "title",
            "select",
            "input",
            "output",
            "fieldset",
            "object",
            "img",
        ];
        const ATTRIBUTES: &[&str] = &[
            "href=\"javascript:alert(1)\"",
            "src=\"https://e.example/i.png\"",
            "onclick=\"alert(1)\"",
            "style=\"color:red\"",
            "id=\"location\"",
            "dir=\"rtl\"",
            "lang=\"ar\"",
            "title=\"</p><b>\"",
            "href=\"?article=1\"",
            "src=x",
            "href=\" jav&#x09;ascript:1\"",
            "width=\"12\"",
            "cite=\"data:text/html,x\"",
            "class=\"c\"",
            "onerror=alert(1)",
            // Names of DOM properties, which a form's controls shadow on
            // the form, and named images on the document.
            "name=\"attributes\"",
            "id=\"namespaceURI\"",
            "name=\"localName\"",
            "name=\"nodeType\"",
            "name=\"nextSibling\"",
            "id=\"body\"",
            "name=\"textContent\"",
            "name=\"childNodes\"",
            "name=\"firstChild\"",
            "id=\"parentNode\"",
        ];
        const TEXTS: &[&str] = &[
            "text",
            "نص عربي (Latin) ",
            "<",
            "&amp;",
            "&lt;script&gt;",
            "\"",
            "--!>",
            "]]>",
            "<!--",
            "x",
        ];
        let mut out = String::new();
        for _ in 0..(1 + self.next() % 4) {
            if depth == 0 || self.next().is_multiple_of(3) {
                out.push_str(self.pick(TEXTS));
                continue;
            }
            let tag = self.pick(TAGS);
            out.push('<');
            out.push_str(tag);
            for _ in 0..(self.next() % 3) {
                out.push(' ');
                out.push_str(self.pick(ATTRIBUTES));
            }
            out.push('>');
            out.push_str(&self.markup(depth - 1));
            if !self.next().is_multiple_of(5) {
                out.push_str(&format!("</{tag}>"));
            }
        }
        out
    }
}
