//! What locks the page down: a Content-Security-Policy whose hashes are computed from the page
//! as written, and subresource integrity on what it fetches.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

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

/// Trunk's loader fetches the wasm by its URL; give that fetch the file's integrity, so that a
/// wasm altered on the way is refused (the JS glue is checked by its modulepreload).
pub(super) fn with_wasm_integrity(
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
pub(super) fn without_icon_integrity(html: &str) -> String {
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

pub(super) const CSP_META: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"";

pub(super) fn with_csp(html: &str) -> Result<String, String> {
    let policy = csp(
        &inline_hashes(html, "script"),
        &inline_hashes(html, "style"),
    );
    with_policy(html, &policy)
}

/// Writes `policy` as the page's CSP meta tag, in place of the one it has, if any.
pub(super) fn with_policy(html: &str, policy: &str) -> Result<String, String> {
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

/// Standard base64 with padding (RFC 4648), as integrity and CSP hashes are written.
pub fn base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}
