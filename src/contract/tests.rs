//! Every selector, `dataset` name, fragment and message literal of the scripts, found in the
//! contract and in the page as built, in both languages.

use super::*;
use crate::build::{connection_notes, embed_notes, page_end, render_app, tool_dialogs};
use crate::lang::Lang;

const SCRIPTS: [(&str, &str); 4] = [
    ("assets/page.js", include_str!("../../assets/page.js")),
    (
        "assets/tools-ui.js",
        include_str!("../../assets/tools-ui.js"),
    ),
    ("assets/sw.js", include_str!("../../assets/sw.js")),
    ("index.html", include_str!("../../index.html")),
];
const EMBED_JS: &str = include_str!("../../assets/embed.js");

const IDS: [&str; 14] = [
    id::FILTER,
    id::OFFLINE,
    id::UPDATE,
    id::LINK_COPIED,
    id::CHOICE_BAR,
    id::LANGUAGE,
    id::FULL_PAGE,
    id::TRANSFER,
    id::TRANSFER_LINK,
    id::TRANSFER_RECEIVED,
    id::COPY_LINK,
    id::COPY_LINK_FIELD,
    MY_ATELIERS_HEADING,
    PROGRAMME_HEADING,
];
const CLASSES: [&str; 26] = [
    class::CANCELLED,
    class::CHOOSABLE,
    class::TITLE,
    class::TIME,
    class::DAY,
    class::FILTERED,
    class::FILTER_RESULT,
    class::MORE,
    class::MINE_VIEW,
    class::SESSION,
    class::ATELIER,
    class::CHOSEN,
    class::SLOT,
    class::NUMBER,
    class::PICK,
    class::PICKED,
    class::DESCRIPTION,
    class::CONNECTION,
    class::ACCESS,
    class::WHERE,
    class::COPIED,
    class::VIEWS,
    class::COUNT,
    class::EMBED,
    class::JS,
    class::KEYBOARD,
];
const ATTRS: [&str; 24] = [
    attr::KIND,
    attr::ROOM,
    attr::FILTER_SHOWN,
    attr::FILTER_NONE,
    attr::DAY,
    attr::START,
    attr::END,
    attr::LOCATION,
    attr::TOOLS_URL,
    attr::WORKER,
    attr::EVENT_ID,
    attr::APP_STATE,
    attr::TAP,
    attr::TOOL,
    attr::SESSION_ID,
    attr::FILE_NAME,
    attr::COPY,
    attr::ADD,
    attr::CLOSE,
    attr::SHOWN_IF,
    attr::COPY_OK,
    attr::COPY_MANUAL,
    attr::ADDED,
    attr::REMOVED,
];

/// What a script names, by kind.
#[derive(Default, Debug)]
struct Names {
    ids: Vec<String>,
    classes: Vec<String>,
    attrs: Vec<String>,
    tags: Vec<String>,
}

/// The string literal (quotes `'`, `"` or `` ` ``) that starts `s`, if any; in a template
/// literal, `${…}` parts are cut out.
fn literal(s: &str) -> Option<String> {
    let quote = s.chars().next().filter(|c| "'\"`".contains(*c))?;
    let end = s[1..].find(quote)? + 1;
    let mut text = s[1..end].to_string();
    while let (Some(a), Some(b)) = (text.find("${"), text.find('}')) {
        text.replace_range(a..=b.max(a + 1), " ");
    }
    Some(text)
}

/// `dataset.someName` → `data-some-name`.
fn data_attribute(camel: &str) -> String {
    let mut out = String::from("data-");
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn word(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Reads a selector list: `#id`, `.class`, `[attr…]` and tag names.
fn read_selector(selector: &str, names: &mut Names) {
    let mut rest = selector;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '#' if !word(after).is_empty() => names.ids.push(word(after).to_string()),
            // A pseudo-class (`:hover`) names nothing of the page.
            ':' => {
                rest = &after[word(after).len()..];
                continue;
            }
            '.' => names.classes.push(word(after).to_string()),
            '[' => names.attrs.push(word(after).to_string()),
            c if c.is_ascii_alphabetic() => {
                names.tags.push(word(rest).to_string());
                rest = &rest[word(rest).len()..];
                continue;
            }
            _ => {}
        }
        rest = if "#.[".contains(c) {
            let w = word(after);
            // An attribute's value, up to `]`, is not a name.
            let skip = if c == '[' {
                after.find(']').map_or(after.len(), |i| i + 1)
            } else {
                w.len()
            };
            &after[skip..]
        } else {
            after
        };
    }
}

