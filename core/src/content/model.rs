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

/// A text of the organiser's in French, typeset, with its English translation if given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bilingual {
    pub fr: String,
    pub en: Option<String>,
}

/// A session's kind: the file's French name (« table ronde »), its id for filters
/// (`table-ronde`) and its English name, given or known to the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindSrc {
    pub id: String,
    pub name: Bilingual,
}

impl KindSrc {
    pub fn is_atelier(&self) -> bool {
        self.id == "atelier"
    }

    /// « plénière », « session plénière »: for all participants.
    pub fn is_plenary(&self) -> bool {
        matches!(self.id.as_str(), "pleniere" | "session-pleniere")
    }
}

pub use crate::access::Access;

#[derive(Debug)]
pub struct SpeakerSrc {
    pub name: String,
    pub role: Option<Bilingual>,
    pub organisation: Option<Bilingual>,
}

/// `[[lieu]]`.
#[derive(Debug)]
pub struct PlaceSrc {
    pub id: String,
    pub name: Bilingual,
    pub address: String,
}

/// `[[salle]]`; `place` is the id of a `[[lieu]]`, `None` for the event's own place.
#[derive(Debug)]
pub struct RoomSrc {
    pub id: String,
    pub name: Bilingual,
    pub detail: Option<Bilingual>,
    pub place: Option<String>,
}

#[derive(Debug)]
pub struct SessionSrc {
    pub id: String,
    pub kind: KindSrc,
    /// Whether it gets a choose control.
    pub choosable: bool,
    pub number: Option<u8>,
    pub title: String,
    pub start: Time,
    pub end: Time,
    pub description: Vec<BlockSrc>,
    /// The English translations (`titre_en`, `description_en`), when the file has them.
    pub title_en: Option<String>,
    pub description_en: Option<Vec<BlockSrc>>,
    pub day: Date,
    /// The id of a `[[salle]]`.
    pub room: Option<String>,
    pub registration: Option<Bilingual>,
    pub registration_link: Option<String>,
    pub capacity: Option<Bilingual>,
    pub access: Vec<Access>,
    pub access_note: Option<Bilingual>,
    pub tags: Vec<Bilingual>,
    pub speakers: Vec<SpeakerSrc>,
    pub cancelled: bool,
    /// Why, or what instead (« reporté au 20 juin »).
    pub cancelled_note: Option<Bilingual>,
}

#[derive(Debug)]
pub struct EventSrc {
    pub id: String,
    pub title: String,
    pub date: Date,
    /// The last day: `date` for an event of one day.
    pub last_day: Date,
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
    pub places: Vec<PlaceSrc>,
    pub rooms: Vec<RoomSrc>,
}

impl EventSrc {
    /// The days that have sessions, in order.
    pub fn days(&self) -> Vec<Date> {
        let mut days: Vec<Date> = self.sessions.iter().map(|s| s.day).collect();
        days.sort();
        days.dedup();
        days
    }

    pub fn room(&self, id: &str) -> Option<&RoomSrc> {
        self.rooms.iter().find(|r| r.id == id)
    }
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
