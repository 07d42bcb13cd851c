//! Installs what a fresh machine lacks, each tool at its pinned version and
//! each from a package registry. Tools already present at the right version
//! are left alone, so a second run costs seconds.

use crate::tools::{locked_version, toml_string, Env};

/// Trunk, from crates.io. The newest Trunk needs a newer rustc than the
/// machine's, so the 0.21 line is pinned with its own lock file.
pub const TRUNK_VERSION: &str = "0.21.14";

/// geckodriver, from crates.io: drives Debian's Firefox ESR for the
/// in-browser tests that also run in Firefox.
pub const GECKODRIVER_VERSION: &str = "0.37.1";

/// The nightly the release wasm is built with (`cargo xtask build`, unless
/// `--stable`): std compiled with the app at `opt-level = "z"`
/// (`-Zbuild-std`), and `panic = "immediate-abort"`, which leaves out the
/// panic machinery and its messages: 7% less wasm. Pinned by date, from
/// rustup's own channel, with the sources std is built from. Everything
/// else (host and in-browser tests, `serve`, clippy) uses the stable toolchain.
pub const RELEASE_NIGHTLY: &str = "nightly-2026-05-19";

/// Debian packages: the browser and its driver for the in-browser and e2e
/// tests, and a font family with Arabic so screenshots show real glyphs.
const DEBIAN_PACKAGES: &[(&str, &str)] = &[
    ("/usr/bin/chromium", "chromium"),
    ("/usr/bin/chromedriver", "chromium-driver"),
    // The second engine of the in-browser tests, through geckodriver.
    ("/usr/bin/firefox-esr", "firefox-esr"),
    // WebKit for the cross-engine e2e spec: WebKitWebDriver drives
    // MiniBrowser, which has no headless switch, so it runs on Xvfb.
    ("/usr/bin/WebKitWebDriver", "webkit2gtk-driver"),
    ("/usr/bin/xvfb-run", "xvfb"),
    ("/usr/bin/xauth", "xauth"),
    (
        "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
        "fonts-noto-core",
    ),
    // The real WordPress of the e2e tests (tests/e2e/lib/wordpress.mjs).
    ("/usr/share/wordpress/wp-settings.php", "wordpress"),
    ("/usr/sbin/mariadbd", "mariadb-server"),
    ("/usr/bin/php", "php-cli"),
];

/// PHP modules WordPress needs here, with the package that brings each.
const PHP_MODULES: &[(&str, &str)] = &[("mysqli", "php-mysql"), ("gd", "php-gd")];

pub fn run() -> Result<Env, String> {
    let env = Env::new()?;
    debian_packages(&env)?;
    wasm_target(&env)?;
    release_nightly(&env)?;
    trunk(&env)?;
    geckodriver(&env)?;
    wasm_bindgen(&env)?;
    npm_packages(&env, "xtask/npm")?;
    npm_packages(&env, "tests/e2e")?;
    wasm_opt(&env)?;
    Ok(env)
}

fn debian_packages(env: &Env) -> Result<(), String> {
    let mut missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .filter(|(path, _)| !std::path::Path::new(path).exists())
        .map(|(_, package)| *package)
        .collect();
    if env.output_of("node", &["--version"]).is_none() {
        missing.extend(["nodejs", "npm"]);
    }
    let php_modules = env
        .command("php", ".")
        .arg("-m")
        .stderr(std::process::Stdio::null())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    for (module, package) in PHP_MODULES {
        if !php_modules.lines().any(|line| line.trim() == *module) {
            missing.push(package);
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("xtask: installing Debian packages {missing:?}");
    let mut update = env.command("apt-get", ".");
    update.arg("update").arg("-qq");
    env.run(update)?;
    // Keep apt from starting the services it installs (MariaDB, Apache, which
    // `wordpress` pulls in): the tests start their own, privately.
    let policy = std::path::Path::new("/usr/sbin/policy-rc.d");
    let wrote_policy =
        !policy.exists() && std::fs::write(policy, "#!/bin/sh\nexit 101\n").is_ok() && {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(policy, std::fs::Permissions::from_mode(0o755)).is_ok()
        };
    let mut install = env.command("apt-get", ".");
    install
        .args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive");
    let installed = env.run(install);
    if wrote_policy {
        let _ = std::fs::remove_file(policy);
    }
    installed
}

/// Whether `rustup <list_args>` (a `--installed` listing) names `item`.
fn rustup_lists(env: &Env, list_args: &[&str], item: &str) -> bool {
    env.command("rustup", ".")
        .args(list_args)
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).contains(item))
}

fn wasm_target(env: &Env) -> Result<(), String> {
    if rustup_lists(
        env,
        &["target", "list", "--installed"],
        "wasm32-unknown-unknown",
    ) {
        return Ok(());
    }
    let mut add = env.command("rustup", ".");
    add.args(["target", "add", "wasm32-unknown-unknown"]);
    env.run(add)
}

