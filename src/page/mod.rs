//! The components. They read state from `AppState` and text from `strings` and the content;
//! browser APIs are reached only after mount (`state::AppState::start`), never while rendering.

mod app;
mod header;
mod local_storage;
mod programme;
mod session;
mod state;

pub use app::App;

/// Markup that never changes once rendered, as HTML for an element's `inner_html`. The
/// prerenderer renders it; the wasm, which keeps prerendered `inner_html` as it is when it
/// hydrates, gets an empty string and carries none of its code. Each static element the wasm
/// hydrates costs it code: this is how the page's first load stays within its budget.
#[cfg(feature = "ssr")]
pub fn fixed<V: leptos::tachys::view::RenderHtml>(view: impl FnOnce() -> V) -> String {
    // Without the hydration markers (`<!>`): nothing hydrates inside, and the HTML stays valid.
    view().to_html().replace("<!>", "")
}

#[cfg(not(feature = "ssr"))]
pub fn fixed<V>(_: impl FnOnce() -> V) -> String {
    String::new()
}