/// Every name `script` reads from the page.
fn names_in(script: &str) -> Names {
    let mut names = Names::default();
    for call in [
        "querySelector(",
        "querySelectorAll(",
        "closest(",
        "matches(",
        "$(",
    ] {
        for (at, _) in script.match_indices(call) {
            if let Some(selector) = literal(script[at + call.len()..].trim_start()) {
                read_selector(&selector, &mut names);
            }
        }
    }
    for (at, _) in script.match_indices("getElementById(") {
        if let Some(id) = literal(&script[at + "getElementById(".len()..]) {
            names.ids.push(id);
        }
    }
    for call in ["classList.contains(", "classList.add(", "classList.remove("] {
        for (at, _) in script.match_indices(call) {
            if let Some(c) = literal(&script[at + call.len()..]) {
                names.classes.push(c);
            }
        }
    }
    for (at, _) in script.match_indices("dataset.") {
        names
            .attrs
            .push(data_attribute(word(&script[at + "dataset.".len()..])));
    }
    names
}

/// The page as built in `lang`, but for Trunk's own tags: the app, the notes, the dialogs, and
/// the attributes the build writes on `<html>`.
fn page(lang: Lang) -> String {
    format!(
        "<html {}=\"x\" {}=\"{WORKER_ON}\" {}=\"x\"><body>{}{}{}{}{}</body></html>",
        attr::EVENT_ID,
        attr::WORKER,
        attr::TOOLS_URL,
        render_app(lang),
        connection_notes(lang),
        page_end(lang),
        embed_notes(lang),
        tool_dialogs(lang),
    )
}

fn has_class(page: &str, class: &str) -> bool {
    page.match_indices("class=\"").any(|(at, _)| {
        let value = &page[at + 7..];
        value[..value.find('"').unwrap_or(0)]
            .split_whitespace()
            .any(|c| c == class)
    })
}

