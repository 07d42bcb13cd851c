//! The UI in Arabic.

use super::super::plural::{self, PluralCategory};
use super::Strings;
use crate::error::ViewerError;
use crate::jsonfeed::FeedError;
use crate::wordpress::WordPressError;

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
    list_separator: "، ",
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
    photo_post: "صورة",
    untitled_post: "منشور بلا عنوان",
    embedded_from: |site| format!("محتوى مضمَّن من {site}"),
    open_on: |site| format!("افتحه على {site}"),
    audio: "تسجيل صوتي",
    video: "فيديو",
    download_media: "تنزيل الملف",
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
        ViewerError::WordPress(WordPressError::HtmlInsteadOfJson { .. }) => {
            "أجاب الموقع بصفحة ويب بدل المقالات"
        }
        ViewerError::WordPress(WordPressError::RestClosed { .. }) => {
            "موقع ووردبريس هذا لا يتيح مقالاته"
        }
        ViewerError::WordPress(WordPressError::NotWordPress { .. }) => {
            "هذا العنوان ليس موجزًا ولا موقع ووردبريس"
        }
        ViewerError::WordPress(WordPressError::Api { .. }) => "أعاد موقع ووردبريس خطأً",
        ViewerError::WordPress(WordPressError::PagePastEnd { .. }) => "لا مزيد من المقالات",
        ViewerError::WordPress(WordPressError::NotPosts { .. }) => "تعذّرت قراءة مقالات الموقع",
        ViewerError::WordPress(WordPressError::NoPosts { .. }) => "لا توجد مقالات في الموقع",
        ViewerError::ArticleNotFound { .. } => "المقال غير موجود",
        ViewerError::BodyUnreadable { .. } => "تعذّر عرض نص المقال",
    },
    error_detail: |error| {
        match error {
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
        ViewerError::WordPress(WordPressError::HtmlInsteadOfJson { url }) => format!("أجاب {url} بصفحة HTML بدل بيانات JSON، وكثيرًا ما تفعل ذلك إضافات الحماية والذاكرة المؤقتة."),
        ViewerError::WordPress(WordPressError::RestClosed { url, status, .. }) => format!("واجهة REST في {url} معطّلة أو مغلقة أمام القرّاء (HTTP {status})."),
        ViewerError::WordPress(WordPressError::NotWordPress { url, .. }) => format!("{url} ليس موجز JSON Feed ولا واجهة REST لووردبريس."),
        ViewerError::WordPress(WordPressError::Api { code, status, message, .. }) => format!("أجاب ووردبريس بالخطأ {code} (HTTP {status}): {message}"),
        ViewerError::WordPress(WordPressError::PagePastEnd { page }) => format!("لا توجد صفحة {page} من المقالات."),
        ViewerError::WordPress(WordPressError::NotPosts { url, detail }) => format!("تعذّرت قراءة المقالات من {url}: {detail}"),
        ViewerError::WordPress(WordPressError::NoPosts { skipped }) => format!("لا توجد في الموقع مقالات منشورة صالحة (تُجوهل {skipped})."),
        ViewerError::ArticleNotFound { id } => format!("لا يحوي المصدر مقالًا معرّفه «{id}»."),
        ViewerError::BodyUnreadable { .. } => {
            "تعذّرت قراءة ترميز هذا المقال فلم يُعرض نصه؛ بقية الصفحة تعمل كالمعتاد.".to_owned()
        }
    }
    },
};
