//! The UI in Persian.

use super::Strings;
use crate::error::ViewerError;
use crate::jsonfeed::FeedError;
use crate::wordpress::WordPressError;

pub static PERSIAN: Strings = Strings {
    lang: "fa",
    skip_to_article: "رفتن به مقاله",
    reader_settings: "تنظیمات خواندن",
    smaller_text: "متن کوچک‌تر",
    larger_text: "متن بزرگ‌تر",
    theme: "پوسته",
    theme_name: |theme| match theme {
        "light" => "روشن",
        "dark" => "تیره",
        "sepia" => "کاغذی",
        _ => "خودکار",
    },
    narrow_column: "ستون باریک‌تر",
    digits: "ارقام",
    share: "هم‌رسانی",
    link_copied: "پیوند مقاله کپی شد",
    share_failed: "کپی پیوند ممکن نشد؛ آن را از نوار نشانی کپی کنید",
    loading: "در حال بارگیری مقاله…",
    by: "نوشتهٔ",
    list_separator: "، ",
    about_author: "دربارهٔ نویسنده",
    related_posts: "نوشته‌های مرتبط",
    read_more: "ادامهٔ مطلب",
    latest_posts: "تازه‌ترین نوشته‌ها",
    most_viewed: "پربازدیدترین‌ها",
    newer_posts: "تازه‌تر",
    older_posts: "قدیمی‌تر",
    page_of: |page, pages| format!("صفحهٔ {page} از {pages}"),
    // Persian nouns stay singular after a number, so CLDR's two categories
    // (one, other) read the same.
    views: |n| format!("{n} بازدید"),
    reading_time: |minutes| format!("{minutes} دقیقه مطالعه"),
    photo_post: "عکس",
    untitled_post: "نوشتهٔ بی‌عنوان",
    embedded_from: |site| format!("محتوای جاسازی‌شده از {site}"),
    open_on: |site| format!("دیدن در {site}"),
    audio: "صدا",
    video: "ویدیو",
    download_media: "بارگیری پرونده",
    storage_notice:
        "این مرورگر اجازهٔ ذخیرهٔ شمار بازدیدها را نمی‌دهد، پس فقط برای همین بازدید شمرده می‌شوند.",
    error_heading: "نمایش مقاله ممکن نشد",
    error_retry: "تلاش دوباره",
    error_home: "رفتن به نخستین مقاله",
    error_title: |error| match error {
        ViewerError::Unreachable { .. } => "دسترسی به منبع مقاله‌ها ممکن نشد",
        ViewerError::Http { status: 404, .. } => "منبع مقاله‌ها پیدا نشد",
        ViewerError::Http { .. } => "کارساز خطا برگرداند",
        ViewerError::Timeout { .. } => "بارگیری مقاله‌ها بیش از حد طول کشید",
        ViewerError::TooLarge { .. } => "منبع مقاله‌ها بزرگ‌تر از حد مجاز است",
        ViewerError::FeedNotAllowed { .. } => "این منبع مقاله‌ها اینجا مجاز نیست",
        ViewerError::Feed(FeedError::NotJson { .. }) => "منبع مقاله‌ها خراب است",
        ViewerError::Feed(FeedError::NotJsonFeed { .. }) => "این پرونده JSON Feed نیست",
        ViewerError::Feed(FeedError::WrongType { .. }) => "یکی از فیلدهای منبع نوع نادرستی دارد",
        ViewerError::Feed(FeedError::NoItems { .. }) => "منبع هیچ مقاله‌ای ندارد",
        ViewerError::WordPress(WordPressError::HtmlInsteadOfJson { .. }) => {
            "وبگاه به‌جای مطالب یک صفحهٔ وب فرستاد"
        }
        ViewerError::WordPress(WordPressError::RestClosed { .. }) => {
            "این وبگاه وردپرس مطالبش را در دسترس نمی‌گذارد"
        }
        ViewerError::WordPress(WordPressError::NotWordPress { .. }) => {
            "این نشانی نه خوراک است و نه وبگاه وردپرس"
        }
        ViewerError::WordPress(WordPressError::Api { .. }) => "وبگاه وردپرس خطا داد",
        ViewerError::WordPress(WordPressError::PagePastEnd { .. }) => "مطلب دیگری نیست",
        ViewerError::WordPress(WordPressError::NotPosts { .. }) => "مطالب وبگاه خوانده نشد",
        ViewerError::WordPress(WordPressError::NoPosts { .. }) => "وبگاه مطلبی ندارد",
        ViewerError::ArticleNotFound { .. } => "مقاله پیدا نشد",
        ViewerError::BodyUnreadable { .. } => "نمایش متن مقاله ممکن نشد",
    },
    error_detail: |error| {
        match error {
        ViewerError::Unreachable { url, .. } => {
            format!("پاسخی از {url} نرسید. اتصال اینترنت را بررسی کنید و دوباره تلاش کنید.")
        }
        ViewerError::Http { url, status } => format!("کارساز به درخواست {url} با کد {status} پاسخ داد."),
        ViewerError::Timeout { url, seconds } => {
            format!("بارگیری {url} در {seconds} ثانیه کامل نشد.")
        }
        ViewerError::TooLarge { url, limit } => format!("اندازهٔ {url} از {limit} بایت بیشتر است."),
        ViewerError::FeedNotAllowed { url } => {
            format!("نشانی {url} نه از این وبگاه است و نه از منابعی که گردانندهٔ آن مجاز کرده، پس بارگیری نشد.")
        }
        ViewerError::Feed(FeedError::NotJson { detail }) => {
            format!("پرونده به‌صورت JSON خوانده نشد: {detail}")
        }
        ViewerError::Feed(FeedError::NotJsonFeed { found }) => match found {
            Some(version) => format!("مقدار version برابر {version} است، نه https://jsonfeed.org/version/1.1."),
            None => "پرونده فیلد version در JSON Feed را ندارد.".to_owned(),
        },
        ViewerError::Feed(FeedError::WrongType { field, detail }) => {
            format!("فیلد {field}: {detail}")
        }
        ViewerError::Feed(FeedError::NoItems { skipped: 0 }) => "فهرست items خالی است.".to_owned(),
        ViewerError::Feed(FeedError::NoItems { skipped }) => {
            format!("همهٔ {skipped} مقاله نامعتبر بودند و کنار گذاشته شدند.")
        }
        ViewerError::WordPress(WordPressError::HtmlInsteadOfJson { url }) => format!("{url} به‌جای داده‌های JSON یک صفحهٔ HTML فرستاد؛ افزونه‌های امنیتی و حافظه‌های نهان اغلب چنین می‌کنند."),
        ViewerError::WordPress(WordPressError::RestClosed { url, status, .. }) => format!("رابط REST در {url} خاموش یا به روی خوانندگان بسته است (HTTP {status})."),
        ViewerError::WordPress(WordPressError::NotWordPress { url, .. }) => format!("{url} نه خوراک JSON Feed است و نه رابط REST وردپرس."),
        ViewerError::WordPress(WordPressError::Api { code, status, message, .. }) => format!("وردپرس با خطای {code} پاسخ داد (HTTP {status}): {message}"),
        ViewerError::WordPress(WordPressError::PagePastEnd { page }) => format!("صفحهٔ {page} از مطالب وجود ندارد."),
        ViewerError::WordPress(WordPressError::NotPosts { url, detail }) => format!("مطالب {url} خوانده نشد: {detail}"),
        ViewerError::WordPress(WordPressError::NoPosts { skipped }) => format!("وبگاه مطلب منتشرشدهٔ معتبری ندارد ({skipped} کنار گذاشته شد)."),
        ViewerError::ArticleNotFound { id } => format!("منبع مقاله‌ای با شناسهٔ «{id}» ندارد."),
        ViewerError::BodyUnreadable { .. } => {
            "نشانه‌گذاری این مقاله خوانده نشد و متن آن نمایش داده نشد؛ بقیهٔ صفحه مثل همیشه کار می‌کند.".to_owned()
        }
    }
    },
};
