//! The page entry point: mounts the viewer on `<body>`, unless `embed.js`
//! loaded this wasm for `<article-viewer>` elements. All else is in the library.

fn main() {
    if !article_viewer::embedding::widget::loaded_by_embed_script() {
        article_viewer::mount_page();
    }
}
