//! The tools' files, named by content by the build (Trunk leaves a worker-type binary's files
//! unhashed): see `hashed_tools`.

use super::scripts::without_comment_lines;
use sha2::{Digest, Sha256};

/// The tools' three files (assets/tools.js, and Trunk's `outils.js` and `outils_bg.wasm`, which
/// it leaves unhashed), renamed by content so that hosts can cache them for good, each naming
/// the next by its new name. `read`/`write`/`remove` act on the staging folder. Returns the URL
/// of the tools' module, for `page.js`; `None` when the build has no tools.
pub fn hashed_tools(
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
    write: impl Fn(&str, &[u8]) -> Result<(), String>,
    remove: impl Fn(&str) -> Result<(), String>,
) -> Result<Option<String>, String> {
    let Ok(wasm) = read("outils_bg.wasm") else {
        return Ok(None);
    };
    let short = |bytes: &[u8]| -> String {
        Sha256::digest(bytes)[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let wasm_name = format!("outils-{}_bg.wasm", short(&wasm));
    let glue = String::from_utf8(read("outils.js")?).map_err(|e| format!("outils.js: {e}"))?;
    let glue = replace_once(
        &glue,
        "'outils_bg.wasm'",
        &format!("'{wasm_name}'"),
        "outils.js",
    )?;
    let glue_name = format!("outils-{}.js", short(glue.as_bytes()));
    let tools = String::from_utf8(read("tools.js")?).map_err(|e| format!("tools.js: {e}"))?;
    let tools = without_comment_lines(&replace_once(
        &tools,
        "'./outils.js'",
        &format!("'./{glue_name}'"),
        "tools.js",
    )?);
    let tools_name = format!("tools-{}.js", short(tools.as_bytes()));
    write(&wasm_name, &wasm)?;
    write(&glue_name, glue.as_bytes())?;
    write(&tools_name, tools.as_bytes())?;
    for old in ["outils_bg.wasm", "outils.js", "tools.js"] {
        remove(old)?;
    }
    Ok(Some(format!("./{tools_name}")))
}

/// `text` with `from` replaced, which must be there exactly once.
fn replace_once(text: &str, from: &str, to: &str, file: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!("{file}: {from} found {n} times, expected once")),
    }
}
