//! Build-time prerendering (native, `ssr` feature): renders the same components the page
//! hydrates into Trunk's staged `index.html`, then locks the page down: subresource integrity on
//! the wasm fetch and a Content-Security-Policy whose script hashes are computed from the page
//! as written. `src/bin/prerender.rs` runs it as Trunk's `post_build` hook.

use crate::content::{event, EVENT};
use crate::html::escape;
use crate::lang::Lang;
use crate::strings::{ui, FR};
use crate::ui::App;
use leptos::prelude::*;
use sha2::{Digest, Sha256, Sha384};

mod notes;
mod tools;
pub use notes::{connection_notes, embed_notes, page_end, tool_dialogs};
pub use tools::hashed_tools;

/// The programme in `lang` as HTML, exactly as the first render in the browser builds it.
/// Leptos marks some places for hydration with `<!>`, a comment HTML calls bogus; `<!---->`
/// is the same empty comment node, written validly.
pub fn render_app(lang: Lang) -> String {
    let owner = Owner::new();
    owner
        .with(|| view! { <App lang/> }.to_html())
        .replace("<!>", "<!---->")
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
///
/// `policy`: the CSP meta tag is for release builds; `trunk serve` adds its live-reload script
/// to the page as it serves it, which a policy written before would refuse.
pub fn page(
    lang: Lang,
    index: &str,
    app_html: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
    policy: bool,
) -> Result<String, String> {
    let html = with_lang(index, lang)?;
    // The tools name the event in calendar entries' UIDs.
    let html = with_root_attribute(&html, "data-evenement", event(lang).id)?;
    let html = with_content_head(&html, lang)?;
    let html = with_body(
        &html,
        &format!(
            "{app_html}{}{}{}{}",
            page_end(lang),
            connection_notes(lang),
            embed_notes(lang),
            tool_dialogs(lang)
        ),
    )?;
    let html = with_wasm_integrity(&html, read)?;
    let html = without_icon_integrity(&html);
    if policy {
        with_csp(&html)
    } else {
        Ok(html)
    }
}

/// The root element's `lang`, in place of the template's.
fn with_lang(html: &str, lang: Lang) -> Result<String, String> {
    let start = html.find("<html").ok_or("index.html has no <html>")?;
    let end = start + html[start..].find('>').ok_or("unclosed <html>")?;
    let tag = &html[start..end];
    let tag = match tag.find(" lang=\"") {
        Some(at) => {
            let close = tag[at + 7..].find('"').ok_or("unterminated lang")? + at + 7;
            format!(
                "{} lang=\"{}\"{}",
                &tag[..at],
                lang.code(),
                &tag[close + 1..]
            )
        }
        None => format!("{tag} lang=\"{}\"", lang.code()),
    };
    Ok(format!("{}{tag}{}", &html[..start], &html[end..]))
}

/// The accessibility statement as a page of its own, with the programme's head and style sheet
/// and no script. `page`: the programme page of the same language.
pub fn statement_page(page: &str, lang: Lang) -> Result<String, String> {
    let html = replace_between(
        page,
        "<title>",
        "</title>",
        &escape(crate::statement::title(lang)),
    )?;
    let start = html.find("<body>").ok_or("index.html has no <body>")? + "<body>".len();
    let end = html.find("</body>").ok_or("index.html has no </body>")?;
    let html = format!(
        "{}{}{}",
        &html[..start],
        crate::statement::body_html(lang),
        &html[end..]
    );
    static_page(&html)
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
    with_policy(&html, &csp(&[], &inline_hashes(&html, "style")))
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

fn with_content_head(html: &str, lang: Lang) -> Result<String, String> {
    let (e, t) = (event(lang), ui(lang));
    let title = escape(&t.page_title(e.title, e.day.text, e.place));
    let html = replace_between(html, "<title>", "</title>", &title)?;
    let description = escape(&t.page_description(e.title));
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
    // `trunk serve` puts its live-reload script in the body: scripts may stay, after the app.
    let mut rest = html[start..end].to_string();
    while let Some(open) = rest.find("<script") {
        let close = rest[open..].find("</script>").ok_or("unclosed <script>")? + open;
        rest.replace_range(open..close + "</script>".len(), "");
    }
    if !rest.trim().is_empty() {
        return Err("index.html: <body> must be empty, the prerendered app goes there".into());
    }
    // No whitespace before the app: hydration starts at the body's first child.
    Ok(format!(
        "{}{app_html}{}",
        &html[..start],
        html[start..].trim_start()
    ))
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

/// Trunk gives the icon link an `integrity`, which HTML allows only on stylesheet, preload and
/// modulepreload links (the Nu Html Checker reports it): the icon is an image, checked by nothing.
fn without_icon_integrity(html: &str) -> String {
    let Some(start) = html.find("<link rel=\"icon\"") else {
        return html.to_string();
    };
    let end = start + html[start..].find('>').unwrap_or(0);
    let tag = &html[start..end];
    let Some(at) = tag.find(" integrity=\"") else {
        return html.to_string();
    };
    let close = tag[at + 12..]
        .find('"')
        .map_or(tag.len(), |i| at + 12 + i + 1);
    format!(
        "{}{}{}{}",
        &html[..start],
        &tag[..at],
        &tag[close..],
        &html[end..]
    )
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
    let policy = csp(
        &inline_hashes(html, "script"),
        &inline_hashes(html, "style"),
    );
    with_policy(html, &policy)
}

/// Writes `policy` as the page's CSP meta tag, in place of the one it has, if any.
fn with_policy(html: &str, policy: &str) -> Result<String, String> {
    let mut html = html.to_string();
    if let Some(start) = html.find(CSP_META) {
        let end = start + html[start..].find('>').ok_or("unclosed CSP meta tag")?;
        html.replace_range(start..=end, "");
    }
    // The policy must come before any script or style it governs: right after the charset.
    let charset = "<meta charset=\"utf-8\">";
    let at = html
        .find(charset)
        .ok_or("index.html has no <meta charset=\"utf-8\">")?
        + charset.len();
    Ok(format!(
        "{}\n    {CSP_META}{policy}\">{}",
        &html[..at],
        &html[at..]
    ))
}

/// Marks the page so that `page.js` registers the service worker: release builds only, so
/// that `trunk serve` during development never caches anything.
pub fn with_service_worker(html: &str) -> Result<String, String> {
    with_root_attribute(html, "data-sw", "on")
}

/// Adds `name="value"` to the `<html>` element (`value` escaped).
pub fn with_root_attribute(html: &str, name: &str, value: &str) -> Result<String, String> {
    let at = html.find("<html").ok_or("index.html has no <html>")? + "<html".len();
    Ok(format!(
        "{} {name}=\"{}\"{}",
        &html[..at],
        escape(value),
        &html[at..]
    ))
}

/// The colours of the installed app's splash screen and bar: the style sheet's accent and
/// background (assets/style.css).
const THEME_COLOR: &str = "#0b5671";
const BACKGROUND_COLOR: &str = "#f7f6f2";

/// The web app manifest, in French, from the content. Every URL is relative to the app's
/// folder, so the installed app works from any sub-folder.
pub fn manifest() -> String {
    let icon = |src: &str, size: u32, purpose: &str| {
        format!(
            "    {{ \"src\": \"{src}\", \"sizes\": \"{size}x{size}\", \"type\": \"image/png\", \"purpose\": \"{purpose}\" }}"
        )
    };
    let icons = [
        icon("icons/icon-192.png", 192, "any"),
        icon("icons/icon-512.png", 512, "any"),
        icon("icons/icon-maskable-512.png", 512, "maskable"),
    ];
    format!(
        "{{\n  \"name\": {},\n  \"short_name\": {},\n  \"description\": {},\n  \"lang\": \"fr\",\n  \"dir\": \"ltr\",\n  \"id\": \"./\",\n  \"start_url\": \"./\",\n  \"scope\": \"./\",\n  \"display\": \"standalone\",\n  \"theme_color\": \"{THEME_COLOR}\",\n  \"background_color\": \"{BACKGROUND_COLOR}\",\n  \"icons\": [\n{}\n  ]\n}}\n",
        json_string(EVENT.title),
        json_string(&FR.app_short_name(EVENT.date)),
        json_string(&FR.page_description(EVENT.title)),
        icons.join(",\n")
    )
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
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

/// A script of assets/ without its whole-line `//` comments and blank lines: the comments are
/// for the people who read the sources, not for phones. (These scripts keep no `//` at the
/// start of a line inside a string.)
pub fn without_comment_lines(js: &str) -> String {
    js.lines()
        .filter(|l| !l.trim_start().starts_with("//") && !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Strips the comments of the page's classic script `url` (Trunk copied and hashed it) and
/// writes its new integrity into the page. Returns the page and the script's new text.
pub fn with_lean_script(
    html: &str,
    url: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<(String, String), String> {
    let js = String::from_utf8(read(url)?).map_err(|e| format!("{url}: {e}"))?;
    let lean = without_comment_lines(&js);
    let tag_start = html
        .find(&format!("<script src=\"{url}\""))
        .ok_or_else(|| format!("index.html: no <script src=\"{url}\">"))?;
    let tag_end = tag_start + html[tag_start..].find('>').ok_or("unclosed <script>")?;
    let mark = "integrity=\"";
    let at = tag_start
        + html[tag_start..tag_end]
            .find(mark)
            .ok_or_else(|| format!("index.html: {url} has no integrity"))?
        + mark.len();
    let len = html[at..].find('"').ok_or("unterminated integrity")?;
    let integrity = format!("sha384-{}", base64(&Sha384::digest(lean.as_bytes())));
    let page = format!("{}{integrity}{}", &html[..at], &html[at + len..]);
    Ok((page, lean))
}

/// The URL of the page's own classic script (`page-<hash>.js`), as Trunk wrote it.
pub fn page_script_url(html: &str) -> Option<&str> {
    let start = html.find("<script src=\"./page-")? + "<script src=\"".len();
    let len = html[start..].find('"')?;
    Some(&html[start..start + len])
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
