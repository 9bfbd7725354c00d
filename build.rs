//! Turns the content file into Rust statics (`$OUT_DIR/event.rs`, included by `src/event.rs`),
//! checking it on the way with `journee_core::content`: a content mistake stops the build with a
//! message naming the file, session and field. The file is `content/evenement.toml`, or the one
//! the `JOURNEE_CONTENT` environment variable names (a path from the project's folder).

use std::path::Path;

const CONTENT: &str = "content/evenement.toml";

fn main() {
    // The reader's own sources are a build-dependency: cargo reruns this when they change.
    println!("cargo:rerun-if-env-changed=JOURNEE_CONTENT");
    let file = std::env::var("JOURNEE_CONTENT").unwrap_or_else(|_| CONTENT.to_string());
    println!("cargo:rerun-if-changed={file}");
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) => fail(&format!("{file} : lecture impossible : {e}")),
    };
    let event = match journee_core::content::parse(&file, &text) {
        Ok(ev) => ev,
        Err(e) => fail(&e.to_string()),
    };
    if event.statement.contact.is_none() {
        // Loud, but not an error: a draft may be built before the contact is known. The
        // published statement then says plainly that none is given.
        println!(
            "cargo:warning={file} : section [accessibilite], champ « contact » manquant : la \
             déclaration d'accessibilité dira qu'aucun contact n'est indiqué. Ajoutez l'adresse \
             ou le formulaire du référent accessibilité avant de publier."
        );
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("event.rs");
    // The wasm alone (hydrate without ssr) gets the texts-free event: see codegen.rs.
    let feature = |f: &str| std::env::var_os(format!("CARGO_FEATURE_{f}")).is_some();
    let with_texts = feature("SSR") || !feature("HYDRATE");
    std::fs::write(&out, journee_core::content::to_rust(&event, with_texts))
        .expect("OUT_DIR is writable");
}

/// Prints the organiser-facing message alone on its line, then stops the build.
fn fail(message: &str) -> ! {
    eprintln!("\nerreur dans le contenu : {message}\n");
    std::process::exit(1);
}
