//! Every string the viewer shows, in each UI language, in one place.
//!
//! Translators edit the two tables below; [`Locale::of_language`] picks one
//! from the article's `language`. Anything not Arabic gets English.

use super::plural::{self, PluralCategory};
use crate::error::ViewerError;
use crate::feed::FeedError;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    Arabic,
    English,
}

impl Locale {
    /// The UI language for a BCP 47 tag.
    pub fn of_language(tag: &str) -> Self {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("ar") {
            Locale::Arabic
        } else {
            Locale::English
        }
    }

    /// The strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Locale::Arabic => &ARABIC,
            Locale::English => &ENGLISH,
        }
    }
}

/// The UI's words in one language.
pub struct Strings {
    pub lang: &'static str,
    pub skip_to_article: &'static str,
    pub reader_settings: &'static str,
    pub smaller_text: &'static str,
    pub larger_text: &'static str,
    pub theme: &'static str,
    pub theme_name: fn(&str) -> &'static str,
    pub narrow_column: &'static str,
    pub digits: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    pub share_failed: &'static str,
    pub loading: &'static str,
    pub by: &'static str,
    pub about_author: &'static str,
    pub related_posts: &'static str,
    pub read_more: &'static str,
    pub latest_posts: &'static str,
    pub most_viewed: &'static str,
    pub newer_posts: &'static str,
    pub older_posts: &'static str,
    pub page_of: fn(usize, usize) -> String,
    pub views: fn(u64) -> String,
    pub reading_time: fn(u32) -> String,
    pub storage_notice: &'static str,
    pub error_heading: &'static str,
    pub error_retry: &'static str,
    pub error_home: &'static str,
    pub error_title: fn(&ViewerError) -> &'static str,
    pub error_detail: fn(&ViewerError) -> String,
}

