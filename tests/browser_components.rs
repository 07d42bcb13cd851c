//! Each component mounted on its own in Chromium: mount into a fresh
//! element, act, let the reactive system settle, assert on the DOM.

#![cfg(target_arch = "wasm32")]

mod support;

use std::sync::Arc;

use article_viewer::components::{
    ArticleBody, ArticleView, ErrorPanel, MostViewed, Sidebar, ViewCount,
};
use article_viewer::error::ViewerError;
use article_viewer::i18n::{Direction, HijriSetting, Locale, Numerals, NumeralsSetting};
use article_viewer::jsonfeed::{parse_feed, FeedError};
use article_viewer::loader::{FeedSettings, Shelf};
use article_viewer::model::{Body, Feed};
use article_viewer::views::ViewStore;
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn feed(json: &str) -> Arc<Feed> {
    Arc::new(parse_feed(json).unwrap().feed)
}

/// An English feed of `posts` items, "p0" ("Post 0") onwards, for the sidebar's paging.
fn numbered_feed(posts: usize) -> Arc<Feed> {
    let items: Vec<String> = (0..posts)
        .map(|i| format!(r#"{{"id": "p{i}", "title": "Post {i}", "content_text": ""}}"#))
        .collect();
    feed(&format!(
        r#"{{"version": "https://jsonfeed.org/version/1.1", "language": "en", "items": [{}]}}"#,
        items.join(",")
    ))
}

const MIXED: &str = r#"{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Wire",
  "language": "ar",
  "authors": [{"name": "مكتب الأخبار"}],
  "items": [
    {"id": "ar-1", "title": "خبر أول", "content_html": "<p>نص <b>عريض</b></p><script>window.__ran = 1</script>",
     "date_published": "2025-07-07T10:00:00+03:00", "tags": ["x"], "_article_viewer": {"views": 5}},
    {"id": "en-1", "language": "en-GB", "title": "An English story", "content_text": "First line\nsecond line\n\nNext paragraph",
     "authors": [{"name": "Jo Writer", "url": "javascript:alert(1)", "avatar": "https://example.com/a.png", "_article_viewer": {"bio": "Writes."}}],
     "image": "data:image/png;base64,AAAA", "tags": ["x"]},
    {"id": "ar-2", "title": "خبر ثالث", "content_text": "", "_article_viewer": {"views": 30}}
  ]
}"#;

#[wasm_bindgen_test]
async fn arabic_article_renders_right_to_left_with_sanitized_body() {
    let feed = feed(MIXED);
    let root =
        support::mount(move || view! { <ArticleView feed=feed index=0 fallback_language="ar"/> });
    support::settle().await;
    let article = support::select(&root, "article").unwrap();
    assert_eq!(article.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(support::text(&root, "h1"), "خبر أول");
    assert_eq!(support::text(&root, ".article__body b"), "عريض");
    assert!(support::select(&root, ".article__body script").is_none());
    // The feed's author is credited when the item names none.
    assert!(support::text(&root, ".byline").contains("مكتب الأخبار"));
    // The date is formatted by Intl for Arabic, with the machine date kept.
    let time = support::select(&root, ".byline time").unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2025-07-07T10:00:00+03:00")
    );
    assert!(
        time.text_content().unwrap().contains("يوليو"),
        "{:?}",
        time.text_content()
    );
    assert!(
        time.text_content().unwrap().contains("٢٠٢٥"),
        "Arabic-Indic digits: {:?}",
        time.text_content()
    );
    assert_eq!(
        support::text(&root, ".byline__reading-time"),
        "قراءة في دقيقة واحدة"
    );
    // Related: the shared-tag post first.
    let related = support::select_all(&root, ".related__card");
    assert_eq!(
        related[0].get_attribute("data-article-id").as_deref(),
        Some("en-1")
    );
    assert_eq!(related[0].get_attribute("dir").as_deref(), Some("ltr"));
}

#[wasm_bindgen_test]
async fn english_item_in_an_arabic_feed_is_left_to_right() {
    let feed = feed(MIXED);
    let root =
        support::mount(move || view! { <ArticleView feed=feed index=1 fallback_language="ar"/> });
    support::settle().await;
    let article = support::select(&root, "article").unwrap();
    assert_eq!(article.get_attribute("lang").as_deref(), Some("en-GB"));
    assert_eq!(article.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(support::text(&root, ".byline__authors"), "By Jo Writer");
    assert_eq!(support::text(&root, ".byline__reading-time"), "1 min read");
    assert_eq!(support::select_all(&root, ".article__body p").len(), 2);
    assert_eq!(
        support::text(&root, ".article__body p"),
        "First line\nsecond line"
    );
    // A data: image and a javascript: author link are never rendered.
    assert!(support::select(&root, ".article__image").is_none());
    assert!(support::select(&root, ".author-box a").is_none());
    assert_eq!(support::text(&root, ".author-box__name"), "Jo Writer");
    assert_eq!(support::text(&root, ".author-box__bio"), "Writes.");
    assert!(support::select(&root, ".author-box__avatar").is_some());
}

#[wasm_bindgen_test]
async fn sidebar_lists_other_posts_with_counts_that_follow_the_store() {
    let feed = feed(MIXED);
    let store = std::rc::Rc::new(std::cell::Cell::new(None));
    let handle = store.clone();
    let root = support::mount(move || {
        let views = ViewStore::new();
        views.provide();
        handle.set(Some(views));
        view! { <Sidebar shelf=Shelf::new(feed, FeedSettings::default()) current=Signal::derive(|| Some("ar-1".to_owned())) locale=Locale::Arabic/> }
    });
    support::settle().await;
    let ids: Vec<_> = support::select_all(&root, ".sidebar__entry")
        .iter()
        .map(|e| e.get_attribute("data-article-id").unwrap())
        .collect();
    assert_eq!(ids, ["en-1", "ar-2"]);
    let count = support::select(&root, "[data-article-id='ar-2'] [data-views]").unwrap();
    let before: u64 = count.get_attribute("data-views").unwrap().parse().unwrap();
    store.get().unwrap().record_opening("ar-2".into());
    assert!(
        support::until(|| count.get_attribute("data-views") == Some((before + 1).to_string()))
            .await
    );
    // Arabic counts print Arabic-Indic digits by default; data-views keeps Western ones.
    let expected = Numerals::Arab.localize(&format!("{} مشاهدة", before + 1));
    assert_eq!(count.text_content().unwrap(), expected);
    assert_eq!(support::text(&root, ".sidebar__heading"), "Wire");
}

#[wasm_bindgen_test]
async fn sidebar_follows_the_article_being_read() {
    let feed = feed(MIXED);
    let current = RwSignal::new(Some("ar-1".to_owned()));
    let root = support::mount(
        move || view! { <Sidebar shelf=Shelf::new(feed, FeedSettings::default()) current=current locale=Locale::Arabic/> },
    );
    support::settle().await;
    let ids = || -> Vec<String> {
        support::select_all(&root, ".sidebar__entry")
            .iter()
            .map(|e| e.get_attribute("data-article-id").unwrap())
            .collect()
    };
    assert_eq!(ids(), ["en-1", "ar-2"]);
    current.set(Some("en-1".to_owned()));
    support::settle().await;
    assert_eq!(ids(), ["ar-1", "ar-2"]);
}

#[wasm_bindgen_test]
async fn sidebar_pages_a_long_feed() {
    let feed = numbered_feed(40);
    let root = support::mount(
        move || view! { <Sidebar shelf=Shelf::new(feed, FeedSettings::default()) current=Signal::derive(|| None::<String>) locale=Locale::English/> },
    );
    support::settle().await;
    assert_eq!(support::select_all(&root, ".sidebar__entry").len(), 12);
    assert_eq!(support::text(&root, ".sidebar__page"), "Page 1 of 4");
    let buttons = support::select_all(&root, ".sidebar__pager button");
    wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&buttons[1]).click();
    support::settle().await;
    assert_eq!(support::text(&root, ".sidebar__page"), "Page 2 of 4");
    assert_eq!(
        support::select(&root, ".sidebar__entry")
            .unwrap()
            .get_attribute("data-article-id")
            .as_deref(),
        Some("p12")
    );
}

#[wasm_bindgen_test]
async fn sidebar_counts_posts_not_loaded_and_says_when_their_page_fails() {
    let mut paged = (*numbered_feed(20)).clone();
    // A source of 30 posts, 20 a page, whose next page cannot be reached.
    paged.more.page_address = Some("http://127.0.0.1:9/posts?page=".into());
    paged.more.pages_loaded = 1;
    paged.more.pages = 2;
    paged.more.total = Some(30);
    let paged = Arc::new(paged);
    let settings = FeedSettings {
        timeout_seconds: 5,
        ..FeedSettings::default()
    };
    let root = support::mount(move || {
        view! { <Sidebar shelf=Shelf::new(paged, settings) current=Signal::derive(|| None::<String>) locale=Locale::English/> }
    });
    support::settle().await;
    assert_eq!(support::text(&root, ".sidebar__page"), "Page 1 of 3");
    assert!(support::select(&root, ".sidebar .error-panel").is_none());
    let buttons = support::select_all(&root, ".sidebar__pager button");
    wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&buttons[1]).click();
    // Page 2 holds the 8 loaded posts left and reaches past them: the next page is fetched, and fails.
    assert!(support::until(|| support::select(&root, ".sidebar .error-panel").is_some()).await);
    let panel = support::select(&root, ".sidebar .error-panel").unwrap();
    assert_eq!(
        panel.get_attribute("data-error").as_deref(),
        Some("unreachable")
    );
    assert!(
        support::select(&root, ".sidebar .error-panel h2").is_some(),
        "nested: not a second h1"
    );
    assert!(support::select(&root, ".sidebar .error-panel__retry").is_some());
    assert_eq!(support::select_all(&root, ".sidebar__entry").len(), 8);
    assert_eq!(support::text(&root, ".sidebar__page"), "Page 2 of 3");
}

