//! journee's pure logic: text in, text out, no browser and no I/O, so that every case is tested
//! natively. One crate, reached the same way by each context that uses it:
//! - the page's wasm (`src/`): the languages, routes, bookmarks and their storage policy;
//! - the tools' wasm (`src/bin/tools.rs`): calendar files, QR codes, transfer links;
//! - the build (`build.rs`, with the `source` feature): the content file read, checked and
//!   written as Rust statics.

pub mod access;
pub mod bookmarks;
#[cfg(feature = "source")]
pub mod content;
pub mod dates;
pub mod html;
pub mod icalendar;
pub mod ids;
pub mod lang;
pub mod qr;
pub mod route;
pub mod storage_policy;
pub mod transfer;
pub mod typo;