pub static ARABIC: Strings = Strings {
    lang: "ar",
    skip_to_article: "انتقل إلى المقال",
    reader_settings: "إعدادات القراءة",
    smaller_text: "تصغير النص",
    larger_text: "تكبير النص",
    theme: "المظهر",
    theme_name: |theme| match theme {
        "light" => "فاتح",
        "dark" => "داكن",
        "sepia" => "بني فاتح",
        _ => "تلقائي",
    },
    narrow_column: "عمود أضيق",
    digits: "الأرقام",
    share: "مشاركة",
    link_copied: "نُسخ رابط المقال",
    share_failed: "تعذّر نسخ الرابط؛ انسخه من شريط العنوان",
    loading: "جارٍ تحميل المقال…",
    by: "بقلم",
    about_author: "عن الكاتب",
    related_posts: "مقالات ذات صلة",
    read_more: "اقرأ المزيد",
    latest_posts: "أحدث المقالات",
    most_viewed: "الأكثر مشاهدة",
    newer_posts: "الأحدث",
    older_posts: "الأقدم",
    page_of: |page, pages| format!("صفحة {page} من {pages}"),
    views: |n| match plural::arabic(n) {
        PluralCategory::Zero => "لا مشاهدات".to_owned(),
        PluralCategory::One => "مشاهدة واحدة".to_owned(),
        PluralCategory::Two => "مشاهدتان".to_owned(),
        PluralCategory::Few => format!("{n} مشاهدات"),
        PluralCategory::Many | PluralCategory::Other => format!("{n} مشاهدة"),
    },
    reading_time: |minutes| match plural::arabic(u64::from(minutes)) {
        PluralCategory::Zero | PluralCategory::One => "قراءة في دقيقة واحدة".to_owned(),
        PluralCategory::Two => "قراءة في دقيقتين".to_owned(),
        PluralCategory::Few => format!("قراءة في {minutes} دقائق"),
        PluralCategory::Many | PluralCategory::Other => format!("قراءة في {minutes} دقيقة"),
    },
    storage_notice: "تعذّر حفظ عدد المشاهدات في هذا المتصفح، لذا يُحسب لهذه الزيارة فقط.",
    error_heading: "تعذّر عرض المقال",
    error_retry: "إعادة المحاولة",
    error_home: "العودة إلى أول مقال",
    error_title: |error| match error {
        ViewerError::Unreachable { .. } => "تعذّر الاتصال بمصدر المقالات",
        ViewerError::Http { status: 404, .. } => "مصدر المقالات غير موجود",
        ViewerError::Http { .. } => "أعاد الخادم خطأً",
        ViewerError::Timeout { .. } => "انتهت مهلة تحميل المقالات",
        ViewerError::TooLarge { .. } => "مصدر المقالات أكبر من الحد المسموح",
        ViewerError::FeedNotAllowed { .. } => "مصدر المقالات غير مسموح به",
        ViewerError::Feed(FeedError::NotJson { .. }) => "مصدر المقالات تالف",
        ViewerError::Feed(FeedError::NotJsonFeed { .. }) => "هذا الملف ليس موجز JSON Feed",
        ViewerError::Feed(FeedError::WrongType { .. }) => "مصدر المقالات يحوي حقلًا بنوع خاطئ",
        ViewerError::Feed(FeedError::NoItems { .. }) => "لا توجد مقالات في المصدر",
        ViewerError::ArticleNotFound { .. } => "المقال غير موجود",
        ViewerError::BodyUnreadable { .. } => "تعذّر عرض نص المقال",
    },
    error_detail: |error| match error {
        ViewerError::Unreachable { url, .. } => {
            format!("لم يصل أي رد من {url}. تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.")
        }
        ViewerError::Http { url, status } => format!("أجاب الخادم على طلب {url} بالرمز {status}."),
        ViewerError::Timeout { url, seconds } => {
            format!("لم يكتمل تحميل {url} خلال {seconds} ثانية.")
        }
        ViewerError::TooLarge { url, limit } => format!("حجم {url} يتجاوز {limit} بايت."),
        ViewerError::FeedNotAllowed { url } => {
            format!("العنوان {url} ليس من هذا الموقع ولا من المصادر التي أذن بها مشغّله، فلم يُحمَّل.")
        }
        ViewerError::Feed(FeedError::NotJson { detail }) => {
            format!("تعذّرت قراءة الملف بصيغة JSON: {detail}")
        }
        ViewerError::Feed(FeedError::NotJsonFeed { found }) => match found {
            Some(version) => {
                format!("قيمة version هي {version} وليست https://jsonfeed.org/version/1.1.")
            }
            None => "لا يحوي الملف الحقل version الخاص بـ JSON Feed.".to_owned(),
        },
        ViewerError::Feed(FeedError::WrongType { field, detail }) => {
            format!("الحقل {field}: {detail}")
        }
        ViewerError::Feed(FeedError::NoItems { skipped: 0 }) => "قائمة items فارغة.".to_owned(),
        ViewerError::Feed(FeedError::NoItems { skipped }) => {
            format!("تُجوهلت كل المقالات ({skipped}) لأنها غير صالحة.")
        }
        ViewerError::ArticleNotFound { id } => format!("لا يحوي المصدر مقالًا معرّفه «{id}»."),
        ViewerError::BodyUnreadable { .. } => {
            "تعذّرت قراءة ترميز هذا المقال فلم يُعرض نصه؛ بقية الصفحة تعمل كالمعتاد.".to_owned()
        }
    },
};

