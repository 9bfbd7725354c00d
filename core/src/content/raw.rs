//! The content file as written, deserialised by serde: one struct a kind of table, the French
//! field names of the file, unknown fields refused. Only the shape is checked here (texts are
//! texts, numbers numbers); what the values mean is checked in `read`.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileRaw {
    #[serde(rename = "evenement")]
    pub event: Option<EventRaw>,
    #[serde(default, rename = "seance")]
    pub sessions: Vec<SessionRaw>,
    /// Sorted: the acronyms are listed in alphabetical order, whatever the file's.
    #[serde(default, rename = "sigles")]
    pub acronyms: BTreeMap<String, Text>,
    #[serde(default, rename = "sigles_en")]
    pub acronyms_en: BTreeMap<String, Text>,
    #[serde(default, rename = "accessibilite")]
    pub statement: StatementRaw,
    /// Places other than the event's own (`lieu`, `adresse`).
    #[serde(default, rename = "lieu")]
    pub places: Vec<PlaceRaw>,
    #[serde(default, rename = "salle")]
    pub rooms: Vec<RoomRaw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EventRaw {
    pub id: Text,
    #[serde(rename = "titre")]
    pub title: Text,
    #[serde(rename = "titre_en")]
    pub title_en: Option<Text>,
    pub date: Text,
    /// The last day of an event over several days.
    pub date_fin: Option<Text>,
    #[serde(rename = "lieu")]
    pub place: Text,
    #[serde(rename = "adresse")]
    pub address: Text,
    #[serde(rename = "intertitre")]
    pub heading: Option<Text>,
    #[serde(rename = "intertitre_en")]
    pub heading_en: Option<Text>,
    pub note: Option<Text>,
    pub note_en: Option<Text>,
    #[serde(rename = "introduction")]
    pub intro: Option<Text>,
    #[serde(rename = "introduction_en")]
    pub intro_en: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SessionRaw {
    pub id: Text,
    #[serde(rename = "type")]
    pub kind: Text,
    #[serde(rename = "numero")]
    pub number: Option<Number>,
    #[serde(rename = "titre")]
    pub title: Text,
    #[serde(rename = "titre_en")]
    pub title_en: Option<Text>,
    #[serde(rename = "debut")]
    pub start: Text,
    #[serde(rename = "fin")]
    pub end: Text,
    pub description: Option<Text>,
    pub description_en: Option<Text>,
    #[serde(rename = "type_en")]
    pub kind_en: Option<Text>,
    /// Whether it gets a choose control; by default only ateliers do.
    #[serde(rename = "au_choix")]
    pub choosable: Option<Flag>,
    #[serde(rename = "jour")]
    pub day: Option<Text>,
    #[serde(rename = "salle")]
    pub room: Option<Text>,
    #[serde(rename = "inscription")]
    pub registration: Option<Text>,
    #[serde(rename = "inscription_en")]
    pub registration_en: Option<Text>,
    #[serde(rename = "inscription_lien")]
    pub registration_link: Option<Text>,
    #[serde(rename = "capacite")]
    pub capacity: Option<Text>,
    #[serde(rename = "capacite_en")]
    pub capacity_en: Option<Text>,
    #[serde(default, rename = "accessibilite")]
    pub access: TextList,
    #[serde(rename = "accessibilite_note")]
    pub access_note: Option<Text>,
    #[serde(rename = "accessibilite_note_en")]
    pub access_note_en: Option<Text>,
    #[serde(default, rename = "etiquettes")]
    pub tags: TextList,
    #[serde(rename = "etiquettes_en")]
    pub tags_en: Option<TextList>,
    #[serde(default, rename = "intervenant")]
    pub speakers: Vec<SpeakerRaw>,
    /// Cancelled after publication: the card says so and it can no longer be chosen.
    #[serde(rename = "annule")]
    pub cancelled: Option<Flag>,
    #[serde(rename = "annule_note")]
    pub cancelled_note: Option<Text>,
    #[serde(rename = "annule_note_en")]
    pub cancelled_note_en: Option<Text>,
}

/// `[[seance.intervenant]]`: who speaks, in order.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SpeakerRaw {
    #[serde(rename = "nom")]
    pub name: Text,
    #[serde(rename = "fonction")]
    pub role: Option<Text>,
    #[serde(rename = "fonction_en")]
    pub role_en: Option<Text>,
    pub organisation: Option<Text>,
    pub organisation_en: Option<Text>,
}

