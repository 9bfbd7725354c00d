//! The content file's checked form, and what is reported when it is wrong. Read by `read`,
//! written out by `codegen`.

use crate::dates::{Date, Time};
use std::fmt;

/// What the build found wrong, in the organiser's words: where, which field, what.
#[derive(Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// « section [evenement] » or « séance « atelier-3 » » (or its position when it has no id).
    pub place: String,
    pub field: String,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} : {}", self.file, self.place)?;
        if !self.field.is_empty() {
            write!(f, ", champ « {} »", self.field)?;
        }
        write!(f, " : {}", self.problem)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum BlockSrc {
    Paragraph(String),
    List(Vec<String>),
}

#[derive(Debug)]
pub struct SessionSrc {
    pub id: String,
    pub atelier: bool,
    pub number: Option<u8>,
    pub title: String,
    pub start: Time,
    pub end: Time,
    pub description: Vec<BlockSrc>,
    /// The English translations (`titre_en`, `description_en`), when the file has them.
    pub title_en: Option<String>,
    pub description_en: Option<Vec<BlockSrc>>,
}

#[derive(Debug)]
pub struct EventSrc {
    pub id: String,
    pub title: String,
    pub date: Date,
    pub place: String,
    pub address: String,
    /// The heading the organiser put above the programme (« Présentation des ateliers »), and
    /// the line under it (« NB : … »): both optional.
    pub heading: Option<String>,
    pub note: Option<String>,
    pub intro: Vec<BlockSrc>,
    pub sessions: Vec<SessionSrc>,
    /// Acronyms of the text and what they stand for, in alphabetical order.
    pub acronyms: Vec<(String, String)>,
    pub statement: StatementSrc,
    pub title_en: Option<String>,
    pub heading_en: Option<String>,
    pub note_en: Option<String>,
    pub intro_en: Option<Vec<BlockSrc>>,
    /// `[sigles_en]`: the acronyms' meanings in English (some, all or none).
    pub acronyms_en: Vec<(String, String)>,
}

/// `[accessibilite]`: who publishes the accessibility statement, how to reach them, when.
#[derive(Debug, Default)]
pub struct StatementSrc {
    pub entity: String,
    /// How to reach the accessibility officer; `None` until the organiser gives it.
    pub contact: Option<String>,
    pub contact_en: Option<String>,
    pub date: Option<Date>,
}
