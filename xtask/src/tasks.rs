//! The tasks: serve, build and test.

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

/// Builds the release `dist/`.
pub fn build(env: &Env) -> Result<(), String> {
    let mut trunk = env.command("trunk", ".");
    trunk.args(["build", "--release", "--offline"]);
    env.run(trunk)
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
