//! The project's task runner: installs what a fresh machine lacks, then
//! serves, builds or tests the viewer.
//!
//! ```text
//! cargo xtask setup   install every pinned tool that is missing
//! cargo xtask serve   setup, then serve the demo on http://127.0.0.1:8080/
//! cargo xtask build   setup, then build the release dist/
//!                     [--source URL: the feed or WordPress REST root to load and write pages from]
//!                     [--dist DIR: build there instead of dist/]
//!                     [--stable: the wasm from the stable toolchain, panic messages kept]
//! cargo xtask test    setup, then host tests, in-browser tests, release build, e2e tests
//! cargo xtask bench   setup, release build, then measure it against a static copy
//! ```
//!
//! Every tool comes from a package registry at a pinned version (crates.io,
//! npm, Debian), never from a release download: Trunk runs `--offline`, so a
//! missing tool is an error instead of a fetch.

mod dist;
mod embed;
mod offline;
mod setup;
mod stylesheets;
mod tasks;
mod tools;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::run().map(|_| ()),
        Some("serve") => setup::run().and_then(|env| tasks::serve(&env)),
        Some("build") => tasks::BuildOptions::parse(&args[1..])
            .and_then(|options| setup::run().and_then(|env| tasks::build(&env, &options))),
        Some("test") => setup::run().and_then(|env| tasks::test(&env)),
        Some("bench") => setup::run().and_then(|env| tasks::bench(&env)),
        _ => {
            eprintln!("usage: cargo xtask <setup|serve|build|test|bench>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error}");
            ExitCode::FAILURE
        }
    }
}
