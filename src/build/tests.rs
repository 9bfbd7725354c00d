use super::security::CSP_META;
use super::webapp::json_string;
use super::*;
use crate::event::{EVENT, EVENT_EN};
use crate::html::escape;
use crate::lang::Lang;
use crate::strings::FR;
use sha2::{Digest, Sha384};

/// Trunk's staged index.html, as Trunk 0.21 writes it (shortened).
const STAGED: &str = r#"<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <title>provisoire</title>
    <link rel="icon" href="./favicon-1.svg" integrity="sha384-I"/>
    <meta name="description" content="provisoire">
<style>p{color:red}</style>
<script type="module">
import init, * as bindings from './a.js';
const wasm = await init({ module_or_path: './a_bg.wasm' });
</script>
  <link rel="modulepreload" href="./a.js" crossorigin="anonymous" integrity="sha384-J"><link rel="preload" href="./a_bg.wasm" crossorigin="anonymous" integrity="sha384-W" as="fetch" type="application/wasm"></head>
  <body>
  </body>
</html>
"#;

fn read(url: &str) -> Result<Vec<u8>, String> {
    match url {
        "./a_bg.wasm" => Ok(b"wasm bytes".to_vec()),
        other => Err(format!("no file {other}")),
    }
}

fn built() -> String {
    page(Lang::Fr, STAGED, "<main>app</main>", read, true).unwrap()
}

#[test]
fn base64_follows_rfc_4648() {
    let cases = [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ];
    for (input, want) in cases {
        assert_eq!(base64(input.as_bytes()), want, "{input:?}");
    }
}

#[test]
fn the_app_goes_first_in_the_body_then_the_connection_notes() {
    let html = built();
    let body = format!(
        "<body><main>app</main>{}{}{}{}</body>",
        page_end(Lang::Fr),
        connection_notes(Lang::Fr),
        embed_notes(Lang::Fr),
        tool_dialogs(Lang::Fr)
    );
    assert!(html.contains(&body), "{html}");
    assert!(connection_notes(Lang::Fr).contains(
        "<p id=\"hors-ligne\" hidden>Hors ligne\u{A0}: le programme reste disponible.</p>"
    ));
    assert!(connection_notes(Lang::Fr).contains("<button type=\"button\">Recharger</button>"));
}

#[test]
fn scripts_in_the_body_stay_after_the_app() {
    let staged = STAGED.replace("<body>\n", "<body><script>reload()</script>\n");
    let html = page(Lang::Fr, &staged, "<main>app</main>", read, true).unwrap();
    let app = html.find("<main>app</main>").unwrap();
    assert!(html[app..].contains("<script>reload()</script>"));
    assert!(html.contains("<body><main>app</main>"));
}

#[test]
fn a_body_with_content_is_refused() {
    let staged = STAGED.replace("<body>\n", "<body><noscript>x</noscript>\n");
    let err = page(Lang::Fr, &staged, "<main/>", read, true).unwrap_err();
    assert!(err.contains("<body> must be empty"), "{err}");
}

#[test]
fn title_and_description_come_from_the_content() {
    let html = built();
    let title = FR.page_title(EVENT.title, EVENT.day.text, EVENT.place);
    assert!(html.contains(&format!("<title>{title}</title>")), "{html}");
    assert!(!html.contains("provisoire"));
}

#[test]
fn the_wasm_is_fetched_with_its_integrity() {
    let html = built();
    // sha384 of b"wasm bytes", computed independently (Python's hashlib).
    let want = "fetch('./a_bg.wasm', { integrity: 'sha384-ZPEIv231J9ogAsIjlSEt37L7VN29uNF/SKrnerF0dg8fRd/AjAU/oR1bPmVNDmy3' })";
    assert!(
        html.contains(&format!("init({{ module_or_path: {want} }})")),
        "{html}"
    );
    let missing = page(Lang::Fr, STAGED, "", |_| Err("gone".to_string()), true).unwrap_err();
    assert_eq!(missing, "gone");
    let no_loader = STAGED.replace("module_or_path", "path");
    assert!(page(Lang::Fr, &no_loader, "", read, true)
        .unwrap_err()
        .contains("wasm loader"));
}

