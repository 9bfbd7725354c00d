//! The event as the app sees it: static data generated at build time from
//! `content/evenement.toml` (build.rs, with `journee_core::content`), so the page parses
//! nothing at run time.
//!
//! Natively (prerendering, tests) there is one event a language. The wasm holds a single one
//! with ids, numbers and times but no text (`codegen::Texts::None`): it hydrates markup whose
//! words are already there, in either language.

use crate::dates::{Date, Time};
use crate::lang::Lang;

#[derive(Debug)]
pub struct Event {
    /// Separates one event's saved choices from another's.
    pub id: &'static str,
    /// The language of its texts (`fr`, `en`).
    pub lang: &'static str,
    pub title: &'static str,
    /// `Some("fr")` on the English page when the title has no translation.
    pub title_lang: Option<&'static str>,
    /// The first day.
    pub date: Date,
    /// The day, or the days (« 13 et 14 mars 2025 »), for the header; `iso` is the first.
    pub day: Label,
    /// The days that have sessions, in order; one for most events.
    pub days: &'static [Day],
    pub place: &'static str,
    pub address: &'static str,
    /// « Rennes Métropole, 4 avenue Henri Fréville, 35031 Rennes ».
    pub where_line: &'static str,
    /// The address on OpenStreetMap, and as a `geo:` link for phones' map apps.
    pub map_url: &'static str,
    pub geo_url: &'static str,
    /// The organiser's heading above the programme and its note (« Présentation des ateliers »,
    /// « NB : … »), empty without them.
    pub lead: Html,
    pub intro: Html,
    /// The acronyms of the text and what they stand for (`<dl>`), empty when there are none.
    pub glossary: Html,
    pub statement: Statement,
    /// Places other than the event's own (`[[lieu]]`), and the rooms (`[[salle]]`).
    pub places: &'static [Place],
    pub rooms: &'static [Room],
    /// The kinds of session, in order of first appearance: the filter's choices.
    pub kinds: &'static [Choice],
    /// Whether every session with a choose control is an atelier: the interface then speaks of
    /// ateliers, else of séances.
    pub ateliers: bool,
    pub sessions: &'static [Session],
}

#[derive(Debug)]
pub struct Day {
    /// The fragment of its section: `jour-2025-03-13`.
    pub id: &'static str,
    /// « jeudi 13 mars ».
    pub label: Label,
}

/// A text of the organiser's with its `lang` attribute: `Some("fr")` on the English page when it
/// has no translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub text: &'static str,
    pub lang: Option<&'static str>,
}

#[derive(Debug)]
pub struct Place {
    pub name: Text,
    pub address: &'static str,
    pub map_url: &'static str,
}

#[derive(Debug)]
pub struct Room {
    pub id: &'static str,
    pub name: Text,
    /// Building, floor.
    pub detail: Option<Text>,
    /// Its place in `Event::places`; `None`: the event's own.
    pub place: Option<usize>,
}

/// A choice of the filter: an id for the URL and the page, a name for people.
#[derive(Debug)]
pub struct Choice {
    pub id: &'static str,
    pub name: Text,
}

#[derive(Debug)]
pub struct Speaker {
    pub name: &'static str,
    pub role: Option<Text>,
    pub organisation: Option<Text>,
}

/// What a session offers for access (the content's `accessibilite` codes).
pub use crate::access::Access;

#[derive(Debug)]
pub struct Session {
    pub id: &'static str,
    /// Its kind's id (`table-ronde`) and name in the page's language (« table ronde »).
    pub kind: &'static str,
    pub kind_name: &'static str,
    /// « Atelier 2 » for a numbered session, else empty.
    pub label: &'static str,
    /// What completes its buttons' names for screen readers: « (atelier 2) », « (Titre) ».
    pub which: &'static str,
    /// A plenary, for all participants.
    pub plenary: bool,
    /// Whether it has a choose control.
    pub choosable: bool,
    /// Cancelled after publication: it can no longer be chosen; a chosen one stays in « Mes
    /// ateliers », marked.
    pub cancelled: bool,
    pub number: Option<u8>,
    pub title: &'static str,
    /// `Some("fr")` on the English page when the title has no translation.
    pub title_lang: Option<&'static str>,
    /// Its day in `Event::days`.
    pub day: usize,
    pub start: Time,
    pub end: Time,
    /// The id of its heading (`atelier-2-titre`): where a deep link puts the focus.
    pub heading_id: &'static str,
    pub start_at: Label,
    pub end_at: Label,
    /// The day and the times, for a card seen on its own (« jeudi 6 juin 2024, 10 h 30 – 12 h 30 »).
    pub when: Html,
    pub description: Html,
    /// Its room in `Event::rooms`, and the room's id (the filter's; empty without a room).
    pub room: Option<usize>,
    pub room_id: &'static str,
    pub speakers: &'static [Speaker],
    pub registration: Option<Text>,
    /// An address to register at, or empty.
    pub registration_link: &'static str,
    pub capacity: Option<Text>,
    pub access: &'static [Access],
    pub access_note: Option<Text>,
    pub tags: &'static [Text],
    pub cancelled_note: Option<Text>,
}

