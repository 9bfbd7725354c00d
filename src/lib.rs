//! journee: the programme of an event, as a page that runs entirely in the browser.
//!
//! Where each part runs:
//! - `journee-core` (`core/`): pure logic shared by every context, tested natively;
//! - `page`: the components and the browser's side, hydrated in the page's wasm (`main.rs`) and
//!   rendered natively at build time;
//! - `build` (`ssr` feature): Trunk's post-build hook, `bin/prerender.rs`;
//! - the tools' wasm, `bin/tools.rs`, which uses `journee-core` alone;
//! - `event` (the content as statics, written by `build.rs`), `strings` (the interface's words)
//!   and `contract` (the names the page's JavaScript reads) are used by the page and the build.

pub use journee_core::{access, bookmarks, dates, html, lang, route, storage_policy, typo};

pub mod contract;
pub mod event;
pub mod page;
pub mod strings;

#[cfg(feature = "ssr")]
pub mod build;

/// Takes over the programme prerendered in the page's body (see `build`): the markup is kept,
/// events and reactive attributes are attached to it.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    // The page's language is the one it was prerendered in.
    let lang = leptos::prelude::document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .map_or(lang::Lang::Fr, |code| lang::Lang::from_code(&code));
    leptos::mount::hydrate_body(move || leptos::view! { <page::App lang/> });
}
