//! The UI in Urdu.

use super::super::plural::{self, PluralCategory};
use super::Strings;
use crate::error::ViewerError;
use crate::jsonfeed::FeedError;
use crate::wordpress::WordPressError;

pub static URDU: Strings = Strings {
    lang: "ur",
    skip_to_article: "مضمون پر جائیں",
    reader_settings: "پڑھنے کی ترتیبات",
    smaller_text: "چھوٹا متن",
    larger_text: "بڑا متن",
    theme: "تھیم",
    theme_name: |theme| match theme {
        "light" => "روشن",
        "dark" => "گہرا",
        "sepia" => "کاغذی",
        _ => "خودکار",
    },
    narrow_column: "تنگ کالم",
    digits: "ہندسے",
    share: "شیئر کریں",
    link_copied: "مضمون کا لنک کاپی ہو گیا",
    share_failed: "لنک کاپی نہیں ہو سکا؛ اسے ایڈریس بار سے کاپی کریں",
    loading: "مضمون لوڈ ہو رہا ہے…",
    by: "از",
    list_separator: "، ",
    about_author: "مصنف کے بارے میں",
    related_posts: "متعلقہ تحریریں",
    read_more: "مزید پڑھیں",
    latest_posts: "تازہ ترین تحریریں",
    most_viewed: "سب سے زیادہ دیکھی گئیں",
    newer_posts: "نئی",
    older_posts: "پرانی",
    page_of: |page, pages| format!("صفحہ {page} از {pages}"),
    views: |n| match plural::urdu(n) {
        PluralCategory::One => format!("{n} ملاحظہ"),
        _ => format!("{n} ملاحظات"),
    },
    reading_time: |minutes| format!("{minutes} منٹ کی پڑھائی"),
    photo_post: "تصویر",
    untitled_post: "بلا عنوان تحریر",
    embedded_from: |site| format!("{site} سے شامل کردہ مواد"),
    open_on: |site| format!("{site} پر کھولیں"),
    audio: "آڈیو",
    video: "ویڈیو",
    download_media: "فائل ڈاؤن لوڈ کریں",
    storage_notice: "یہ براؤزر صفحے کو ملاحظات کی گنتی محفوظ کرنے نہیں دیتا، اس لیے یہ صرف اسی دورے کے لیے گنی جاتی ہیں۔",
    error_heading: "مضمون دکھایا نہیں جا سکا",
    error_retry: "دوبارہ کوشش کریں",
    error_home: "پہلے مضمون پر جائیں",
    error_title: |error| match error {
        ViewerError::Unreachable { .. } => "مضامین کے ماخذ تک رسائی نہیں ہو سکی",
        ViewerError::Http { status: 404, .. } => "مضامین کا ماخذ نہیں ملا",
        ViewerError::Http { .. } => "سرور نے خرابی لوٹائی",
        ViewerError::Timeout { .. } => "مضامین لوڈ ہونے میں بہت دیر لگی",
        ViewerError::TooLarge { .. } => "مضامین کا ماخذ اجازت سے بڑا ہے",
        ViewerError::FeedNotAllowed { .. } => "یہ ماخذ یہاں قابل اجازت نہیں",
        ViewerError::Feed(FeedError::NotJson { .. }) => "مضامین کا ماخذ خراب ہے",
        ViewerError::Feed(FeedError::NotJsonFeed { .. }) => "یہ فائل JSON Feed نہیں ہے",
        ViewerError::Feed(FeedError::WrongType { .. }) => "ماخذ کے ایک خانے کی قسم غلط ہے",
        ViewerError::Feed(FeedError::NoItems { .. }) => "ماخذ میں کوئی مضمون نہیں",
        ViewerError::WordPress(WordPressError::HtmlInsteadOfJson { .. }) => "سائٹ نے مضامین کے بجائے ویب صفحہ بھیجا",
        ViewerError::WordPress(WordPressError::RestClosed { .. }) => "یہ ورڈپریس سائٹ اپنے مضامین دستیاب نہیں کرتی",
        ViewerError::WordPress(WordPressError::NotWordPress { .. }) => "یہ پتہ نہ فیڈ ہے نہ ورڈپریس سائٹ",
        ViewerError::WordPress(WordPressError::Api { .. }) => "ورڈپریس سائٹ نے خرابی لوٹائی",
        ViewerError::WordPress(WordPressError::PagePastEnd { .. }) => "مزید مضامین نہیں ہیں",
        ViewerError::WordPress(WordPressError::NotPosts { .. }) => "سائٹ کے مضامین پڑھے نہ جا سکے",
        ViewerError::WordPress(WordPressError::NoPosts { .. }) => "سائٹ پر کوئی مضمون نہیں",
        ViewerError::ArticleNotFound { .. } => "مضمون نہیں ملا",
        ViewerError::BodyUnreadable { .. } => "مضمون کا متن دکھایا نہیں جا سکا",
    },
    error_detail: |error| match error {
        ViewerError::Unreachable { url, .. } => {
            format!("{url} سے کوئی جواب نہیں آیا۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں۔")
        }
        ViewerError::Http { url, status } => format!("سرور نے {url} کی درخواست کا جواب کوڈ {status} سے دیا۔"),
        ViewerError::Timeout { url, seconds } => {
            format!("{url} {seconds} سیکنڈ میں لوڈ نہیں ہو سکا۔")
        }
        ViewerError::TooLarge { url, limit } => format!("{url} کا حجم {limit} بائٹ سے زیادہ ہے۔"),
        ViewerError::FeedNotAllowed { url } => {
            format!("پتہ {url} نہ اس سائٹ کا ہے نہ ان ماخذوں میں سے جن کی اس کے منتظم نے اجازت دی ہے، اس لیے لوڈ نہیں کیا گیا۔")
        }
        ViewerError::Feed(FeedError::NotJson { detail }) => {
            format!("فائل JSON کے طور پر پڑھی نہیں جا سکی: {detail}")
        }
        ViewerError::Feed(FeedError::NotJsonFeed { found }) => match found {
            Some(version) => format!("version کی قدر {version} ہے، https://jsonfeed.org/version/1.1 نہیں۔"),
            None => "فائل میں JSON Feed کا version خانہ نہیں ہے۔".to_owned(),
        },
        ViewerError::Feed(FeedError::WrongType { field, detail }) => {
            format!("خانہ {field}: {detail}")
        }
        ViewerError::Feed(FeedError::NoItems { skipped: 0 }) => "items کی فہرست خالی ہے۔".to_owned(),
        ViewerError::Feed(FeedError::NoItems { skipped }) => {
            format!("تمام {skipped} مضامین ناقص تھے اور چھوڑ دیے گئے۔")
        }
        ViewerError::WordPress(WordPressError::HtmlInsteadOfJson { url }) => format!("{url} نے JSON کے بجائے HTML صفحہ بھیجا؛ حفاظتی پلگ اِن اور کیش اکثر ایسا کرتے ہیں۔"),
        ViewerError::WordPress(WordPressError::RestClosed { url, status, .. }) => format!("{url} پر REST API بند ہے یا قارئین کے لیے کھلا نہیں (HTTP {status})۔"),
        ViewerError::WordPress(WordPressError::NotWordPress { url, .. }) => format!("{url} نہ JSON Feed ہے نہ ورڈپریس کا REST API۔"),
        ViewerError::WordPress(WordPressError::Api { code, status, message, .. }) => format!("ورڈپریس نے خرابی {code} لوٹائی (HTTP {status}): {message}"),
        ViewerError::WordPress(WordPressError::PagePastEnd { page }) => format!("مضامین کا صفحہ {page} موجود نہیں۔"),
        ViewerError::WordPress(WordPressError::NotPosts { url, detail }) => format!("{url} سے مضامین پڑھے نہ جا سکے: {detail}"),
        ViewerError::WordPress(WordPressError::NoPosts { skipped }) => format!("سائٹ پر کوئی درست شائع شدہ مضمون نہیں ({skipped} چھوڑے گئے)۔"),
        ViewerError::ArticleNotFound { id } => format!("ماخذ میں «{id}» شناخت والا کوئی مضمون نہیں۔"),
        ViewerError::BodyUnreadable { .. } => {
            "اس مضمون کی مارک اپ پڑھی نہیں جا سکی، اس لیے اس کا متن نہیں دکھایا گیا؛ باقی صفحہ معمول کے مطابق کام کرتا ہے۔".to_owned()
        }
    },
};