#[wasm_bindgen_test]
async fn most_viewed_ranks_by_displayed_count() {
    let feed = feed(MIXED);
    let root = support::mount(move || view! { <MostViewed feed=feed locale=Locale::Arabic/> });
    support::settle().await;
    let ids: Vec<_> = support::select_all(&root, ".most-viewed__entry")
        .iter()
        .map(|e| e.get_attribute("data-article-id").unwrap())
        .collect();
    assert_eq!(ids[..2], ["ar-2", "ar-1"]);
}

#[wasm_bindgen_test]
async fn view_count_carries_western_digits_and_a_plural_label() {
    let root = support::mount(
        || view! { <ViewCount id="vc-unique" publisher_views=2 locale=Locale::Arabic/> },
    );
    support::settle().await;
    let count = support::select(&root, ".view-count").unwrap();
    assert_eq!(count.get_attribute("data-views").as_deref(), Some("2"));
    assert_eq!(count.text_content().as_deref(), Some("مشاهدتان"));
}

#[wasm_bindgen_test]
async fn the_operators_digits_apply_to_dates_and_counts() {
    let feed = feed(MIXED);
    let root = support::mount(move || {
        provide_context(NumeralsSetting(Some(Numerals::Latn)));
        view! { <ArticleView feed=feed index=0 fallback_language="ar"/> }
    });
    support::settle().await;
    let date = support::text(&root, ".byline time");
    assert!(date.contains("2025") && date.contains("يوليو"), "{date:?}");
    let views = support::select(&root, ".article__views .view-count").unwrap();
    assert_eq!(views.get_attribute("data-views").as_deref(), Some("5"));
    assert_eq!(views.text_content().as_deref(), Some("5 مشاهدات"));
}

