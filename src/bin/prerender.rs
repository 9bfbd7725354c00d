//! Trunk's `post_build` hook (see Trunk.toml): prerenders the programme into the staged
//! `index.html`. Usage: `prerender [STAGING_DIR] [--static OUT.html]`; the folder defaults to
//! Trunk's `TRUNK_STAGING_DIR`. `--static` also writes the page without scripts (benchmark).

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
    let mut args = std::env::args().skip(1);
    let mut dir = std::env::var("TRUNK_STAGING_DIR").ok().map(PathBuf::from);
    let mut static_out = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--static" => {
                static_out = Some(PathBuf::from(args.next().ok_or("--static needs a file")?))
            }
            other => dir = Some(PathBuf::from(other)),
        }
    }
    let dir = dir.ok_or("no staging folder: pass one, or run as Trunk's hook")?;
    let index = dir.join("index.html");
    let staged =
        std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let read = |url: &str| {
        let path = dir.join(url.trim_start_matches("./"));
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let page = journee::prerender::page(&staged, &journee::prerender::render_app(), read)?;
    std::fs::write(&index, &page).map_err(|e| format!("{}: {e}", index.display()))?;
    if let Some(out) = static_out {
        let html = journee::prerender::static_page(&page)?;
        std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    Ok(())
}
