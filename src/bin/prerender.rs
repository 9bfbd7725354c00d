//! Trunk's `post_build` hook (see Trunk.toml): prerenders the programme into the staged
//! `index.html` (French) and `en.html` (English), writes each language's accessibility
//! statement and the web app manifest, and fills in the service worker's file list.
//! Usage:
//!   prerender [STAGING_DIR]          the hook; the folder defaults to `TRUNK_STAGING_DIR`
//!   prerender --static IN OUT        a built page without its scripts (the benchmark's
//!                                    physical limit: same markup, same CSS, no wasm)

use journee::build;
use journee::lang::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, input, output] = args.as_slice() {
        if flag == "--static" {
            let page = read_text(Path::new(input))?;
            return write(Path::new(output), &build::static_page(&page)?);
        }
    }
    let dir = match args.as_slice() {
        [dir] => PathBuf::from(dir),
        [] => PathBuf::from(
            std::env::var("TRUNK_STAGING_DIR")
                .map_err(|_| "no staging folder: pass one, or run as Trunk's hook")?,
        ),
        _ => return Err("usage: prerender [STAGING_DIR] | prerender --static IN OUT".into()),
    };
    let index = dir.join("index.html");
    let read = |url: &str| {
        let path = dir.join(url.trim_start_matches("./"));
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let release = std::env::var("TRUNK_PROFILE").as_deref() == Ok("release");
    let tools = build::hashed_tools(
        read,
        |name, bytes| std::fs::write(dir.join(name), bytes).map_err(|e| format!("{name}: {e}")),
        |name| std::fs::remove_file(dir.join(name)).map_err(|e| format!("{name}: {e}")),
    )?;
    let template = read_text(&index)?;
    for lang in Lang::ALL {
        let app = build::render_app(lang);
        let mut page = build::page(lang, &template, &app, read, release)?;
        if let Some(url) = &tools {
            page = build::with_root_attribute(&page, journee::contract::attr::TOOLS_URL, url)?;
        }
        if release {
            page = build::with_service_worker(&page)?;
            if let Some(url) = build::page_script_url(&page).map(str::to_string) {
                // The second language reads the script already stripped: the same result.
                let (with_lean, lean) = build::with_lean_script(&page, &url, read)?;
                write(&dir.join(url.trim_start_matches("./")), &lean)?;
                page = with_lean;
            }
        }
        write(&dir.join(lang.page_file()), &page)?;
        write(
            &dir.join(lang.statement_page()),
            &build::statement_page(&page, lang)?,
        )?;
    }
    write(&dir.join("manifest.webmanifest"), &build::manifest())?;
    // Last, once every other file is final: the worker's list and version.
    let worker = dir.join("sw.js");
    let mut files = Vec::new();
    list_files(&dir, &dir, &mut files)?;
    files.retain(|(name, _)| name != "sw.js");
    let filled = build::service_worker(&read_text(&worker)?, &files)?;
    write(&worker, &filled)
}

/// Every file under `dir`, by its path relative to `root` with `/` separators.
fn list_files(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            list_files(root, &path, out)?;
            continue;
        }
        let rel = path.strip_prefix(root).map_err(|e| e.to_string())?;
        let name: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push((name.join("/"), bytes));
    }
    Ok(())
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
