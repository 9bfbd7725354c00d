//! Trunk's `post_build` hook (see Trunk.toml): prerenders the programme into the staged
//! `index.html`. Usage:
//!   prerender [STAGING_DIR]          the hook; the folder defaults to `TRUNK_STAGING_DIR`
//!   prerender --static IN OUT        a built page without its scripts (the benchmark's
//!                                    physical limit: same markup, same CSS, no wasm)

use std::path::PathBuf;
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
            let page = read_text(&PathBuf::from(input))?;
            return write(
                &PathBuf::from(output),
                &journee::prerender::static_page(&page)?,
            );
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
    let page =
        journee::prerender::page(&read_text(&index)?, &journee::prerender::render_app(), read)?;
    write(&index, &page)
}

fn read_text(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &PathBuf, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
