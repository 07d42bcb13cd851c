//! One stylesheet for the built pages instead of Trunk's one file per
//! `style/*.css`.
//!
//! The sources stay one file per part of the page (each component's rules
//! beside its name); the browser gets them as one file. Ten stylesheets are
//! ten requests before the first paint: over HTTP/1.1 a browser opens six
//! connections to a host, so the last four waited for a second round trip
//! (some 150 ms under Lighthouse's mobile throttling, README "Benchmark"),
//! and the feed's request queued behind them. Over HTTP/2 they share one
//! round trip, and one brotli stream over all the rules is still smaller than
//! ten. Stylesheets linked in order apply exactly as their concatenation in
//! that order does, as long as none holds a rule that must come first in its
//! file (`@import`, `@charset`, `@namespace`): those are refused.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::dist::{integrity, read, short_hash, write};

/// The start of each stylesheet link Trunk writes.
const LINK: &str = "<link rel=\"stylesheet\" href=\"./";

/// The files of the `<link rel="stylesheet">` tags Trunk wrote into `html`, in order.
pub fn linked_stylesheets(html: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(LINK) {
        rest = &rest[at + LINK.len()..];
        if let Some(end) = rest.find('"') {
            names.push(rest[..end].to_owned());
        }
    }
    names
}

/// The stylesheets `parts` (name, rules) as one, in their order; an error
/// names a part whose rules would change meaning away from a file's start.
fn concatenate(parts: &[(String, String)]) -> Result<String, String> {
    let mut css = String::new();
    for (name, rules) in parts {
        for first_only in ["@import", "@charset", "@namespace"] {
            if rules.contains(first_only) {
                return Err(format!(
                    "{name} holds {first_only}, which applies only at the start of a file: \
it cannot be joined with the other stylesheets"
                ));
            }
        }
        css.push_str(rules.trim_end());
        css.push('\n');
    }
    Ok(css)
}

/// Joins the stylesheets `dist/index.html` links into `dist/styles-<hash>.css`,
/// linked with its integrity where the first of them was, and removes theirs.
/// Returns the new file's name and how many it replaced.
pub fn bundle(dist: &Path) -> Result<(String, usize), String> {
    let html = read(dist, "index.html")?;
    let names = linked_stylesheets(&html);
    if names.is_empty() {
        return Err("dist/index.html links no stylesheet: has Trunk's output changed?".into());
    }
    let parts = names
        .iter()
        .map(|name| Ok((name.clone(), read(dist, name)?)))
        .collect::<Result<Vec<_>, String>>()?;
    let css = concatenate(&parts)?;
    let file_name = format!("styles-{}.css", short_hash(Sha256::digest(css.as_bytes())));
    let integrity = integrity(&css);
    write(dist, &file_name, &css)?;
    let mut first = true;
    let rewritten = crate::dist::rewrite_link_tags(&html, |tag| {
        if !tag.starts_with(LINK) {
            return Some(tag.to_owned());
        }
        // The one link takes the first's place: the rules still come before
        // everything the later links stood before.
        std::mem::take(&mut first)
            .then(|| format!("{LINK}{file_name}\" integrity=\"{integrity}\"/"))
    });
    write(dist, "index.html", rewritten)?;
    for name in &names {
        std::fs::remove_file(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"))?;
    }
    Ok((file_name, names.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use sha2::Sha384;

    #[test]
    fn finds_the_stylesheet_links_in_order() {
        let html = "<link rel=\"stylesheet\" href=\"./base-1.css\" integrity=\"x\"/>\n<link rel=\"icon\" href=\"./i.svg\">\n<link rel=\"stylesheet\" href=\"./layout-2.css\"/>";
        assert_eq!(linked_stylesheets(html), ["base-1.css", "layout-2.css"]);
    }

    #[test]
    fn a_rule_that_must_start_a_file_is_refused() {
        let parts = [
            ("a.css".to_owned(), "p{color:red}".to_owned()),
            ("b.css".to_owned(), "@import url(c.css);".to_owned()),
        ];
        let error = concatenate(&parts).unwrap_err();
        assert!(error.starts_with("b.css holds @import"), "{error}");
    }

    #[test]
    fn the_links_become_one_file_in_their_order_with_its_integrity() {
        let dir = std::env::temp_dir().join(format!("xtask-styles-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("base-1.css"), "p{margin:0}\n\n").unwrap();
        std::fs::write(dir.join("print-2.css"), "@media print{p{color:#000}}").unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<head><script>guard</script>\n<link rel=\"stylesheet\" href=\"./base-1.css\" integrity=\"sha384-a\"/>\n\
<link rel=\"stylesheet\" href=\"./print-2.css\" integrity=\"sha384-b\"/>\n<link rel=\"icon\" href=\"./i.svg\"/>\n</head>",
        )
        .unwrap();
        let (name, replaced) = bundle(&dir).unwrap();
        assert_eq!(replaced, 2);
        let css = std::fs::read_to_string(dir.join(&name)).unwrap();
        assert_eq!(css, "p{margin:0}\n@media print{p{color:#000}}\n");
        assert_eq!(
            name,
            format!("styles-{}.css", short_hash(Sha256::digest(css.as_bytes())))
        );
        let html = std::fs::read_to_string(dir.join("index.html")).unwrap();
        let integrity = base64::engine::general_purpose::STANDARD.encode(Sha384::digest(&css));
        assert_eq!(
            html,
            format!(
                "<head><script>guard</script>\n<link rel=\"stylesheet\" href=\"./{name}\" integrity=\"sha384-{integrity}\"/>\n\
\n<link rel=\"icon\" href=\"./i.svg\"/>\n</head>"
            )
        );
        assert!(!dir.join("base-1.css").exists() && !dir.join("print-2.css").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