#[test]
fn the_policy_allows_exactly_the_inline_scripts_of_the_page() {
    // sha256 of "alert(1)", computed independently.
    let hashes = inline_hashes(
        "<p><script>alert(1)</script><script src=\"x.js\"></script>",
        "script",
    );
    assert_eq!(
        hashes,
        ["sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="]
    );
    // sha256 of "p{color:red}", computed independently.
    let styles = inline_hashes(STAGED, "style");
    assert_eq!(
        styles,
        ["sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64="]
    );

    let html = built();
    let meta_at = html.find(CSP_META).expect("a CSP meta tag");
    assert!(
        meta_at < html.find("<script").unwrap(),
        "the policy precedes the scripts"
    );
    let policy = &html[meta_at + CSP_META.len()..];
    let policy = &policy[..policy.find('"').unwrap()];
    let script_hash = inline_hashes(&html, "script").remove(0);
    assert_eq!(policy, csp(std::slice::from_ref(&script_hash), &styles));
    assert!(policy.contains(&format!(
        "script-src 'self' 'wasm-unsafe-eval' '{script_hash}';"
    )));
    assert!(policy.contains(&format!("style-src 'self' '{}';", styles[0])));
    for directive in ["default-src 'self'", "object-src 'none'", "base-uri 'self'"] {
        assert!(policy.contains(directive), "{policy}");
    }
    assert!(!policy.contains("unsafe-inline"));
}

#[test]
fn the_static_page_has_no_script_at_all() {
    let html = static_page(&built()).unwrap();
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("preload"), "{html}");
    assert!(html.contains("script-src 'none'"));
    let style = &inline_hashes(STAGED, "style")[0];
    assert!(
        html.contains(&format!("style-src 'self' '{style}';")),
        "{html}"
    );
    assert!(html.contains(&format!(
        "style-src 'self' '{}';",
        inline_hashes(STAGED, "style")[0]
    )));
    assert!(html.contains("<main>app</main>"));
}