/// The accessibility statement's publisher, contact (escaped; `None` when the organiser has not
/// given it) and date (« jeudi 26 novembre 2026 », empty if not given), from `[accessibilite]`.
#[derive(Debug)]
pub struct Statement {
    pub entity: &'static str,
    pub contact: Option<Html>,
    pub date: &'static str,
}

/// A date or a time as the page writes it, formatted at build time: `iso` for
/// `<time datetime>`, `text` for people (« jeudi 6 juin 2024 », « 10 h 30 », « 10:30 »).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    pub iso: &'static str,
    pub text: &'static str,
}

/// Paragraphs and lists of the organiser's text, escaped and typeset at build time: the page
/// inserts them as they are, which keeps the wasm small.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Html(pub &'static str);

include!(concat!(env!("OUT_DIR"), "/event.rs"));

/// The event in `lang`.
#[cfg(any(feature = "ssr", not(feature = "hydrate")))]
pub fn event(lang: Lang) -> &'static Event {
    match lang {
        Lang::Fr => &EVENT,
        Lang::En => &EVENT_EN,
    }
}

/// The wasm's event, the same in both languages: it has no texts.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn event(_: Lang) -> &'static Event {
    &EVENT
}

/// Sessions that share the same day, start and end: the ateliers that run in parallel form one
/// slot.
#[derive(Clone, Copy)]
pub struct Slot {
    pub day: usize,
    pub start: Time,
    pub end: Time,
    pub sessions: &'static [Session],
}

/// The slots of the event, day by day. The build wrote the sessions in time order, so a slot is a
/// run of neighbours with equal days and times.
pub fn slots(event: &'static Event) -> Vec<Slot> {
    slots_of(event.sessions)
}

fn slots_of(all: &'static [Session]) -> Vec<Slot> {
    let mut slots = Vec::new();
    let mut first = 0;
    for i in 1..=all.len() {
        let when = |s: &Session| (s.day, s.start, s.end);
        if i == all.len() || when(&all[i]) != when(&all[first]) {
            slots.push(Slot {
                day: all[first].day,
                start: all[first].start,
                end: all[first].end,
                sessions: &all[first..i],
            });
            first = i;
        }
    }
    slots
}

/// Whether two chosen sessions overlap in time: only one of them can be attended (the note of
/// « Mes ateliers »). From the content's days and times, so that staggered sessions get no false
/// note.
pub fn any_overlap(sessions: &[Session], chosen: impl Fn(&str) -> bool) -> bool {
    let chosen: Vec<&Session> = sessions
        .iter()
        .filter(|s| !s.cancelled && chosen(s.id))
        .collect();
    chosen.iter().enumerate().any(|(i, a)| {
        chosen[i + 1..]
            .iter()
            .any(|b| a.day == b.day && a.start < b.end && b.start < a.end)
    })
}

/// The interface's words for the event in `lang`: of ateliers, or of séances when its choices
/// are not all ateliers.
pub fn words(lang: Lang) -> &'static crate::strings::Ui {
    crate::strings::ui(lang, !event(lang).ateliers)
}

impl Event {
    /// Whether it runs over several days.
    pub fn several_days(&self) -> bool {
        self.days.len() > 1
    }

    pub fn session(&self, id: &str) -> Option<&'static Session> {
        self.sessions.iter().find(|s| s.id == id)
    }
}

#[cfg(test)]
mod tests;