#[wasm_bindgen_test]
async fn recent_posts_are_dated_relatively_and_hijri_on_request() {
    let three_hours_ago = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        js_sys::Date::now() - 3.0 * 3_600_000.0 - 60_000.0,
    ));
    let json = format!(
        r#"{{"version": "https://jsonfeed.org/version/1.1", "language": "ar", "items": [
            {{"id": "new", "title": "جديد", "content_text": "نص", "date_published": "{}"}},
            {{"id": "old", "title": "قديم", "content_text": "نص", "date_published": "2025-07-07T10:00:00+03:00"}}]}}"#,
        String::from(three_hours_ago.to_iso_string())
    );
    let (recent, old) = (feed(&json), feed(&json));
    let root = support::mount(move || {
        provide_context(HijriSetting(true));
        view! {
            <ArticleView feed=recent index=0 fallback_language="ar"/>
            <ArticleView feed=old index=1 fallback_language="ar"/>
        }
    });
    support::settle().await;
    let dates = support::select_all(&root, ".byline time");
    assert_eq!(
        dates[0].text_content().as_deref(),
        Some("قبل ٣ ساعات"),
        "relative, in Arabic-Indic digits"
    );
    assert!(
        dates[0].get_attribute("title").unwrap().contains('٢'),
        "the full date on hover"
    );
    assert!(
        dates[1].text_content().unwrap().contains("يوليو"),
        "older posts get the date"
    );
    let hijri = support::select_all(&root, ".byline__hijri");
    let old_hijri = hijri[1].text_content().unwrap();
    assert!(
        old_hijri.contains("محرم") && old_hijri.contains("١٤٤٧"),
        "{old_hijri:?}"
    );
}