#[test]
fn the_english_page_has_the_same_structure_in_english() {
    let (fr, en) = (render_app(Lang::Fr), render_app(Lang::En));
    // Hydration keeps the markup and never rewrites its text, so both languages must have the
    // same elements in the same order: the wasm, which holds no text, takes over either.
    let tags = |html: &str| -> Vec<String> {
        html.split('<')
            .skip(1)
            .map(|t| t.split([' ', '>']).next().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(tags(&fr), tags(&en));
    // The content's English words and times, whatever they are.
    assert!(
        en.contains(&format!("<h1>{}", escape(EVENT_EN.title))),
        "{en}"
    );
    assert!(en.contains(">Choose this workshop<"));
    let first = &EVENT_EN.sessions[0];
    let at = format!(
        "<time datetime=\"{}\">{}</time>",
        first.start_at.iso, first.start_at.text
    );
    assert!(en.contains(&at), "{at}");
    assert!(first.start_at.text.contains(':') && !first.start_at.text.contains(" h "));
    // The organiser's heading and note, whatever they say.
    assert!(en.contains(EVENT_EN.lead.0));
    assert!(en.contains("<a id=\"langue\" href=\"./\" hreflang=\"fr\" lang=\"fr\">Français</a>"));
    assert!(
        fr.contains("<a id=\"langue\" href=\"en.html\" hreflang=\"en\" lang=\"en\">English</a>")
    );
    assert!(page_end(Lang::En).contains("<a href=\"accessibility.html\">"));
    assert!(page_end(Lang::Fr).contains("<a href=\"accessibilite.html\">"));
    assert!(!en.contains("Choisir cet atelier"));
}

#[test]
fn a_page_gets_the_lang_of_its_language() {
    let read = |_: &str| Ok(b"wasm".to_vec());
    let html = page(Lang::En, STAGED, "<main>app</main>", read, false).unwrap();
    assert!(html.contains(&format!(
        "<html data-evenement=\"{}\" lang=\"en\">",
        EVENT.id
    )));
    assert!(html.contains(&format!(
        "<title>{}</title>",
        escape(&crate::strings::EN.page_title(EVENT_EN.title, EVENT_EN.day.text, EVENT_EN.place))
    )));
    assert!(html.contains("<a id=\"plein-ecran\" href=\"en.html\""));
    assert!(html.contains(">Reload</button>"));
    let html = page(Lang::Fr, STAGED, "<main>app</main>", read, false).unwrap();
    assert!(html.contains(&format!(
        "<html data-evenement=\"{}\" lang=\"fr\">",
        EVENT.id
    )));
}

#[test]
fn the_rendered_app_has_the_whole_programme_and_nothing_chosen() {
    let html = render_app(Lang::Fr);
    assert_eq!(html.matches("<article").count(), 5);
    assert_eq!(html.matches("aria-pressed=\"false\"").count(), 4);
    assert!(!html.contains("aria-pressed=\"true\""));
    assert!(html.contains(EVENT.title));
    assert!(html.contains("id=\"atelier-4\""));
    assert!(html.contains("<li>Prendre soin\u{A0}: accompagnement"));
    // « Mes ateliers » is in the markup (the style sheet hides it until asked for), with its
    // empty state ready; `main` is not in that view.
    assert!(html.contains("<section aria-labelledby=\"mes-ateliers-titre\" class=\"mine\">"));
    assert!(
        html.contains("<main id=\"contenu\" tabindex=\"-1\" class=\"\">"),
        "{html}"
    );
    assert!(
        html.contains("<div class=\"empty\"><p>Vous n’avez pas encore choisi"),
        "{html}"
    );
}

const SW_TEMPLATE: &str =
    "const VERSION = '__JOURNEE_VERSION__';\n  // a comment\n\nconst FILES = __JOURNEE_FILES__;\n";

fn files(wasm: &[u8]) -> Vec<(String, Vec<u8>)> {
    vec![
        ("index.html".to_string(), b"<html>".to_vec()),
        ("icons/icon-192.png".to_string(), b"png".to_vec()),
        ("a_bg.wasm".to_string(), wasm.to_vec()),
    ]
}

#[test]
fn the_worker_lists_every_file_and_the_folder() {
    let sw = service_worker(SW_TEMPLATE, &files(b"v1")).unwrap();
    assert!(
        sw.contains(
            r#"const FILES = ["./", "./a_bg.wasm", "./icons/icon-192.png", "./index.html"];"#
        ),
        "{sw}"
    );
    assert!(!sw.contains("__JOURNEE"));
    assert!(!sw.contains("a comment"), "comments are dropped");
    assert_eq!(sw.lines().count(), 2);
}

#[test]
fn any_changed_file_makes_a_new_worker_version() {
    let version = |sw: String| sw.lines().next().unwrap().to_string();
    let v1 = version(service_worker(SW_TEMPLATE, &files(b"v1")).unwrap());
    let same = version(service_worker(SW_TEMPLATE, &files(b"v1")).unwrap());
    let v2 = version(service_worker(SW_TEMPLATE, &files(b"v2")).unwrap());
    assert_eq!(v1, same, "the version depends only on the files");
    assert_ne!(v1, v2);
    assert!(v1.starts_with("const VERSION = '") && v1.len() == "const VERSION = '';".len() + 16);
}

#[test]
fn a_worker_without_placeholders_is_refused() {
    let err = service_worker("const FILES = [];", &files(b"v1")).unwrap_err();
    assert!(err.contains("__JOURNEE_VERSION__"), "{err}");
}

#[test]
fn release_pages_are_marked_for_the_worker() {
    let html = with_service_worker(STAGED).unwrap();
    assert!(html.contains("<html data-sw=\"on\" lang=\"fr\">"));
}

#[test]
fn the_manifest_is_french_and_relative() {
    let m = manifest();
    for field in [
        "\"lang\": \"fr\"",
        "\"start_url\": \"./\"",
        "\"scope\": \"./\"",
        "\"display\": \"standalone\"",
        "\"purpose\": \"maskable\"",
    ] {
        assert!(m.contains(field), "{field} missing in {m}");
    }
    let short = FR.app_short_name(EVENT.date);
    assert!(m.contains(&format!("\"short_name\": \"{short}\"")), "{m}");
    assert!(m.contains(&format!("\"name\": \"{}\"", EVENT.title)));
}

#[test]
fn json_strings_and_the_manifest_read_back_as_json() {
    for text in ["a\"b\\c\nd", "« é »", "./icons/x.png"] {
        let back: String = serde_json::from_str(&json_string(text)).unwrap();
        assert_eq!(back, text);
    }
    let m: serde_json::Value = serde_json::from_str(&manifest()).unwrap();
    assert_eq!(m["name"], EVENT.title);
    assert_eq!(m["icons"].as_array().map(Vec::len), Some(3));
}

#[test]
fn comment_lines_are_dropped_and_the_script_keeps_a_valid_integrity() {
    let js = "// about\n'use strict';\n\n  // inside\nconst a = 'http://x';\n";
    assert_eq!(
        without_comment_lines(js),
        "'use strict';\nconst a = 'http://x';"
    );
    let html = "<p><script src=\"./page-1.js\" crossorigin=\"anonymous\" defer integrity=\"sha384-OLD\"></script>";
    assert_eq!(page_script_url(html), Some("./page-1.js"));
    let (page, lean) =
        with_lean_script(html, "./page-1.js", |_| Ok(js.as_bytes().to_vec())).unwrap();
    assert_eq!(lean, "'use strict';\nconst a = 'http://x';");
    let want = format!("sha384-{}", base64(&Sha384::digest(lean.as_bytes())));
    assert!(page.contains(&format!("integrity=\"{want}\"")), "{page}");
    assert!(!page.contains("OLD"));
}

#[test]
fn development_pages_carry_no_policy() {
    let html = page(Lang::Fr, STAGED, "<main>app</main>", read, false).unwrap();
    assert!(!html.contains(CSP_META));
    assert!(html.contains("<main>app</main>"));
}

#[test]
fn the_icon_link_has_no_integrity() {
    let html = built();
    assert!(
        html.contains("<link rel=\"icon\" href=\"./favicon-1.svg\"/>"),
        "{html}"
    );
    // The preloads keep theirs.
    assert!(html.contains("integrity=\"sha384-J\""));
}
