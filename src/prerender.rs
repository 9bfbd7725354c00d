//! Build-time prerendering (native, `ssr` feature): renders the same components the page
//! hydrates into Trunk's staged `index.html`, then locks the page down: subresource integrity on
//! the wasm fetch and a Content-Security-Policy whose script hashes are computed from the page
//! as written. `src/bin/prerender.rs` runs it as Trunk's `post_build` hook.

use crate::content::EVENT;
use crate::strings::FR;
use crate::ui::App;
use leptos::prelude::*;
use sha2::{Digest, Sha256, Sha384};

/// The programme as HTML, exactly as the first render in the browser builds it.
pub fn render_app() -> String {
    let owner = Owner::new();
    owner.with(|| view! { <App/> }.to_html())
}

/// The policy for the page, given the `sha256-…` sources of its inline scripts and style
/// sheets. Everything else comes from the page's own origin; wasm needs `'wasm-unsafe-eval'`.
/// `frame-ancestors` cannot be set from a meta tag: see DEPLOY.md for the header.
pub fn csp(script_hashes: &[String], style_hashes: &[String]) -> String {
    let quoted = |hashes: &[String]| hashes.iter().map(|h| format!(" '{h}'")).collect::<String>();
    let scripts = if script_hashes.is_empty() {
        "'none'".to_string()
    } else {
        format!("'self' 'wasm-unsafe-eval'{}", quoted(script_hashes))
    };
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self'{}; img-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'",
        quoted(style_hashes)
    )
}

/// Trunk's staged `index.html` with the app rendered into its body, the title and description
/// taken from the content, the wasm fetched with integrity, and the CSP meta tag.
/// `read` reads a file of the staging folder by the relative URL the page uses.
pub fn page(
    index: &str,
    app_html: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let html = with_content_head(index)?;
    let html = with_body(&html, app_html)?;
    let html = with_wasm_integrity(&html, read)?;
    with_csp(&html)
}

/// The same page without any script: the physical limit the benchmark compares against.
pub fn static_page(page: &str) -> Result<String, String> {
    let mut html = page.to_string();
    while let Some(start) = html.find("<script") {
        let end = html[start..].find("</script>").ok_or("unclosed <script>")?;
        html.replace_range(start..start + end + "</script>".len(), "");
    }
    // Trunk's preloads of the wasm and its JS: one tag each, on one line.
    for rel in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(start) = html.find(rel) {
            let end = html[start..].find('>').ok_or("unclosed <link>")?;
            html.replace_range(start..=start + end, "");
        }
    }
    replace_csp(&html, &csp(&[], &inline_hashes(&html, "style")))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Replaces the text between `open` and `close` (the first occurrence).
fn replace_between(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = html
        .find(open)
        .ok_or_else(|| format!("index.html has no {open}"))?
        + open.len();
    let end = start
        + html[start..]
            .find(close)
            .ok_or_else(|| format!("index.html: {open} is not closed by {close}"))?;
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}

fn with_content_head(html: &str) -> Result<String, String> {
    let title = escape(&FR.page_title(EVENT.title, &EVENT.date.fr_long(), EVENT.place));
    let html = replace_between(html, "<title>", "</title>", &title)?;
    let description = escape(&FR.page_description(EVENT.title));
    replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\"",
        &description,
    )
}

fn with_body(html: &str, app_html: &str) -> Result<String, String> {
    let start = html.find("<body>").ok_or("index.html has no <body>")? + "<body>".len();
    let end = html.find("</body>").ok_or("index.html has no </body>")?;
    if !html[start..end].trim().is_empty() {
        return Err("index.html: <body> must be empty, the prerendered app goes there".into());
    }
    // No whitespace before the app: hydration starts at the body's first child.
    Ok(format!("{}{app_html}\n  {}", &html[..start], &html[end..]))
}

/// Trunk's loader fetches the wasm by its URL; give that fetch the file's integrity, so that a
/// wasm altered on the way is refused (the JS glue is checked by its modulepreload).
fn with_wasm_integrity(
    html: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    const MARK: &str = "module_or_path: '";
    let start = html
        .find(MARK)
        .ok_or("index.html: Trunk's wasm loader (module_or_path) not found")?
        + MARK.len();
    let len = html[start..]
        .find('\'')
        .ok_or("index.html: unterminated wasm path")?;
    let url = &html[start..start + len];
    let integrity = format!("sha384-{}", base64(&Sha384::digest(read(url)?)));
    Ok(format!(
        "{}fetch('{url}', {{ integrity: '{integrity}' }}){}",
        &html[..start - 1],
        &html[start + len + 1..]
    ))
}

/// The sha256 sources of every inline `<script>` or `<style>` (`element`), in page order.
pub fn inline_hashes(html: &str, element: &str) -> Vec<String> {
    let (open_tag, close_tag) = (format!("<{element}"), format!("</{element}>"));
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find(&open_tag) {
        let after = &rest[open..];
        let (Some(tag_end), Some(close)) = (after.find('>'), after.find(&close_tag)) else {
            break;
        };
        if !after[..tag_end].contains(" src=") {
            let body = &after[tag_end + 1..close];
            hashes.push(format!(
                "sha256-{}",
                base64(&Sha256::digest(body.as_bytes()))
            ));
        }
        rest = &after[close + close_tag.len()..];
    }
    hashes
}

const CSP_META: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

fn with_csp(html: &str) -> Result<String, String> {
    // The policy must come before any script or style it governs: right after the charset.
    let charset = "<meta charset=\"utf-8\">";
    let at = html
        .find(charset)
        .ok_or("index.html has no <meta charset=\"utf-8\">")?
        + charset.len();
    let policy = csp(
        &inline_hashes(html, "script"),
        &inline_hashes(html, "style"),
    );
    Ok(format!(
        "{}\n    {CSP_META}{policy}\">{}",
        &html[..at],
        &html[at..]
    ))
}

fn replace_csp(html: &str, policy: &str) -> Result<String, String> {
    replace_between(html, CSP_META, "\"", policy)
}

/// Standard base64 with padding (RFC 4648), for hashes.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)) << (8 * (3 - chunk.len()));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
