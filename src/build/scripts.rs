//! The page's scripts as shipped: without the comments written for the people who read them.

use super::security::base64;
use sha2::{Digest, Sha384};

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
