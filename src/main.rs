//! The page entry point: mounts the viewer on `<body>`. All else is in the library.

fn main() {
    article_viewer::mount_page();
}
