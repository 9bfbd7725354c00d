//! Reads and checks the organiser's content file: serde reads its shape (`raw`), then each value
//! is checked for what it means, with a message that names the file, the session and the field
//! when something is wrong.

use super::acronyms;
use super::blocks::{parse_blocks, parse_blocks_in};
use super::model::{BlockSrc, ContentError, EventSrc, SessionSrc, StatementSrc};
use super::place::{toml_error, Place};
use super::raw::{EventRaw, FileRaw, SessionRaw, StatementRaw, Text};
use crate::dates::{Date, Time};
use crate::ids::is_valid_id;
use crate::lang::Lang;
use crate::typo;

/// Fragments the app itself uses (views and the skip link): a session cannot take them.
pub const RESERVED_IDS: [&str; 3] = ["programme", "mes-ateliers", "contenu"];

/// Parses and checks the whole file. `file` is the name used in messages.
pub fn parse(file: &str, text: &str) -> Result<EventSrc, ContentError> {
    let raw: FileRaw = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let top = Place::Top;
    let Some(ev) = &raw.event else {
        return Err(top.err(file, "evenement", "section [evenement] manquante"));
    };
    let mut event = parse_event(file, ev)?;
    if raw.sessions.is_empty() {
        return Err(top.err(
            file,
            "seance",
            "aucune séance : ajoutez au moins un bloc [[seance]]",
        ));
    }
    for (index, raw_session) in raw.sessions.iter().enumerate() {
        let place = Place::Session {
            index,
            id: Some(&raw_session.id.0),
        };
        let session = parse_session(file, &place, raw_session)?;
        if let Some(other) = event.sessions.iter().position(|o| o.id == session.id) {
            return Err(place.err(
                file,
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
                return Err(place.err(file, "numero", format!("l'atelier {n} existe déjà")));
            }
        }
        event.sessions.push(session);
    }
    event.acronyms = acronyms::parse(file, &raw.acronyms, &event)?;
    event.acronyms_en = acronyms::parse_english(file, &raw.acronyms_en, &event.acronyms)?;
    event.statement = parse_statement(file, &raw.statement, &event)?;
    Ok(event)
}

/// `[evenement]`, without the sessions and acronyms.
fn parse_event(file: &str, ev: &EventRaw) -> Result<EventSrc, ContentError> {
    let place = Place::Section("evenement");
    let date = Date::parse(&ev.date.0).ok_or_else(|| {
        place.err(
            file,
            "date",
            format!(
                "date invalide « {} » (attendu AAAA-MM-JJ, par exemple 2024-06-06)",
                ev.date.0
            ),
        )
    })?;
    Ok(EventSrc {
        id: id(file, &place, &ev.id)?,
        title: fr(&ev.title),
        date,
        place: fr(&ev.place),
        address: fr(&ev.address),
        heading: ev.heading.as_ref().map(fr),
        note: ev.note.as_ref().map(fr),
        intro: blocks(ev.intro.as_ref()),
        sessions: Vec::new(),
        acronyms: Vec::new(),
        statement: StatementSrc::default(),
        title_en: english(ev.title_en.as_ref()),
        heading_en: english(ev.heading_en.as_ref()),
        note_en: english(ev.note_en.as_ref()),
        intro_en: english_blocks(ev.intro_en.as_ref()),
        acronyms_en: Vec::new(),
    })
}

/// `[accessibilite]`, optional: without it the statement names the place as the publisher and
/// says that no contact is given (the build warns).
fn parse_statement(
    file: &str,
    s: &StatementRaw,
    event: &EventSrc,
) -> Result<StatementSrc, ContentError> {
    let date = match &s.date {
        None => None,
        Some(Text(raw)) => Some(Date::parse(raw).ok_or_else(|| {
            Place::Section("accessibilite").err(
                file,
                "date",
                format!("date invalide « {raw} » (attendu AAAA-MM-JJ)"),
            )
        })?),
    };
    Ok(StatementSrc {
        entity: typo::fr(s.entity.as_ref().map_or(&event.place, |Text(t)| t)),
        contact: s.contact.as_ref().map(|Text(t)| typo::fr(t)),
        contact_en: english(s.contact_en.as_ref()),
        date,
    })
}

fn parse_session(file: &str, place: &Place, s: &SessionRaw) -> Result<SessionSrc, ContentError> {
    let id = id(file, place, &s.id)?;
    if RESERVED_IDS.contains(&id.as_str()) {
        return Err(place.err(
            file,
            "id",
            format!("« {id} » est réservé à l'application ; choisissez-en un autre"),
        ));
    }
    let atelier = match s.kind.0.as_str() {
        "atelier" => true,
        "plénière" => false,
        other => {
            return Err(place.err(
                file,
                "type",
                format!("« {other} » : valeurs possibles « atelier » ou « plénière »"),
            ))
        }
    };
    let number = s.number.as_ref().map(|n| n.0);
    if atelier && number.is_none() {
        return Err(place.err(
            file,
            "numero",
            "champ manquant (obligatoire pour un atelier)",
        ));
    }
    let start = time(file, place, "debut", &s.start)?;
    let end = time(file, place, "fin", &s.end)?;
    if end <= start {
        return Err(place.err(
            file,
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
        title: fr(&s.title),
        start,
        end,
        description: blocks(s.description.as_ref()),
        title_en: english(s.title_en.as_ref()),
        description_en: english_blocks(s.description_en.as_ref()),
    })
}

/// An id as the links and the stored choices need it.
fn id(file: &str, place: &Place, Text(id): &Text) -> Result<String, ContentError> {
    if is_valid_id(id) {
        Ok(id.clone())
    } else {
        Err(place.err(
            file,
            "id",
            format!("« {id} » : seulement des minuscules sans accents, des chiffres et des tirets (ex. atelier-2)"),
        ))
    }
}

/// `HH:MM`, quoted or not.
fn time(file: &str, place: &Place, field: &str, Text(raw): &Text) -> Result<Time, ContentError> {
    // A TOML time written without quotes reads `HH:MM:00`.
    let hm = raw.strip_suffix(":00").filter(|r| r.len() > 3);
    Time::parse(hm.unwrap_or(raw)).ok_or_else(|| {
        place.err(
            file,
            field,
            format!("heure invalide « {raw} » (attendu HH:MM, par exemple 10:30)"),
        )
    })
}

/// A French text, typeset the French way.
fn fr(Text(t): &Text) -> String {
    typo::fr(t)
}

/// An English translation (`<field>_en`), typeset the English way.
fn english(t: Option<&Text>) -> Option<String> {
    t.map(|Text(t)| typo::en(t))
}

/// French paragraphs and lists; none when the field is absent.
fn blocks(t: Option<&Text>) -> Vec<BlockSrc> {
    t.map_or_else(Vec::new, |Text(t)| parse_blocks(t))
}

/// An English text of paragraphs and lists (`<field>_en`).
fn english_blocks(t: Option<&Text>) -> Option<Vec<BlockSrc>> {
    t.map(|Text(t)| parse_blocks_in(Lang::En, t))
}