#[test]
fn every_name_the_scripts_read_is_in_the_contract_and_in_the_page() {
    let pages = Lang::ALL.map(page);
    let mut wrong = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            wrong.push(what);
        }
    };
    for (file, script) in SCRIPTS {
        let names = names_in(script);
        assert!(
            !(names.ids.is_empty() && names.classes.is_empty()) || file.ends_with("sw.js"),
            "{file}: no name found; is the reader of this test broken?"
        );
        for id in &names.ids {
            check(
                IDS.contains(&id.as_str()),
                format!("{file} reads #{id}, which the contract does not name"),
            );
            for page in pages
                .iter()
                .filter(|_| !FOR_LARGER_EVENTS.contains(&id.as_str()))
            {
                check(
                    page.contains(&format!("id=\"{id}\"")),
                    format!("{file} reads #{id}, which the page lacks"),
                );
            }
        }
        for class in &names.classes {
            check(
                CLASSES.contains(&class.as_str()),
                format!("{file} reads .{class}, which the contract does not name"),
            );
            if !SET_BY_SCRIPTS.contains(&class.as_str())
                && !FOR_LARGER_EVENTS.contains(&class.as_str())
            {
                for page in &pages {
                    check(
                        has_class(page, class),
                        format!("{file} reads .{class}, which the page lacks"),
                    );
                }
            }
        }
        for attr in &names.attrs {
            // `aria-*` are HTML's own; they must still be in the page.
            let named = ATTRS.contains(&attr.as_str()) || attr.starts_with("aria-");
            check(
                named,
                format!("{file} reads [{attr}], which the contract does not name"),
            );
            if !SET_BY_SCRIPTS.contains(&attr.as_str())
                && !FOR_LARGER_EVENTS.contains(&attr.as_str())
            {
                for page in &pages {
                    check(
                        page.contains(&format!(" {attr}")),
                        format!("{file} reads [{attr}], which the page lacks"),
                    );
                }
            }
        }
        for tag in &names.tags {
            for page in pages
                .iter()
                .filter(|_| !FOR_LARGER_EVENTS.contains(&tag.as_str()))
            {
                check(
                    page.contains(&format!("<{tag}")),
                    format!("{file} reads <{tag}>, which the page lacks"),
                );
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_host_options_of_embed_js_are_named() {
    let names = names_in(EMBED_JS);
    assert!(!names.attrs.is_empty());
    for attr in names.attrs {
        assert!(
            EMBED_OPTIONS.contains(&attr.as_str()),
            "embed.js reads {attr}, not in EMBED_OPTIONS"
        );
    }
}

#[test]
fn fragments_keys_and_messages_are_the_scripts_own() {
    let all: String = SCRIPTS.iter().map(|(_, s)| *s).chain([EMBED_JS]).collect();
    let quoted =
        |text: &str| all.contains(&format!("'{text}'")) || all.contains(&format!("\"{text}\""));
    for text in [
        TRANSFER_FRAGMENT,
        HOST_FRAGMENT,
        MY_ATELIERS,
        PROGRAMME,
        LANGUAGE_KEY,
        APP_READY,
        WORKER_ON,
        ATELIER_PLACEHOLDER,
        message::ACTIVATE,
        message::HEIGHT,
        message::VIEW,
        tool::AGENDA,
        tool::AGENDA_MINE,
        tool::SHARE,
        tool::TRANSFER,
    ]
    .into_iter()
    .chain(tool::SHOWN_IF)
    {
        assert!(
            quoted(text),
            "no script uses '{text}': is the contract out of date?"
        );
    }
    // And the other way: every `journee:` message and `#` fragment literal is the contract's.
    for (at, _) in all.match_indices("'journee:") {
        let text = literal(&all[at..]).unwrap();
        assert_eq!(text, message::ACTIVATE);
    }
    for (at, _) in all.match_indices("journee: '") {
        let text = literal(&all[at + "journee: ".len()..]).unwrap();
        assert!(
            [message::HEIGHT, message::VIEW].contains(&text.as_str()),
            "message {text}"
        );
    }
    for (at, _) in all.match_indices("'#") {
        let text = literal(&all[at..]).unwrap();
        // `'#'` splits a URL; `'#ffffff'` is a colour.
        if text == "#" || text[1..].chars().all(|c| c.is_ascii_hexdigit()) {
            continue;
        }
        let id_selector = IDS.iter().any(|id| text.strip_prefix('#') == Some(id));
        assert!(
            id_selector
                || [TRANSFER_FRAGMENT, MY_ATELIERS, PROGRAMME, HOST_FRAGMENT]
                    .contains(&text.as_str()),
            "fragment '{text}' is not in the contract"
        );
    }
}

#[test]
fn index_html_names_each_language_s_page_and_code_as_the_app_does() {
    let index = SCRIPTS[3].1;
    for lang in Lang::ALL {
        for text in [lang.page(), lang.code()] {
            assert!(
                index.contains(&format!("'{text}'")),
                "index.html lacks '{text}'"
            );
        }
    }
}

#[test]
fn the_reader_finds_what_it_should() {
    let n = names_in("$('.a .b-c', x); document.getElementById('i'); e.closest('article.s[data-x=on]'); r.dataset.fooBar;");
    assert_eq!(n.ids, ["i"]);
    assert_eq!(n.classes, ["s", "a", "b-c"]);
    assert_eq!(n.attrs, ["data-x", "data-foo-bar"]);
    assert_eq!(n.tags, ["article"]);
    let t = names_in("q.querySelectorAll(`li[data-id=\"${id}\"]`)");
    assert_eq!(
        (t.tags, t.attrs),
        (vec!["li".to_string()], vec!["data-id".to_string()])
    );
}

#[test]
fn tools_d_ts_declares_each_export_of_the_tools_wasm_and_no_other() {
    let rust = include_str!("../bin/tools.rs");
    let types = include_str!("../../assets/tools.d.ts");
    let exported: Vec<&str> = rust
        .split("#[wasm_bindgen]\npub fn ")
        .skip(1)
        .map(|rest| &rest[..rest.find('(').unwrap_or(0)])
        .collect();
    let declared: Vec<&str> = types
        .split("export function ")
        .skip(1)
        .map(|rest| &rest[..rest.find('(').unwrap_or(0)])
        .collect();
    assert!(!exported.is_empty());
    assert_eq!(
        exported, declared,
        "assets/tools.d.ts is out of step with src/bin/tools.rs"
    );
    // The module tools-ui.js imports is the glue Trunk writes for the `tools` binary.
    assert!(SCRIPTS[1].1.contains("from './tools.js';"));
}
