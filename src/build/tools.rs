//! The tools' files, named by content by the build (Trunk leaves a worker-type binary's files
//! unhashed): see `hashed_tools`.

use super::scripts::without_comment_lines;
use sha2::{Digest, Sha256};

/// The tools' three files (assets/tools-ui.js, and Trunk's `tools.js` and `tools_bg.wasm`,
/// which it leaves unhashed), renamed by content so that hosts can cache them for good, each
/// naming the next by its new name. `read`/`write`/`remove` act on the staging folder. Returns
/// the URL of the tools' module, for `page.js`; `None` when the build has no tools.
pub fn hashed_tools(
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
    write: impl Fn(&str, &[u8]) -> Result<(), String>,
    remove: impl Fn(&str) -> Result<(), String>,
) -> Result<Option<String>, String> {
    let Ok(wasm) = read("tools_bg.wasm") else {
        return Ok(None);
    };
    let short = |bytes: &[u8]| -> String {
        Sha256::digest(bytes)[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let text = |name: &str| String::from_utf8(read(name)?).map_err(|e| format!("{name}: {e}"));
    let wasm_name = format!("tools-{}_bg.wasm", short(&wasm));
    let glue = text("tools.js")?;
    let glue = replace_once(
        &glue,
        "'tools_bg.wasm'",
        &format!("'{wasm_name}'"),
        "tools.js",
    )?;
    let glue_name = format!("tools-{}.js", short(glue.as_bytes()));
    let ui = text("tools-ui.js")?;
    let ui = without_comment_lines(&replace_once(
        &ui,
        "'./tools.js'",
        &format!("'./{glue_name}'"),
        "tools-ui.js",
    )?);
    let ui_name = format!("tools-ui-{}.js", short(ui.as_bytes()));
    for old in ["tools_bg.wasm", "tools.js", "tools-ui.js"] {
        remove(old)?;
    }
    write(&wasm_name, &wasm)?;
    write(&glue_name, glue.as_bytes())?;
    write(&ui_name, ui.as_bytes())?;
    Ok(Some(format!("./{ui_name}")))
}

/// `text` with `from` replaced, which must be there exactly once.
fn replace_once(text: &str, from: &str, to: &str, file: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!("{file}: {from} found {n} times, expected once")),
    }
}
