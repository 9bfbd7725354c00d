//! Turns `content/evenement.toml` into Rust statics (`$OUT_DIR/event.rs`), checking it on the
//! way: a content mistake stops the build with a message naming the file, session and field.

#[path = "src/calendar.rs"]
#[allow(dead_code)]
mod calendar;
#[path = "src/ids.rs"]
mod ids;
#[path = "src/content/source.rs"]
#[allow(dead_code)]
mod source;
#[path = "src/typo.rs"]
#[allow(dead_code)]
mod typo;

use std::path::Path;

const CONTENT: &str = "content/evenement.toml";

fn main() {
    println!("cargo:rerun-if-changed={CONTENT}");
    for f in [
        "src/content/source.rs",
        "src/ids.rs",
        "src/calendar.rs",
        "src/typo.rs",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let text = match std::fs::read_to_string(CONTENT) {
        Ok(t) => t,
        Err(e) => fail(&format!("{CONTENT} : lecture impossible : {e}")),
    };
    let event = match source::parse(CONTENT, &text) {
        Ok(ev) => ev,
        Err(e) => fail(&e.to_string()),
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("event.rs");
    std::fs::write(&out, source::to_rust(&event)).expect("OUT_DIR is writable");
}

/// Prints the organiser-facing message alone on its line, then stops the build.
fn fail(message: &str) -> ! {
    eprintln!("\nerreur dans le contenu : {message}\n");
    std::process::exit(1);
}