pub static ENGLISH: Strings = Strings {
    lang: "en",
    skip_to_article: "Skip to the article",
    reader_settings: "Reading settings",
    smaller_text: "Smaller text",
    larger_text: "Larger text",
    theme: "Theme",
    theme_name: |theme| match theme {
        "light" => "Light",
        "dark" => "Dark",
        "sepia" => "Sepia",
        _ => "Automatic",
    },
    narrow_column: "Narrower column",
    digits: "Digits",
    share: "Share",
    link_copied: "Link copied",
    share_failed: "Could not copy the link; copy it from the address bar",
    loading: "Loading the article…",
    by: "By",
    about_author: "About the author",
    related_posts: "Related posts",
    read_more: "Read more",
    latest_posts: "Latest posts",
    most_viewed: "Most viewed",
    newer_posts: "Newer",
    older_posts: "Older",
    page_of: |page, pages| format!("Page {page} of {pages}"),
    views: |n| match plural::english(n) {
        PluralCategory::One => "1 view".to_owned(),
        _ => format!("{n} views"),
    },
    reading_time: |minutes| format!("{minutes} min read"),
    storage_notice:
        "This browser does not let the page save view counts, so they count for this visit only.",
    error_heading: "The article could not be shown",
    error_retry: "Try again",
    error_home: "Go to the first article",
    error_title: |error| match error {
        ViewerError::Unreachable { .. } => "The feed could not be reached",
        ViewerError::Http { status: 404, .. } => "The feed was not found",
        ViewerError::Http { .. } => "The server returned an error",
        ViewerError::Timeout { .. } => "The feed took too long to load",
        ViewerError::TooLarge { .. } => "The feed is too large",
        ViewerError::FeedNotAllowed { .. } => "This feed is not allowed here",
        ViewerError::Feed(FeedError::NotJson { .. }) => "The feed is damaged",
        ViewerError::Feed(FeedError::NotJsonFeed { .. }) => "This is not a JSON Feed",
        ViewerError::Feed(FeedError::WrongType { .. }) => "The feed has a field of the wrong type",
        ViewerError::Feed(FeedError::NoItems { .. }) => "The feed has no articles",
        ViewerError::ArticleNotFound { .. } => "Article not found",
        ViewerError::BodyUnreadable { .. } => "The article's text could not be shown",
    },
    error_detail: |error| match error {
        ViewerError::Feed(FeedError::NoItems { skipped: 0 }) => {
            "Its items list is empty.".to_owned()
        }
        ViewerError::Feed(FeedError::NoItems { skipped }) => {
            format!("All {skipped} of its items were invalid and skipped.")
        }
        ViewerError::ArticleNotFound { id } => {
            format!("The feed has no article with the id “{id}”.")
        }
        other => {
            let mut text = other.to_string();
            if let Some(first) = text.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            text.push('.');
            text
        }
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_follows_primary_subtag() {
        assert_eq!(Locale::of_language("ar-EG"), Locale::Arabic);
        assert_eq!(Locale::of_language("AR"), Locale::Arabic);
        assert_eq!(Locale::of_language("en-GB"), Locale::English);
        assert_eq!(Locale::of_language("fa"), Locale::English);
    }

    #[test]
    fn arabic_view_counts_use_all_six_forms() {
        let views = ARABIC.views;
        assert_eq!(views(0), "لا مشاهدات");
        assert_eq!(views(1), "مشاهدة واحدة");
        assert_eq!(views(2), "مشاهدتان");
        assert_eq!(views(3), "3 مشاهدات");
        assert_eq!(views(11), "11 مشاهدة");
        assert_eq!(views(100), "100 مشاهدة");
    }

    #[test]
    fn arabic_reading_time_agrees_with_the_number() {
        let reading = ARABIC.reading_time;
        assert_eq!(reading(1), "قراءة في دقيقة واحدة");
        assert_eq!(reading(2), "قراءة في دقيقتين");
        assert_eq!(reading(3), "قراءة في 3 دقائق");
        assert_eq!(reading(11), "قراءة في 11 دقيقة");
        assert_eq!(reading(100), "قراءة في 100 دقيقة");
        assert_eq!((ENGLISH.reading_time)(4), "4 min read");
    }

    #[test]
    fn english_view_counts() {
        assert_eq!((ENGLISH.views)(1), "1 view");
        assert_eq!((ENGLISH.views)(0), "0 views");
        assert_eq!((ENGLISH.views)(21), "21 views");
    }

    #[test]
    fn every_error_has_a_specific_title_in_both_languages() {
        let errors = [
            ViewerError::Unreachable {
                url: "u".into(),
                reason: "r".into(),
            },
            ViewerError::Http {
                url: "u".into(),
                status: 404,
            },
            ViewerError::Http {
                url: "u".into(),
                status: 500,
            },
            ViewerError::Timeout {
                url: "u".into(),
                seconds: 5,
            },
            ViewerError::TooLarge {
                url: "u".into(),
                limit: 1,
            },
            ViewerError::FeedNotAllowed { url: "u".into() },
            FeedError::NotJson { detail: "d".into() }.into(),
            FeedError::NotJsonFeed { found: None }.into(),
            FeedError::WrongType {
                field: "items",
                detail: "d".into(),
            }
            .into(),
            FeedError::NoItems { skipped: 0 }.into(),
            ViewerError::ArticleNotFound { id: "x".into() },
            ViewerError::BodyUnreadable {
                id: "x".into(),
                reason: "r".into(),
            },
        ];
        for strings in [&ARABIC, &ENGLISH] {
            let titles: std::collections::HashSet<_> =
                errors.iter().map(strings.error_title).collect();
            assert_eq!(
                titles.len(),
                errors.len(),
                "{} titles must differ",
                strings.lang
            );
            for error in &errors {
                assert!(!(strings.error_detail)(error).is_empty());
            }
        }
        assert_eq!(
            (ENGLISH.error_detail)(&ViewerError::Http {
                url: "feed.json".into(),
                status: 500
            }),
            "The feed at feed.json answered HTTP 500."
        );
    }
}
