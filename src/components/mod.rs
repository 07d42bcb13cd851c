//! The page's parts, one file each; styles are in `style/<name>.css`.

pub mod article;
pub mod article_body;
pub mod attachments;
pub mod author_box;
pub mod bidi_text;
pub mod byline;
pub mod error_panel;
pub mod feed_view;
pub mod loading;
pub mod most_viewed;
pub mod page;
pub mod post_entry;
pub mod post_link;
pub mod reader_controls;
pub mod related;
pub mod share_button;
pub mod sidebar;
pub mod view_count;

pub use article::ArticleView;
pub use article_body::ArticleBody;
pub use attachments::Attachments;
pub use author_box::AuthorBox;
pub use bidi_text::BidiText;
pub use byline::Byline;
pub use error_panel::ErrorPanel;
pub use feed_view::FeedView;
pub use loading::Loading;
pub use most_viewed::MostViewed;
pub use page::Page;
pub use post_link::PostLink;
pub use reader_controls::ReaderControls;
pub use related::RelatedPosts;
pub use share_button::ShareButton;
pub use sidebar::Sidebar;
pub use view_count::ViewCount;