fn release_nightly(env: &Env) -> Result<(), String> {
    let listing = [
        "component",
        "list",
        "--installed",
        "--toolchain",
        RELEASE_NIGHTLY,
    ];
    if !rustup_lists(env, &listing, "rust-src") {
        let mut install = env.command("rustup", ".");
        install.args([
            "toolchain",
            "install",
            RELEASE_NIGHTLY,
            "--profile",
            "minimal",
            "--component",
            "rust-src",
        ]);
        env.run(install)?;
    }
    std_dependencies(env)
}

/// Downloads the crates std itself depends on (`libc`, `hashbrown`, …, pinned
/// by the `Cargo.lock` in the nightly's `rust-src`), which `-Zbuild-std`
/// compiles with the app. Trunk runs cargo `--offline`, so without them a
/// fresh machine's release build fails ("no matching package named
/// `wasip1`"); a machine that has them answers from its cache at once.
fn std_dependencies(env: &Env) -> Result<(), String> {
    let sysroot = env
        .output_of(
            "rustc",
            &[&format!("+{RELEASE_NIGHTLY}"), "--print", "sysroot"],
        )
        .ok_or_else(|| format!("rustc +{RELEASE_NIGHTLY} --print sysroot failed"))?;
    let manifest = std::path::Path::new(&sysroot).join("lib/rustlib/src/rust/library/Cargo.toml");
    let mut fetch = env.command("cargo", ".");
    fetch
        .arg(format!("+{RELEASE_NIGHTLY}"))
        .args(["fetch", "--manifest-path"])
        .arg(&manifest);
    env.run(fetch)
}

fn trunk(env: &Env) -> Result<(), String> {
    let wanted = format!("trunk {TRUNK_VERSION}");
    if env.output_of("trunk", &["--version"]).as_deref() == Some(wanted.as_str()) {
        return Ok(());
    }
    let mut install = env.command("cargo", ".");
    install.args([
        "install",
        "trunk",
        "--version",
        &format!("={TRUNK_VERSION}"),
        "--locked",
    ]);
    env.run(install)
}

fn geckodriver(env: &Env) -> Result<(), String> {
    let wanted = format!("geckodriver {GECKODRIVER_VERSION}");
    if env
        .output_of("geckodriver", &["--version"])
        .is_some_and(|found| found.starts_with(&wanted))
    {
        return Ok(());
    }
    let mut install = env.command("cargo", ".");
    install.args([
        "install",
        "geckodriver",
        "--version",
        &format!("={GECKODRIVER_VERSION}"),
        "--locked",
    ]);
    env.run(install)
}

fn wasm_bindgen(env: &Env) -> Result<(), String> {
    let locked = locked_version(&env.root, "wasm-bindgen")?;
    let configured = toml_string(&env.root, "Trunk.toml", "wasm_bindgen")?;
    if locked != configured {
        return Err(format!(
            "Trunk.toml pins wasm-bindgen {configured} but Cargo.lock has {locked}: make them equal"
        ));
    }
    let wanted = format!("wasm-bindgen {locked}");
    let runner = format!("wasm-bindgen-test-runner {locked}");
    if env.output_of("wasm-bindgen", &["--version"]).as_deref() == Some(wanted.as_str())
        && env
            .output_of("wasm-bindgen-test-runner", &["--version"])
            .as_deref()
            == Some(runner.as_str())
    {
        return Ok(());
    }
    // Not --locked: the CLI's own lock file names a yanked dependency version.
    let mut install = env.command("cargo", ".");
    install.args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &format!("={locked}"),
        "--force",
    ]);
    env.run(install)
}

fn npm_packages(env: &Env, dir: &str) -> Result<(), String> {
    let root = env.root.join(dir);
    let lock = root.join("package-lock.json");
    let marker = root.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&marker)) {
        (Ok(lock), Ok(marker)) => match (lock.modified(), marker.modified()) {
            (Ok(lock), Ok(marker)) => marker >= lock,
            _ => false,
        },
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    let mut install = env.command("npm", dir);
    install.args(["ci", "--no-audit", "--no-fund"]);
    env.run(install)
}

fn wasm_opt(env: &Env) -> Result<(), String> {
    let configured = toml_string(&env.root, "Trunk.toml", "wasm_opt")?;
    let found = env
        .output_of("wasm-opt", &["--version"])
        .unwrap_or_default();
    let number = configured.trim_start_matches("version_");
    if found.starts_with(&format!("wasm-opt version {number}")) {
        Ok(())
    } else {
        Err(format!(
            "wasm-opt on PATH is {found:?}, but Trunk.toml wants {configured}; check xtask/npm/package.json"
        ))
    }
}
