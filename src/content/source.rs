//! Reads and checks the organiser's content file, then writes it out as Rust statics.
//!
//! Runs in build.rs (which includes this file) so that a content mistake stops the build with a
//! message naming the file, the session and the field; the tests run it natively.

use super::acronyms;
pub use super::blocks::{parse_blocks, parse_blocks_in};
use crate::calendar::{Date, Time};
use crate::ids::is_valid_id;
use crate::lang::Lang;
use crate::typo;
use std::fmt;
use toml::{Table, Value};

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
    pub contact: String,
    pub contact_en: Option<String>,
    pub date: Option<Date>,
}

/// Fragments the app itself uses (views and the skip link): a session cannot take them.
pub const RESERVED_IDS: [&str; 3] = ["programme", "mes-ateliers", "contenu"];

const EVENT_FIELDS: [&str; 12] = [
    "id",
    "titre",
    "titre_en",
    "date",
    "lieu",
    "adresse",
    "intertitre",
    "intertitre_en",
    "note",
    "note_en",
    "introduction",
    "introduction_en",
];
const SESSION_FIELDS: [&str; 9] = [
    "id",
    "type",
    "numero",
    "titre",
    "titre_en",
    "debut",
    "fin",
    "description",
    "description_en",
];

/// One table of the file with the words needed to report a problem in it.
pub(super) struct Section<'a> {
    pub(super) file: &'a str,
    pub(super) place: String,
    pub(super) table: &'a Table,
}

impl Section<'_> {
    pub(super) fn err(&self, field: &str, problem: impl Into<String>) -> ContentError {
        ContentError {
            file: self.file.to_string(),
            place: self.place.clone(),
            field: field.to_string(),
            problem: problem.into(),
        }
    }

    fn reject_unknown(&self, known: &[&str]) -> Result<(), ContentError> {
        match self.table.keys().find(|k| !known.contains(&k.as_str())) {
            Some(k) => Err(self.err(
                k,
                format!("champ inconnu (champs possibles : {})", known.join(", ")),
            )),
            None => Ok(()),
        }
    }

    pub(super) fn optional_text(&self, field: &str) -> Result<Option<String>, ContentError> {
        match self.table.get(field) {
            None => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Err(self.err(field, "texte vide")),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            // Dates and times written without quotes are TOML values of their own.
            Some(Value::Datetime(d)) => Ok(Some(d.to_string())),
            Some(_) => Err(self.err(field, "doit être un texte entre guillemets")),
        }
    }

    pub(super) fn text(&self, field: &str) -> Result<String, ContentError> {
        self.optional_text(field)?
            .ok_or_else(|| self.err(field, "champ manquant"))
    }

    /// An English translation (`<field>_en`), typeset the English way.
    fn english(&self, field: &str) -> Result<Option<String>, ContentError> {
        Ok(self
            .optional_text(&format!("{field}_en"))?
            .map(|t| typo::en(&t)))
    }

    /// An English text of paragraphs and lists (`<field>_en`).
    fn english_blocks(&self, field: &str) -> Result<Option<Vec<BlockSrc>>, ContentError> {
        Ok(self
            .optional_text(&format!("{field}_en"))?
            .map(|t| parse_blocks_in(Lang::En, &t)))
    }

    fn id(&self) -> Result<String, ContentError> {
        let id = self.text("id")?;
        if is_valid_id(&id) {
            Ok(id)
        } else {
            Err(self.err(
                "id",
                format!("« {id} » : seulement des minuscules sans accents, des chiffres et des tirets (ex. atelier-2)"),
            ))
        }
    }

    fn time(&self, field: &str) -> Result<Time, ContentError> {
        let raw = self.text(field)?;
        parse_time(&raw).ok_or_else(|| {
            self.err(
                field,
                format!("heure invalide « {raw} » (attendu HH:MM, par exemple 10:30)"),
            )
        })
    }
}

/// `HH:MM` (or a TOML time `HH:MM:00`), 24-hour clock.
fn parse_time(raw: &str) -> Option<Time> {
    let raw = raw
        .strip_suffix(":00")
        .filter(|r| r.len() > 3)
        .unwrap_or(raw);
    let (h, m) = raw.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    Time::new(h.parse().ok()?, m.parse().ok()?)
}

