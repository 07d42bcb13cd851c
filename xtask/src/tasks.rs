//! The tasks: serve, build and test.

use crate::dist;
use crate::embed;
use crate::offline;
use crate::setup;
use crate::stylesheets;
use crate::tools::Env;

/// Serves the demo with live rebuilds on http://127.0.0.1:8080/.
pub fn serve(env: &Env) -> Result<(), String> {
    let mut trunk = env.command("trunk", ".");
    trunk.args([
        "serve",
        "--offline",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
    ]);
    env.run(trunk)
}

/// What `cargo xtask build` is asked for.
#[derive(Debug, Default)]
pub struct BuildOptions {
    /// The source the built page loads and its pages are written from (a
    /// JSON Feed or a WordPress REST root); the demo feed when not given.
    pub source: Option<String>,
    /// Where to build; `dist/` when not given.
    pub dist: Option<std::path::PathBuf>,
    /// Build the wasm with the stable toolchain (panic messages kept, 7%
    /// more wasm) instead of [`setup::RELEASE_NIGHTLY`].
    pub stable: bool,
}

impl BuildOptions {
    /// Reads `--source URL`, `--dist DIR` and `--stable`.
    pub fn parse(args: &[String]) -> Result<Self, String> {
        let mut options = Self::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = || args.next().cloned().ok_or(format!("{arg} needs a value"));
            match arg.as_str() {
                "--source" => options.source = Some(value()?),
                "--dist" => options.dist = Some(value()?.into()),
                "--stable" => options.stable = true,
                other => {
                    return Err(format!(
                        "build: unknown option {other} (--source URL, --dist DIR, --stable)"
                    ))
                }
            }
        }
        Ok(options)
    }
}

/// Builds the release `dist/`, ready for a strict Content-Security-Policy.
pub fn build(env: &Env, options: &BuildOptions) -> Result<(), String> {
    let dist = match &options.dist {
        Some(dir) if dir.is_absolute() => dir.clone(),
        Some(dir) => std::env::current_dir()
            .map_err(|e| e.to_string())?
            .join(dir),
        None => env.root.join("dist"),
    };
    let connect = match &options.source {
        Some(url) => {
            let origin = dist::origin_of(url)?;
            vec![origin]
        }
        None => Vec::new(),
    };
    let mut trunk = env.command("trunk", ".");
    trunk.args(["build", "--release", "--offline", "--dist"]);
    trunk.arg(&dist);
    if !options.stable {
        // Cargo's unstable settings as environment variables, so Trunk's own
        // `cargo build` takes them; a target folder of its own, so the stable
        // builds beside it are not invalidated each time.
        trunk
            .env("RUSTUP_TOOLCHAIN", setup::RELEASE_NIGHTLY)
            .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
            .env("CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT", "true")
            .env("CARGO_PROFILE_RELEASE_PANIC", "immediate-abort")
            .env("CARGO_TARGET_DIR", env.root.join("target/release-nightly"));
    }
    env.run(trunk)?;
    let loader = dist::externalize_loader(&dist)?;
    eprintln!(
        "xtask: moved the wasm loader to {}/{loader}",
        dist.display()
    );
    let (styles, joined) = stylesheets::bundle(&dist)?;
    eprintln!("xtask: joined {joined} stylesheets into {styles}");
    dist::cors_enable_integrity_links(&dist)?;
    if let Some(url) = &options.source {
        dist::set_source(&dist, url)?;
        eprintln!("xtask: the page loads {url}");
    }
    // After the source is set: embed.js shows the pages written from it.
    let (script, stylesheet) = embed::write_widget(&dist)?;
    eprintln!("xtask: the <article-viewer> element: {script} with {stylesheet}");
    offline::name_the_worker(&dist)?;
    // Each article written into static HTML by the app itself, in Chromium.
    let mut prerender = env.command("node", "xtask/npm");
    prerender
        .arg("prerender.mjs")
        .arg(&dist)
        .arg("../prerender/guard.js");
    env.run(prerender)?;
    let (build, files) = offline::write_service_worker(&dist)?;
    eprintln!("xtask: the service worker precaches {files} files of build {build}");
    let own = dist::site_origin(&dist)?;
    dist::write_headers(&dist, &connect, own.as_deref())?;
    eprintln!(
        "xtask: {} runs under: Content-Security-Policy: {}",
        dist.display(),
        dist::content_security_policy(&connect, own.as_deref())
    );
    Ok(())
}

/// Builds the release `dist/` and measures it against a static-HTML copy of
/// the same page (`tests/e2e/bench/run.mjs`); the table goes to stdout and
/// `target/bench/report.json`.
pub fn bench(env: &Env) -> Result<(), String> {
    build(env, &BuildOptions::default())?;
    let mut bench = env.command("npm", "tests/e2e");
    bench.args(["run", "--silent", "bench"]);
    env.run(bench)
}

/// Every test: host, in-browser, then end-to-end against the release build.
pub fn test(env: &Env) -> Result<(), String> {
    let mut host = env.command("cargo", ".");
    host.args(["test", "--workspace"]);
    env.run(host)?;

    let mut browser = env.command("cargo", ".");
    browser
        .args(["test", "--target", "wasm32-unknown-unknown"])
        .env("CHROMEDRIVER", "/usr/bin/chromedriver");
    env.run(browser)?;

    // The same in-browser tests in Firefox (webdriver.json's moz:firefoxOptions).
    let mut firefox = env.command("cargo", ".");
    firefox
        .args(["test", "--target", "wasm32-unknown-unknown"])
        .env_remove("CHROMEDRIVER")
        .env("GECKODRIVER", env.tool_path("geckodriver")?);
    env.run(firefox)?;

    build(env, &BuildOptions::default())?;

    let mut e2e = env.command("npm", "tests/e2e");
    e2e.args(["test"]);
    env.run(e2e)
}
