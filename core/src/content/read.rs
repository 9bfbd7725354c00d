//! Reads and checks the organiser's content file: serde reads its shape (`raw`), then each value
//! is checked for what it means, with a message that names the file, the session and the field
//! when something is wrong.

use super::acronyms;
use super::blocks::{parse_blocks, parse_blocks_in};
use super::model::{
    Access, Bilingual, BlockSrc, ContentError, EventSrc, KindSrc, PlaceSrc, RoomSrc, SessionSrc,
    SpeakerSrc, StatementSrc,
};
use super::place::{toml_error, Place};
use super::raw::{EventRaw, FileRaw, PlaceRaw, RoomRaw, SessionRaw, StatementRaw, Text};
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
    event.places = parse_places(file, &raw.places)?;
    event.rooms = parse_rooms(file, &raw.rooms, &event.places)?;
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
        let session = parse_session(file, &place, raw_session, &event)?;
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
                .any(|o| o.kind == session.kind && o.number == Some(n))
            {
                let kind = &session.kind.name.fr;
                return Err(place.err(file, "numero", format!("{kind} {n} existe déjà")));
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
    let last_day = match &ev.date_fin {
        None => date,
        Some(Text(raw)) => {
            let last = Date::parse(raw).filter(|d| *d >= date).ok_or_else(|| {
                place.err(
                    file,
                    "date_fin",
                    format!(
                        "date invalide « {raw} » (attendu AAAA-MM-JJ, le dernier jour, au plus tôt le {})",
                        date.iso()
                    ),
                )
            })?;
            if last.days() - date.days() > 31 {
                return Err(place.err(file, "date_fin", "plus de 31 jours après « date »"));
            }
            last
        }
    };
    Ok(EventSrc {
        id: id(file, &place, &ev.id)?,
        title: fr(&ev.title),
        date,
        last_day,
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
        places: Vec::new(),
        rooms: Vec::new(),
    })
}

/// `[[lieu]]`: the event's further places.
fn parse_places(file: &str, raw: &[PlaceRaw]) -> Result<Vec<PlaceSrc>, ContentError> {
    let mut places: Vec<PlaceSrc> = Vec::new();
    for (index, p) in raw.iter().enumerate() {
        let place = Place::Item {
            table: "lieu",
            index,
            id: Some(&p.id.0),
        };
        let id = id(file, &place, &p.id)?;
        if places.iter().any(|o| o.id == id) {
            return Err(place.err(file, "id", "identifiant déjà utilisé par un autre lieu"));
        }
        places.push(PlaceSrc {
            id,
            name: both(&p.name, p.name_en.as_ref()),
            address: fr(&p.address),
        });
    }
    Ok(places)
}

/// `[[salle]]`, each in the event's place or in one of `places`.
fn parse_rooms(
    file: &str,
    raw: &[RoomRaw],
    places: &[PlaceSrc],
) -> Result<Vec<RoomSrc>, ContentError> {
    let mut rooms: Vec<RoomSrc> = Vec::new();
    for (index, r) in raw.iter().enumerate() {
        let place = Place::Item {
            table: "salle",
            index,
            id: Some(&r.id.0),
        };
        let id = id(file, &place, &r.id)?;
        if rooms.iter().any(|o| o.id == id) {
            return Err(place.err(file, "id", "identifiant déjà utilisé par une autre salle"));
        }
        let in_place = match &r.place {
            None => None,
            Some(Text(p)) if places.iter().any(|o| &o.id == p) => Some(p.clone()),
            Some(Text(p)) => {
                return Err(place.err(
                    file,
                    "lieu",
                    format!(
                        "lieu inconnu « {p} » : {}",
                        known("lieu", places.iter().map(|o| &o.id))
                    ),
                ))
            }
        };
        rooms.push(RoomSrc {
            id,
            name: both(&r.name, r.name_en.as_ref()),
            detail: r.detail.as_ref().map(|d| both(d, r.detail_en.as_ref())),
            place: in_place,
        });
    }
    Ok(rooms)
}

