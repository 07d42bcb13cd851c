//! Running commands, and where the project's tools live.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The environment every task runs in.
pub struct Env {
    /// The repository root.
    pub root: PathBuf,
    /// PATH with cargo's bin folder and the npm tools first.
    pub path: OsString,
}

impl Env {
    pub fn new() -> Result<Self, String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .ok_or("xtask has no parent folder")?
            .to_path_buf();
        let mut entries = vec![cargo_bin(), root.join("xtask/npm/node_modules/.bin")];
        if let Some(path) = std::env::var_os("PATH") {
            entries.extend(std::env::split_paths(&path));
        }
        let path = std::env::join_paths(entries).map_err(|e| e.to_string())?;
        Ok(Self { root, path })
    }

    /// Where `program` is on this environment's PATH.
    pub fn tool_path(&self, program: &str) -> Result<PathBuf, String> {
        std::env::split_paths(&self.path)
            .map(|dir| dir.join(program))
            .find(|candidate| candidate.is_file())
            .ok_or(format!("{program} is not on PATH: run cargo xtask setup"))
    }

    /// A command run from `dir` (relative to the root) with the tools on PATH.
    pub fn command(&self, program: &str, dir: &str) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(self.root.join(dir))
            .env("PATH", &self.path);
        command
    }

    /// Runs a command to completion, failing on a non-zero exit.
    pub fn run(&self, mut command: Command) -> Result<(), String> {
        let shown = format!("{command:?}");
        eprintln!("xtask: $ {}", shown.replace('"', ""));
        let status = command
            .status()
            .map_err(|e| format!("could not start {shown}: {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("{shown} failed with {status}"))
        }
    }

    /// The first line a tool prints for `args`, or `None` when it is missing or fails.
    pub fn output_of(&self, program: &str, args: &[&str]) -> Option<String> {
        let output = self
            .command(program, ".")
            .args(args)
            .stderr(Stdio::null())
            .output()
            .ok()?;
        output.status.success().then(|| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned()
        })
    }
}

/// Where `cargo install` puts binaries.
pub fn cargo_bin() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin")
}

/// The version of a package in Cargo.lock.
pub fn locked_version(root: &Path, package: &str) -> Result<String, String> {
    let lock =
        std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock
        .find(&needle)
        .ok_or(format!("{package} is not in Cargo.lock"))?
        + needle.len();
    let end = lock[start..].find('"').ok_or("Cargo.lock is malformed")? + start;
    Ok(lock[start..end].to_owned())
}

/// The value of `key = "…"` in a TOML file (flat lookup, enough for Trunk.toml).
pub fn toml_string(root: &Path, file: &str, key: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(root.join(file)).map_err(|e| format!("{file}: {e}"))?;
    text.lines()
        .filter_map(|line| line.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim().trim_matches('"').to_owned())
        .ok_or(format!("{file} has no {key}"))
}