#[wasm_bindgen_test]
async fn latin_runs_are_isolated_in_right_to_left_bodies_only() {
    let html = "<p>شركة (SpaceX) تطلق</p><pre>let x = 1;</pre><p dir=\"ltr\">Plain English</p>";
    let rtl = {
        let html = html.to_owned();
        support::mount(
            move || view! { <ArticleBody body=Body::Html(html) direction=Direction::Rtl/> },
        )
    };
    let plain = {
        let html = html.to_owned();
        support::mount(move || view! { <ArticleBody body=Body::Html(html)/> })
    };
    let ltr = support::mount(|| {
        view! { <ArticleBody body=Body::Html("<p>The word سلام (peace).</p>".into()) direction=Direction::Ltr/> }
    });
    support::settle().await;
    let paragraphs = support::select_all(&rtl, ".article__body p");
    assert_eq!(paragraphs[0].get_attribute("dir").as_deref(), Some("auto"));
    assert_eq!(paragraphs[0].inner_html(), "شركة (<bdi>SpaceX</bdi>) تطلق");
    assert_eq!(
        paragraphs[1].get_attribute("dir").as_deref(),
        Some("ltr"),
        "the markup's own dir stays"
    );
    assert_eq!(support::text(&rtl, "pre"), "let x = 1;");
    assert!(
        support::select(&rtl, "pre bdi").is_none(),
        "code is left as it is"
    );
    assert!(
        support::select(&plain, "bdi").is_none(),
        "no direction, no isolation"
    );
    assert_eq!(
        support::text(&rtl, ".article__body"),
        support::text(&plain, ".article__body"),
        "the text is unchanged"
    );
    // And the other way round: Arabic inside an English article.
    assert_eq!(
        support::select(&ltr, "p").unwrap().inner_html(),
        "The word <bdi>سلام</bdi> (peace)."
    );
}

#[wasm_bindgen_test]
async fn error_panel_explains_in_the_readers_language() {
    let root = support::mount(|| {
        view! {
            <ErrorPanel
                error=ViewerError::Feed(FeedError::NotJsonFeed { found: Some("2".into()) })
                locale=Locale::Arabic
            />
        }
    });
    support::settle().await;
    let panel = support::select(&root, ".error-panel").unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        panel.get_attribute("data-error").as_deref(),
        Some("not-json-feed")
    );
    assert_eq!(panel.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(
        support::text(&root, ".error-panel__title"),
        "هذا الملف ليس موجز JSON Feed"
    );
    assert!(support::select(&root, ".error-panel__retry").is_none());
}

#[wasm_bindgen_test]
async fn error_panel_retry_runs_the_callback() {
    let tries = RwSignal::new(0);
    let root = support::mount(move || {
        view! {
            <ErrorPanel
                error=ViewerError::Http { url: "feed.json".into(), status: 503 }
                locale=Locale::English
                on_retry=Some(Callback::new(move |()| tries.update(|t| *t += 1)))
            />
        }
    });
    support::settle().await;
    assert_eq!(
        support::text(&root, ".error-panel__detail"),
        "The feed at feed.json answered HTTP 503."
    );
    let retry = support::select(&root, ".error-panel__retry").unwrap();
    wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&retry).click();
    assert_eq!(tries.get_untracked(), 1);
}

/// The page builds its article first and counts the opening, then its
/// sidebar and most-viewed list in a task of their own; it tells whoever
/// waits for it (the takeover, an element's `loaded` event) only once both
/// are there, and only once.
#[wasm_bindgen_test]
async fn page_builds_the_article_and_counts_it_before_its_sidebar() {
    use article_viewer::components::Page;
    use article_viewer::routing::ShownReport;
    use std::sync::Mutex;

    let document = document();
    let html = document.document_element().unwrap();
    let (lang, dir) = (html.get_attribute("lang"), html.get_attribute("dir"));
    let reports = Arc::new(Mutex::new(Vec::new()));
    let told = reports.clone();
    // A store that holds its slot already counts an opening at once.
    let store = support::view_store();
    assert!(support::until(|| store.slot().is_some()).await);
    let before = store.displayed("ar-1", 5);
    let feed = feed(MIXED);
    let root = support::mount(move || {
        store.provide();
        let told = told.clone();
        ShownReport::provide(move |outcome| told.lock().unwrap().push(outcome));
        view! { <Page feed=feed fallback_language="ar"/> }
    });
    // Effects run in microtasks; the aside's task has not come yet.
    for _ in 0..5 {
        leptos::task::tick().await;
    }
    assert_eq!(support::text(&root, "h1"), "خبر أول");
    assert_eq!(
        store.displayed("ar-1", 5),
        before + 1,
        "counted with the article"
    );
    assert!(support::select(&root, ".page__aside").is_some());
    assert!(support::select(&root, ".sidebar").is_none());
    assert!(support::select(&root, ".most-viewed").is_none());
    assert!(
        reports.lock().unwrap().is_empty(),
        "not told before the sidebar"
    );

    support::settle().await;
    assert_eq!(support::select_all(&root, ".sidebar__entry").len(), 2);
    assert!(support::select(&root, ".most-viewed").is_some());
    assert_eq!(
        *reports.lock().unwrap(),
        vec![Ok(("ar-1".to_owned(), "خبر أول".to_owned()))],
        "told once, after the sidebar"
    );
    support::settle().await;
    assert_eq!(reports.lock().unwrap().len(), 1);
    for (name, value) in [("lang", lang), ("dir", dir)] {
        match value {
            Some(value) => html.set_attribute(name, &value).unwrap(),
            None => html.remove_attribute(name).unwrap(),
        }
    }
}