/// « lieux déclarés : a, b », or that there are none, for a message about an unknown id.
fn known<'a>(table: &str, ids: impl Iterator<Item = &'a String>) -> String {
    let ids: Vec<&str> = ids.map(String::as_str).collect();
    if ids.is_empty() {
        format!("aucun bloc [[{table}]] n'est déclaré dans le fichier")
    } else {
        format!(
            "identifiants déclarés dans [[{table}]] : {}",
            ids.join(", ")
        )
    }
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

fn parse_session(
    file: &str,
    place: &Place,
    s: &SessionRaw,
    event: &EventSrc,
) -> Result<SessionSrc, ContentError> {
    let id = id(file, place, &s.id)?;
    if RESERVED_IDS.contains(&id.as_str()) {
        return Err(place.err(
            file,
            "id",
            format!("« {id} » est réservé à l'application ; choisissez-en un autre"),
        ));
    }
    let kind = kind(file, place, &s.kind, s.kind_en.as_ref())?;
    let atelier = kind.is_atelier();
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
    let day = match &s.day {
        None => event.date,
        Some(Text(raw)) => Date::parse(raw)
            .filter(|d| (event.date..=event.last_day).contains(d))
            .ok_or_else(|| {
                place.err(
                    file,
                    "jour",
                    format!(
                        "jour invalide « {raw} » (attendu AAAA-MM-JJ, du {} au {} : « date » et « date_fin » de [evenement])",
                        event.date.iso(),
                        event.last_day.iso()
                    ),
                )
            })?,
    };
    let room = match &s.room {
        None => None,
        Some(Text(r)) if event.room(r).is_some() => Some(r.clone()),
        Some(Text(r)) => {
            return Err(place.err(
                file,
                "salle",
                format!(
                    "salle inconnue « {r} » : {}",
                    known("salle", event.rooms.iter().map(|o| &o.id))
                ),
            ))
        }
    };
    let registration_link = match &s.registration_link {
        None => None,
        Some(Text(link)) if is_web_address(link) => Some(link.clone()),
        Some(Text(link)) => {
            return Err(place.err(
                file,
                "inscription_lien",
                format!(
                    "« {link} » : une adresse web complète est attendue, commençant par https://"
                ),
            ))
        }
    };
    let access = s
        .access
        .0
        .iter()
        .map(|Text(code)| {
            access(code).ok_or_else(|| {
                place.err(
                    file,
                    "accessibilite",
                    format!(
                        "« {code} » : valeurs possibles {}",
                        ACCESS.map(|(c, _)| format!("« {c} »")).join(", ")
                    ),
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let tags_en = match &s.tags_en {
        Some(en) if en.0.len() != s.tags.0.len() => {
            return Err(place.err(
                file,
                "etiquettes_en",
                format!(
                    "{} étiquette(s) en anglais pour {} en français : une traduction par étiquette, dans le même ordre",
                    en.0.len(),
                    s.tags.0.len()
                ),
            ))
        }
        Some(en) => en.0.iter().map(Some).collect(),
        None => vec![None; s.tags.0.len()],
    };
    let cancelled = s.cancelled.as_ref().is_some_and(|c| c.0);
    if s.cancelled_note.is_some() && !cancelled {
        return Err(place.err(
            file,
            "annule_note",
            "une note d'annulation sans « annule = true »",
        ));
    }
    Ok(SessionSrc {
        id,
        cancelled,
        cancelled_note: s
            .cancelled_note
            .as_ref()
            .map(|t| both(t, s.cancelled_note_en.as_ref())),
        choosable: s.choosable.as_ref().map_or(atelier, |c| c.0),
        kind,
        number,
        title: fr(&s.title),
        start,
        end,
        description: blocks(s.description.as_ref()),
        title_en: english(s.title_en.as_ref()),
        description_en: english_blocks(s.description_en.as_ref()),
        day,
        room,
        registration: s
            .registration
            .as_ref()
            .map(|t| both(t, s.registration_en.as_ref())),
        registration_link,
        capacity: s.capacity.as_ref().map(|t| both(t, s.capacity_en.as_ref())),
        access,
        access_note: s
            .access_note
            .as_ref()
            .map(|t| both(t, s.access_note_en.as_ref())),
        tags: s
            .tags
            .0
            .iter()
            .zip(tags_en)
            .map(|(t, en)| both(t, en))
            .collect(),
        speakers: s
            .speakers
            .iter()
            .map(|p| SpeakerSrc {
                name: fr(&p.name),
                role: p.role.as_ref().map(|t| both(t, p.role_en.as_ref())),
                organisation: p
                    .organisation
                    .as_ref()
                    .map(|t| both(t, p.organisation_en.as_ref())),
            })
            .collect(),
    })
}

/// The access codes of `accessibilite` and what they stand for.
pub const ACCESS: [(&str, Access); 6] = [
    ("lsf", Access::SignLanguage),
    ("boucle", Access::HearingLoop),
    ("plain-pied", Access::StepFree),
    ("sous-titres", Access::Captions),
    ("audiodescription", Access::AudioDescription),
    ("facile", Access::EasyRead),
];

fn access(code: &str) -> Option<Access> {
    ACCESS.iter().find(|(c, _)| *c == code).map(|(_, a)| *a)
}

/// Kinds the app knows in English, so that organisers need not translate them (`type_en`
/// overrides).
const KINDS_EN: [(&str, &str); 16] = [
    ("atelier", "workshop"),
    ("plénière", "plenary session"),
    ("session plénière", "plenary session"),
    ("table ronde", "round table"),
    ("conférence", "talk"),
    ("pause", "break"),
    ("déjeuner", "lunch"),
    ("accueil", "welcome"),
    ("ouverture", "opening"),
    ("clôture", "closing"),
    ("visite", "visit"),
    ("débat", "debate"),
    ("témoignages", "testimonies"),
    ("projection", "screening"),
    ("rencontre", "meeting"),
    ("forum", "fair"),
];

/// A session's kind from `type` (and `type_en`): its name, and an id for filters.
fn kind(
    file: &str,
    place: &Place,
    Text(name): &Text,
    en: Option<&Text>,
) -> Result<KindSrc, ContentError> {
    let name = name.trim().to_lowercase();
    let id = slug(&name);
    if id.is_empty() {
        return Err(place.err(
            file,
            "type",
            format!("« {name} » : le type d'une séance s'écrit en mots, par exemple « atelier », « table ronde », « pause »"),
        ));
    }
    let en = en.map(|Text(t)| typo::en(t.trim())).or_else(|| {
        KINDS_EN
            .iter()
            .find(|(fr, _)| *fr == name)
            .map(|(_, en)| en.to_string())
    });
    Ok(KindSrc {
        id,
        name: Bilingual {
            fr: typo::fr(&name),
            en,
        },
    })
}

/// `table-ronde` for « table ronde »: lower case, accents dropped, anything else a hyphen.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'œ' => {
                out.push_str("oe");
                continue;
            }
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// An address a link can take: `https://` (or `http://`) and no space or quote.
fn is_web_address(link: &str) -> bool {
    let rest = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"));
    rest.is_some_and(|r| {
        r.contains('.') && !r.chars().any(|c| c.is_whitespace() || "\"<>'`".contains(c))
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

/// A French text and its optional English translation, each typeset its own way.
fn both(fr_text: &Text, en: Option<&Text>) -> Bilingual {
    Bilingual {
        fr: fr(fr_text),
        en: english(en),
    }
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
