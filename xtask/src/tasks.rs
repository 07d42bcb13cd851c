//! The tasks: serve, build and test.

use crate::dist;
use crate::embed;
use crate::offline;
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

/// Builds the release `dist/`, ready for a strict Content-Security-Policy.
pub fn build(env: &Env) -> Result<(), String> {
    let mut trunk = env.command("trunk", ".");
    trunk.args(["build", "--release", "--offline"]);
    env.run(trunk)?;
    let loader = dist::externalize_loader(&env.root.join("dist"))?;
    eprintln!("xtask: moved the wasm loader to dist/{loader}");
    dist::cors_enable_integrity_links(&env.root.join("dist"))?;
    let (script, stylesheet) = embed::write_widget(&env.root.join("dist"))?;
    eprintln!("xtask: the <article-viewer> element: dist/{script} with dist/{stylesheet}");
    offline::name_the_worker(&env.root.join("dist"))?;
    // Each article written into static HTML by the app itself, in Chromium.
    let mut prerender = env.command("node", "xtask/npm");
    prerender.args(["prerender.mjs", "../../dist", "../prerender/guard.js"]);
    env.run(prerender)?;
    let (build, files) = offline::write_service_worker(&env.root.join("dist"))?;
    eprintln!("xtask: dist/sw.js precaches {files} files of build {build}");
    dist::write_headers(&env.root.join("dist"))?;
    eprintln!(
        "xtask: dist/ runs under: Content-Security-Policy: {}",
        dist::content_security_policy()
    );
    Ok(())
}

/// Builds the release `dist/` and measures it against a static-HTML copy of
/// the same page (`tests/e2e/bench/run.mjs`); the table goes to stdout and
/// `target/bench/report.json`.
pub fn bench(env: &Env) -> Result<(), String> {
    build(env)?;
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

    build(env)?;

    let mut e2e = env.command("npm", "tests/e2e");
    e2e.args(["test"]);
    env.run(e2e)
}
