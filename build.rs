//! Turns `content/evenement.toml` into Rust statics (`$OUT_DIR/event.rs`), checking it on the
//! way: a content mistake stops the build with a message naming the file, session and field.

#[path = "src/calendar.rs"]
#[allow(dead_code)]
mod calendar;
#[path = "src/html.rs"]
mod html;
#[path = "src/ids.rs"]
mod ids;
#[path = "src/lang.rs"]
#[allow(dead_code)]
mod lang;
#[path = "src/typo.rs"]
#[allow(dead_code)]
mod typo;

/// The same module paths as in the library (`crate::content::…`).
mod content {
    #[path = "../src/content/acronyms.rs"]
    pub mod acronyms;
    #[path = "../src/content/blocks.rs"]
    pub mod blocks;
    #[path = "../src/content/codegen.rs"]
    pub mod codegen;
    #[path = "../src/content/source.rs"]
    #[allow(dead_code)]
    pub mod source;
}

use std::path::Path;

const CONTENT: &str = "content/evenement.toml";
const SOURCES: [&str; 9] = [
    "src/lang.rs",
    "src/html.rs",
    "src/content/source.rs",
    "src/content/blocks.rs",
    "src/content/acronyms.rs",
    "src/content/codegen.rs",
    "src/ids.rs",
    "src/calendar.rs",
    "src/typo.rs",
];

fn main() {
    println!("cargo:rerun-if-changed={CONTENT}");
    for f in SOURCES {
        println!("cargo:rerun-if-changed={f}");
    }
    let text = match std::fs::read_to_string(CONTENT) {
        Ok(t) => t,
        Err(e) => fail(&format!("{CONTENT} : lecture impossible : {e}")),
    };
    let event = match content::source::parse(CONTENT, &text) {
        Ok(ev) => ev,
        Err(e) => fail(&e.to_string()),
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("event.rs");
    // The wasm alone (hydrate without ssr) gets the texts-free event: see codegen.rs.
    let feature = |f: &str| std::env::var_os(format!("CARGO_FEATURE_{f}")).is_some();
    let with_texts = feature("SSR") || !feature("HYDRATE");
    std::fs::write(&out, content::codegen::to_rust(&event, with_texts))
        .expect("OUT_DIR is writable");
}

/// Prints the organiser-facing message alone on its line, then stops the build.
fn fail(message: &str) -> ! {
    eprintln!("\nerreur dans le contenu : {message}\n");
    std::process::exit(1);
}
