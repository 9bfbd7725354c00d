//! Build time (native, `ssr` feature): Trunk's `post_build` hook, run by
//! `src/bin/prerender.rs`. It renders the same components the page hydrates into Trunk's staged
//! `index.html` (`page`), locks the page down (`security`), writes the web app's files
//! (`webapp`: manifest, service worker), names the tools' files by content (`tools`), and writes
//! the accessibility statement (`statement`) and the static notes and dialogs (`notes`).

mod notes;
mod page;
mod scripts;
mod security;
pub mod statement;
mod tools;
mod webapp;

pub use notes::{connection_notes, embed_notes, page_end, tool_dialogs};
pub use page::{
    page, render_app, statement_page, static_page, with_root_attribute, with_service_worker,
};
pub use scripts::{page_script_url, with_lean_script, without_comment_lines};
pub use security::{base64, csp, inline_hashes};
pub use tools::hashed_tools;
pub use webapp::{manifest, service_worker};

#[cfg(test)]
mod tests;
