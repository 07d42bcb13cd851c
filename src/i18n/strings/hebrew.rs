//! The UI in Hebrew.

use super::super::plural::{self, PluralCategory};
use super::Strings;
use crate::error::ViewerError;
use crate::jsonfeed::FeedError;
use crate::wordpress::WordPressError;

pub static HEBREW: Strings = Strings {
    lang: "he",
    skip_to_article: "דילוג אל הכתבה",
    reader_settings: "הגדרות קריאה",
    smaller_text: "טקסט קטן יותר",
    larger_text: "טקסט גדול יותר",
    theme: "ערכת נושא",
    theme_name: |theme| match theme {
        "light" => "בהירה",
        "dark" => "כהה",
        "sepia" => "ספיה",
        _ => "אוטומטית",
    },
    narrow_column: "טור צר יותר",
    digits: "ספרות",
    share: "שיתוף",
    link_copied: "הקישור לכתבה הועתק",
    share_failed: "לא ניתן היה להעתיק את הקישור; העתיקו אותו משורת הכתובת",
    loading: "הכתבה נטענת…",
    by: "מאת",
    list_separator: ", ",
    about_author: "על הכותב",
    related_posts: "כתבות קשורות",
    read_more: "להמשך קריאה",
    latest_posts: "הכתבות האחרונות",
    most_viewed: "הנצפות ביותר",
    newer_posts: "חדשות יותר",
    older_posts: "ישנות יותר",
    page_of: |page, pages| format!("עמוד {page} מתוך {pages}"),
    views: |n| match plural::hebrew(n) {
        PluralCategory::One => "צפייה אחת".to_owned(),
        _ => format!("{n} צפיות"),
    },
    reading_time: |minutes| match plural::hebrew(u64::from(minutes)) {
        PluralCategory::One => "דקת קריאה אחת".to_owned(),
        _ => format!("{minutes} דקות קריאה"),
    },
    photo_post: "תמונה",
    untitled_post: "פוסט ללא כותרת",
    embedded_from: |site| format!("תוכן מוטמע מ־{site}"),
    open_on: |site| format!("פתיחה ב־{site}"),
    audio: "שמע",
    video: "וידאו",
    download_media: "הורדת הקובץ",
    storage_notice:
        "הדפדפן הזה אינו מאפשר לדף לשמור את מספר הצפיות, ולכן הן נספרות לביקור הזה בלבד.",
    error_heading: "לא ניתן היה להציג את הכתבה",
    error_retry: "ניסיון חוזר",
    error_home: "מעבר לכתבה הראשונה",
    error_title: |error| match error {
        ViewerError::Unreachable { .. } => "לא ניתן היה להגיע למקור הכתבות",
        ViewerError::Http { status: 404, .. } => "מקור הכתבות לא נמצא",
        ViewerError::Http { .. } => "השרת החזיר שגיאה",
        ViewerError::Timeout { .. } => "טעינת הכתבות ארכה זמן רב מדי",
        ViewerError::TooLarge { .. } => "מקור הכתבות גדול מהמותר",
        ViewerError::FeedNotAllowed { .. } => "מקור הכתבות הזה אינו מורשה כאן",
        ViewerError::Feed(FeedError::NotJson { .. }) => "מקור הכתבות פגום",
        ViewerError::Feed(FeedError::NotJsonFeed { .. }) => "הקובץ הזה אינו JSON Feed",
        ViewerError::Feed(FeedError::WrongType { .. }) => "באחד השדות של המקור יש סוג שגוי",
        ViewerError::Feed(FeedError::NoItems { .. }) => "אין כתבות במקור",
        ViewerError::WordPress(WordPressError::HtmlInsteadOfJson { .. }) => {
            "האתר החזיר דף אינטרנט במקום כתבות"
        }
        ViewerError::WordPress(WordPressError::RestClosed { .. }) => {
            "אתר וורדפרס זה אינו משתף את הכתבות שלו"
        }
        ViewerError::WordPress(WordPressError::NotWordPress { .. }) => {
            "כתובת זו אינה פיד ואינה אתר וורדפרס"
        }
        ViewerError::WordPress(WordPressError::Api { .. }) => "אתר הוורדפרס החזיר שגיאה",
        ViewerError::WordPress(WordPressError::PagePastEnd { .. }) => "אין כתבות נוספות",
        ViewerError::WordPress(WordPressError::NotPosts { .. }) => {
            "לא ניתן היה לקרוא את כתבות האתר"
        }
        ViewerError::WordPress(WordPressError::NoPosts { .. }) => "אין באתר כתבות",
        ViewerError::ArticleNotFound { .. } => "הכתבה לא נמצאה",
        ViewerError::BodyUnreadable { .. } => "לא ניתן היה להציג את טקסט הכתבה",
    },
    error_detail: |error| match error {
        ViewerError::Unreachable { url, .. } => {
            format!("לא התקבלה תשובה מ־{url}. בדקו את החיבור לאינטרנט ונסו שוב.")
        }
        ViewerError::Http { url, status } => format!("השרת השיב לבקשה {url} בקוד {status}."),
        ViewerError::Timeout { url, seconds } => {
            format!("הטעינה של {url} לא הסתיימה בתוך {seconds} שניות.")
        }
        ViewerError::TooLarge { url, limit } => format!("הגודל של {url} עולה על {limit} בתים."),
        ViewerError::FeedNotAllowed { url } => {
            format!("הכתובת {url} אינה מהאתר הזה ואינה מהמקורות שמפעיל האתר התיר, ולכן לא נטענה.")
        }
        ViewerError::Feed(FeedError::NotJson { detail }) => {
            format!("לא ניתן היה לקרוא את הקובץ כ־JSON: {detail}")
        }
        ViewerError::Feed(FeedError::NotJsonFeed { found }) => match found {
            Some(version) => {
                format!("הערך של version הוא {version} ולא https://jsonfeed.org/version/1.1.")
            }
            None => "בקובץ אין את השדה version של JSON Feed.".to_owned(),
        },
        ViewerError::Feed(FeedError::WrongType { field, detail }) => {
            format!("השדה {field}: {detail}")
        }
        ViewerError::Feed(FeedError::NoItems { skipped: 0 }) => "רשימת items ריקה.".to_owned(),
        ViewerError::Feed(FeedError::NoItems { skipped }) => {
            format!("כל {skipped} הכתבות היו פגומות ודולגו.")
        }
        ViewerError::WordPress(WordPressError::HtmlInsteadOfJson { url }) => format!(
            "{url} החזיר דף HTML במקום נתוני JSON; תוספי אבטחה ומטמונים עושים זאת לעתים קרובות."
        ),
        ViewerError::WordPress(WordPressError::RestClosed { url, status, .. }) => {
            format!("ממשק ה־REST ב־{url} כבוי או סגור בפני קוראים (HTTP {status}).")
        }
        ViewerError::WordPress(WordPressError::NotWordPress { url, .. }) => {
            format!("{url} אינו פיד JSON Feed ואינו ממשק REST של וורדפרס.")
        }
        ViewerError::WordPress(WordPressError::Api {
            code,
            status,
            message,
            ..
        }) => format!("וורדפרס השיב בשגיאה {code} (HTTP {status}): {message}"),
        ViewerError::WordPress(WordPressError::PagePastEnd { page }) => {
            format!("אין עמוד {page} של כתבות.")
        }
        ViewerError::WordPress(WordPressError::NotPosts { url, detail }) => {
            format!("לא ניתן היה לקרוא את הכתבות מ־{url}: {detail}")
        }
        ViewerError::WordPress(WordPressError::NoPosts { skipped }) => {
            format!("אין באתר כתבות שפורסמו ותקינות ({skipped} דולגו).")
        }
        ViewerError::ArticleNotFound { id } => format!("אין במקור כתבה שהמזהה שלה „{id}”."),
        ViewerError::BodyUnreadable { .. } => {
            "לא ניתן היה לקרוא את הסימון של הכתבה ולכן הטקסט שלה לא הוצג; שאר הדף פועל כרגיל."
                .to_owned()
        }
    },
};
