//! The components. They read state from `AppState` and text from `strings` and the content;
//! browser APIs are reached only after mount (`state::AppState::start`), never while rendering.

mod app;
mod header;
mod programme;
mod session;
mod state;

pub use app::App;