/// `AAAA-MM-JJ`, a real calendar date.
fn parse_date(raw: &str) -> Option<Date> {
    let mut parts = raw.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// Parses and checks the whole file. `file` is the name used in messages.
pub fn parse(file: &str, text: &str) -> Result<EventSrc, ContentError> {
    let root: Table = text.parse().map_err(|e: toml::de::Error| ContentError {
        file: file.to_string(),
        place: "syntaxe TOML".to_string(),
        field: String::new(),
        problem: e.to_string().trim().replace('\n', " "),
    })?;
    let top = Section {
        file,
        place: "début du fichier".to_string(),
        table: &root,
    };
    top.reject_unknown(&[
        "evenement",
        "seance",
        "sigles",
        "sigles_en",
        "accessibilite",
    ])?;
    let event_table = match root.get("evenement") {
        Some(Value::Table(t)) => t,
        _ => return Err(top.err("evenement", "section [evenement] manquante")),
    };
    let ev = Section {
        file,
        place: "section [evenement]".to_string(),
        table: event_table,
    };
    ev.reject_unknown(&EVENT_FIELDS)?;
    let raw_date = ev.text("date")?;
    let date = parse_date(&raw_date).ok_or_else(|| {
        ev.err(
            "date",
            format!("date invalide « {raw_date} » (attendu AAAA-MM-JJ, par exemple 2024-06-06)"),
        )
    })?;
    let mut event = EventSrc {
        id: ev.id()?,
        title: typo::fr(&ev.text("titre")?),
        date,
        place: typo::fr(&ev.text("lieu")?),
        address: typo::fr(&ev.text("adresse")?),
        heading: ev.optional_text("intertitre")?.map(|t| typo::fr(&t)),
        note: ev.optional_text("note")?.map(|t| typo::fr(&t)),
        intro: parse_blocks(&ev.optional_text("introduction")?.unwrap_or_default()),
        sessions: Vec::new(),
        acronyms: Vec::new(),
        statement: StatementSrc::default(),
        title_en: ev.english("titre")?,
        heading_en: ev.english("intertitre")?,
        note_en: ev.english("note")?,
        intro_en: ev.english_blocks("introduction")?,
        acronyms_en: Vec::new(),
    };

    let sessions = match root.get("seance") {
        Some(Value::Array(a)) if !a.is_empty() => a,
        _ => {
            return Err(top.err(
                "seance",
                "aucune séance : ajoutez au moins un bloc [[seance]]",
            ))
        }
    };
    for (i, value) in sessions.iter().enumerate() {
        let position = format!("séance n° {} du fichier", i + 1);
        let Value::Table(table) = value else {
            return Err(top.err(
                "seance",
                format!("{position} : doit être un bloc [[seance]]"),
            ));
        };
        let place = match table.get("id") {
            Some(Value::String(id)) => format!("séance « {id} » ({position})"),
            _ => position,
        };
        let s = Section { file, place, table };
        let session = parse_session(&s)?;
        if let Some(other) = event.sessions.iter().position(|o| o.id == session.id) {
            return Err(s.err(
                "id",
                format!(
                    "identifiant déjà utilisé par la séance n° {} du fichier",
                    other + 1
                ),
            ));
        }
        if let Some(n) = session.number {
            if event
                .sessions
                .iter()
                .any(|o| o.atelier && o.number == Some(n))
            {
                return Err(s.err("numero", format!("l'atelier {n} existe déjà")));
            }
        }
        event.sessions.push(session);
    }
    event.acronyms = acronyms::parse(&top, root.get("sigles"), &event)?;
    event.acronyms_en = acronyms::parse_english(&top, root.get("sigles_en"), &event.acronyms)?;
    event.statement = parse_statement(file, root.get("accessibilite"), &event)?;
    Ok(event)
}

/// `[accessibilite]`, optional: without it the statement names the place as the publisher and
/// asks for a contact.
fn parse_statement(
    file: &str,
    value: Option<&Value>,
    event: &EventSrc,
) -> Result<StatementSrc, ContentError> {
    let empty = Table::new();
    let table = match value {
        Some(Value::Table(t)) => t,
        None => &empty,
        Some(_) => {
            return Err(ContentError {
                file: file.to_string(),
                place: "début du fichier".to_string(),
                field: "accessibilite".to_string(),
                problem: "doit être une section [accessibilite]".to_string(),
            })
        }
    };
    let s = Section {
        file,
        place: "section [accessibilite]".to_string(),
        table,
    };
    s.reject_unknown(&["entite", "contact", "contact_en", "date"])?;
    let date = match s.optional_text("date")? {
        None => None,
        Some(raw) => Some(parse_date(&raw).ok_or_else(|| {
            s.err(
                "date",
                format!("date invalide « {raw} » (attendu AAAA-MM-JJ)"),
            )
        })?),
    };
    Ok(StatementSrc {
        entity: typo::fr(
            &s.optional_text("entite")?
                .unwrap_or_else(|| event.place.clone()),
        ),
        contact: typo::fr(
            &s.optional_text("contact")?
                .unwrap_or_else(|| "À compléter par la collectivité".to_string()),
        ),
        contact_en: s.english("contact")?,
        date,
    })
}

fn parse_session(s: &Section) -> Result<SessionSrc, ContentError> {
    s.reject_unknown(&SESSION_FIELDS)?;
    let id = s.id()?;
    if RESERVED_IDS.contains(&id.as_str()) {
        return Err(s.err(
            "id",
            format!("« {id} » est réservé à l'application ; choisissez-en un autre"),
        ));
    }
    let atelier = match s.text("type")?.as_str() {
        "atelier" => true,
        "plénière" => false,
        other => {
            return Err(s.err(
                "type",
                format!("« {other} » : valeurs possibles « atelier » ou « plénière »"),
            ))
        }
    };
    let number = match s.table.get("numero") {
        None if atelier => {
            return Err(s.err("numero", "champ manquant (obligatoire pour un atelier)"))
        }
        None => None,
        Some(Value::Integer(n)) if (1..=99).contains(n) => Some(*n as u8),
        Some(_) => return Err(s.err("numero", "doit être un nombre entier de 1 à 99")),
    };
    let start = s.time("debut")?;
    let end = s.time("fin")?;
    if end <= start {
        return Err(s.err(
            "fin",
            format!(
                "la fin ({}) doit venir après le début ({})",
                end.iso(),
                start.iso()
            ),
        ));
    }
    Ok(SessionSrc {
        id,
        atelier,
        number,
        title: typo::fr(&s.text("titre")?),
        start,
        end,
        description: parse_blocks(&s.optional_text("description")?.unwrap_or_default()),
        title_en: s.english("titre")?,
        description_en: s.english_blocks("description")?,
    })
}

// An explicit path, so that build.rs (which includes this file by path) and rustfmt find it.
#[cfg(test)]
#[path = "source/tests.rs"]
mod tests;
