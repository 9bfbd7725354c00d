//! The organiser's content file (`content/evenement.toml`) at build time (`source` feature):
//! read by serde (`raw`), checked (`read`, `acronyms`, `blocks`; `place` words the errors), then
//! written out as the Rust statics the app compiles (`codegen`; the app's side is
//! `src/event.rs`). build.rs runs it, so that a mistake stops the build with a message naming
//! the file, the session and the field.

mod acronyms;
mod blocks;
mod codegen;
mod model;
mod place;
mod raw;
mod read;

pub use codegen::to_rust;
pub use model::{
    Access, Bilingual, BlockSrc, ContentError, EventSrc, KindSrc, PlaceSrc, RoomSrc, SessionSrc,
    SpeakerSrc, StatementSrc,
};
pub use read::{parse, ACCESS, RESERVED_IDS};

#[cfg(test)]
mod tests;