/// `[[lieu]]`: a place other than the event's own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlaceRaw {
    pub id: Text,
    #[serde(rename = "nom")]
    pub name: Text,
    #[serde(rename = "nom_en")]
    pub name_en: Option<Text>,
    #[serde(rename = "adresse")]
    pub address: Text,
}

/// `[[salle]]`: a room, in the event's place or in one of `[[lieu]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RoomRaw {
    pub id: Text,
    #[serde(rename = "nom")]
    pub name: Text,
    #[serde(rename = "nom_en")]
    pub name_en: Option<Text>,
    /// Building, floor, how to find it.
    #[serde(rename = "precision")]
    pub detail: Option<Text>,
    #[serde(rename = "precision_en")]
    pub detail_en: Option<Text>,
    #[serde(rename = "lieu")]
    pub place: Option<Text>,
}

/// `[accessibilite]`: every field optional, and so the section.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StatementRaw {
    #[serde(rename = "entite")]
    pub entity: Option<Text>,
    pub contact: Option<Text>,
    pub contact_en: Option<Text>,
    pub date: Option<Text>,
}

/// A text that is not blank. Dates and times written without quotes are TOML values of their
/// own; they are taken as the text they read.
#[derive(Deserialize)]
#[serde(try_from = "Value")]
pub(super) struct Text(pub String);

impl TryFrom<Value> for Text {
    type Error = &'static str;

    fn try_from(value: Value) -> Result<Self, Self::Error> {
        match value {
            Value::String(s) if s.trim().is_empty() => Err("texte vide"),
            Value::String(s) => Ok(Text(s)),
            Value::Datetime(d) => Ok(Text(d.to_string())),
            _ => Err("doit être un texte entre guillemets"),
        }
    }
}

/// An atelier's number, from 1 to 99.
#[derive(Deserialize)]
#[serde(try_from = "Value")]
pub(super) struct Number(pub u8);

impl TryFrom<Value> for Number {
    type Error = &'static str;

    fn try_from(value: Value) -> Result<Self, Self::Error> {
        match value {
            Value::Integer(n) => u8::try_from(n).ok().filter(|n| (1..=99).contains(n)),
            _ => None,
        }
        .map(Number)
        .ok_or("doit être un nombre entier de 1 à 99")
    }
}

/// `true` or `false`.
#[derive(Deserialize)]
#[serde(try_from = "Value")]
pub(super) struct Flag(pub bool);

impl TryFrom<Value> for Flag {
    type Error = &'static str;

    fn try_from(value: Value) -> Result<Self, Self::Error> {
        match value {
            Value::Boolean(b) => Ok(Flag(b)),
            _ => Err("doit valoir true ou false (sans guillemets)"),
        }
    }
}

/// A list of texts, `["Europe", "emploi"]`; a single text is a list of one.
#[derive(Default, Deserialize)]
#[serde(try_from = "Value")]
pub(super) struct TextList(pub Vec<Text>);

impl TryFrom<Value> for TextList {
    type Error = &'static str;

    fn try_from(value: Value) -> Result<Self, Self::Error> {
        let items = match value {
            Value::Array(items) => items,
            one => vec![one],
        };
        items
            .into_iter()
            .map(|v| {
                Text::try_from(v).map_err(|_| {
                    "doit être une liste de textes, par exemple [\"Europe\", \"emploi\"]"
                })
            })
            .collect::<Result<_, _>>()
            .map(TextList)
    }
}
