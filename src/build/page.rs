//! The page as served: Trunk's staged `index.html` with the app rendered into its body, the
//! title and description from the content, then the security policy (`security`). Also the
//! statement's page and the script-free twin the benchmark compares against.

use super::notes::{connection_notes, embed_notes, page_end, tool_dialogs};
use super::security::{
    csp, inline_hashes, with_csp, with_policy, with_wasm_integrity, without_icon_integrity,
};
use super::statement;
use crate::contract::{attr, WORKER_ON};
use crate::event::{event, words as ui};
use crate::html::escape;
use crate::lang::Lang;
use crate::page::App;
use leptos::prelude::*;

/// The programme in `lang` as HTML, exactly as the first render in the browser builds it.
/// Leptos marks some places for hydration with `<!>`, a comment HTML calls bogus; `<!---->`
/// is the same empty comment node, written validly.
pub fn render_app(lang: Lang) -> String {
    let owner = Owner::new();
    owner
        .with(|| view! { <App lang/> }.to_html())
        .replace("<!>", "<!---->")
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
    let html = with_root_attribute(&html, attr::EVENT_ID, event(lang).id)?;
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
pub(super) fn with_lang(html: &str, lang: Lang) -> Result<String, String> {
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
    let html = replace_between(page, "<title>", "</title>", &escape(statement::title(lang)))?;
    let start = html.find("<body>").ok_or("index.html has no <body>")? + "<body>".len();
    let end = html.find("</body>").ok_or("index.html has no </body>")?;
    let html = format!(
        "{}{}{}",
        &html[..start],
        statement::body_html(lang),
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
pub(super) fn replace_between(
    html: &str,
    open: &str,
    close: &str,
    with: &str,
) -> Result<String, String> {
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

pub(super) fn with_content_head(html: &str, lang: Lang) -> Result<String, String> {
    let (e, t) = (event(lang), ui(lang));
    let title = if e.several_days() {
        t.page_title_days(e.title, e.day.text, e.place)
    } else {
        t.page_title(e.title, e.day.text, e.place)
    };
    let title = escape(&title);
    let html = replace_between(html, "<title>", "</title>", &title)?;
    let description = escape(&t.page_description(e.title));
    replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\"",
        &description,
    )
}

pub(super) fn with_body(html: &str, app_html: &str) -> Result<String, String> {
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

/// Marks the page so that `page.js` registers the service worker: release builds only, so
/// that `trunk serve` during development never caches anything.
pub fn with_service_worker(html: &str) -> Result<String, String> {
    with_root_attribute(html, attr::WORKER, WORKER_ON)
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
