//! What makes the page an installable app that works offline: the web app manifest and the
//! service worker's list of files (assets/sw.js is its template).

use super::scripts::without_comment_lines;
use crate::event::{words, EVENT};
use crate::lang::Lang;
use serde_json::json;
use sha2::{Digest, Sha256};

/// The colours of the installed app's splash screen and bar: the style sheet's accent and
/// background (assets/style.css).
pub(super) const THEME_COLOR: &str = "#0b5671";

pub(super) const BACKGROUND_COLOR: &str = "#f7f6f2";

/// The web app manifest, in French, from the content. Every URL is relative to the app's
/// folder, so the installed app works from any sub-folder.
pub fn manifest() -> String {
    let icon = |src: &str, size: u32, purpose: &str| json!({ "src": src, "sizes": format!("{size}x{size}"), "type": "image/png", "purpose": purpose });
    let manifest = json!({
        "name": EVENT.title,
        "short_name": words(Lang::Fr).app_short_name(EVENT.date),
        "description": words(Lang::Fr).page_description(EVENT.title),
        "lang": "fr",
        "dir": "ltr",
        "id": "./",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "icons": [
            icon("icons/icon-192.png", 192, "any"),
            icon("icons/icon-512.png", 512, "any"),
            icon("icons/icon-maskable-512.png", 512, "maskable"),
        ],
    });
    serde_json::to_string_pretty(&manifest).expect("a JSON value always serialises") + "\n"
}

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// Fills the service worker template (assets/sw.js) with this build's files and a version that
/// changes whenever any of them does. `files`: every file of the build but the worker itself,
/// by its path relative to the app's folder.
pub fn service_worker(template: &str, files: &[(String, Vec<u8>)]) -> Result<String, String> {
    let mut files: Vec<&(String, Vec<u8>)> = files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut digest = Sha256::new();
    for (name, bytes) in &files {
        digest.update(name.as_bytes());
        digest.update([0]);
        digest.update(bytes);
        digest.update([0]);
    }
    let version: String = digest.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    // The page is also asked for by its folder's URL (`./`, `./#atelier-2`).
    let mut urls = vec![json_string("./")];
    urls.extend(
        files
            .iter()
            .map(|(name, _)| json_string(&format!("./{name}"))),
    );
    for mark in ["__JOURNEE_VERSION__", "__JOURNEE_FILES__"] {
        if !template.contains(mark) {
            return Err(format!(
                "sw.js: {mark} not found (is it the template from assets/?)"
            ));
        }
    }
    Ok(without_comment_lines(template)
        .replace("__JOURNEE_VERSION__", &version)
        .replace("__JOURNEE_FILES__", &format!("[{}]", urls.join(", "))))
}
