//! Which article an address shows: the pure rule, and the report a page
//! makes once an opening is settled (the full page completes its takeover
//! on it; a widget tells its host).

use leptos::prelude::*;

use crate::error::ViewerError;
use crate::model::Feed;

/// The position of the article an address names; the first article when it names none.
pub fn resolve(feed: &Feed, article: Option<String>) -> Result<usize, ViewerError> {
    match article {
        None => Ok(0),
        Some(id) => feed
            .position(&id)
            .ok_or(ViewerError::ArticleNotFound { id }),
    }
}

/// What the page shows for the current address.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// The article at this position of the feed.
    Article(usize),
    /// An article not loaded, being fetched on its own.
    Fetching(String),
    /// Nothing: why.
    Missing(ViewerError),
}

/// Called once per opening when it is settled: the article's id and label,
/// or the error shown instead.
#[derive(Clone, Copy)]
pub struct ShownReport(pub Callback<Result<(String, String), ViewerError>>);

impl ShownReport {
    /// Makes `report` the one pages under this owner call.
    pub fn provide(report: impl Fn(Result<(String, String), ViewerError>) + Send + Sync + 'static) {
        provide_context(Self(Callback::new(report)));
    }

    /// Reports `outcome` to whoever asked, if anyone did.
    pub fn report(outcome: Result<(String, String), ViewerError>) {
        if let Some(Self(report)) = use_context::<Self>() {
            report.run(outcome);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Item;

    #[test]
    fn no_article_is_the_first_and_an_unknown_one_is_named() {
        let feed = Feed {
            items: vec![
                Item {
                    id: "a".into(),
                    ..Item::default()
                },
                Item {
                    id: "b".into(),
                    ..Item::default()
                },
            ],
            ..Feed::default()
        };
        assert_eq!(resolve(&feed, None), Ok(0));
        assert_eq!(resolve(&feed, Some("b".into())), Ok(1));
        assert_eq!(
            resolve(&feed, Some("c".into())),
            Err(ViewerError::ArticleNotFound { id: "c".into() })
        );
    }
}
