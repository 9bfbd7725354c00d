//! Reads and checks the organiser's content file: every field, with a message that names the
//! file, the session and the field when something is wrong.

use super::acronyms;
use super::blocks::parse_blocks;
use super::model::{ContentError, EventSrc, SessionSrc, StatementSrc};
use super::section::Section;
use crate::dates::Date;
use crate::typo;
use toml::{Table, Value};

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
    let date = Date::parse(&raw_date).ok_or_else(|| {
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
        Some(raw) => Some(Date::parse(&raw).ok_or_else(|| {
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
