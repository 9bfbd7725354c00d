//! Where something is wrong in the content file, in the organiser's words; and serde's errors
//! put in those words: toml gives a byte offset and an English message, the organiser needs
//! the section or session, the field and the problem, in French.

use super::model::ContentError;
use std::fmt;
use std::ops::Range;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// A place of the file, as messages name it.
pub(super) enum Place<'a> {
    /// Outside any section: « début du fichier ».
    Top,
    /// `[name]`: « section [name] ».
    Section(&'a str),
    /// The `index`th `[[seance]]` block (from 0), named by its id when it has one.
    Session { index: usize, id: Option<&'a str> },
    /// The `index`th block of `[[salle]]` or `[[lieu]]`, named by its id when it has one.
    Item {
        table: &'a str,
        index: usize,
        id: Option<&'a str>,
    },
}

impl Place<'_> {
    pub(super) fn err(&self, file: &str, field: &str, problem: impl Into<String>) -> ContentError {
        ContentError {
            file: file.to_string(),
            place: self.to_string(),
            field: field.to_string(),
            problem: problem.into(),
        }
    }
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Top => write!(f, "début du fichier"),
            Place::Section(name) => write!(f, "section [{name}]"),
            Place::Session { index, id: None } => write!(f, "séance n° {} du fichier", index + 1),
            Place::Session {
                index,
                id: Some(id),
            } => write!(f, "séance « {id} » (séance n° {} du fichier)", index + 1),
            Place::Item {
                table,
                index,
                id: None,
            } => write!(f, "{table} n° {} du fichier", index + 1),
            Place::Item {
                table,
                index,
                id: Some(id),
            } => write!(f, "{table} « {id} » ({table} n° {} du fichier)", index + 1),
        }
    }
}

/// `error`, met deserialising `text`, as the organiser reads it.
pub(super) fn toml_error(file: &str, text: &str, error: &toml::de::Error) -> ContentError {
    let doc = match DeTable::parse(text) {
        Ok(doc) => doc.into_inner(),
        // Not TOML at all: toml's own message says where, quoting the line.
        Err(syntax) => {
            return ContentError {
                file: file.to_string(),
                place: "syntaxe TOML".to_string(),
                field: String::new(),
                problem: syntax.to_string().trim().replace('\n', " "),
            }
        }
    };
    let spot = match error.span() {
        Some(span) => locate(&doc, span.start),
        None => Spot::In(Place::Top, None),
    };
    let (place, field) = match spot {
        // serde's message would be about the first field it looked for in it.
        Spot::Misshapen(place, field, shape) => {
            return place.err(file, field, format!("doit être {shape}"))
        }
        Spot::In(place, field) => (place, field),
    };
    let message = error.message();
    // serde's own messages, in English, name the field between backticks.
    let mut named = message.split('`').skip(1).step_by(2);
    if message.starts_with("unknown field `") {
        let field = named.next().unwrap_or_default();
        let known = named.collect::<Vec<_>>().join(", ");
        return place.err(
            file,
            field,
            format!("champ inconnu (champs possibles : {known})"),
        );
    }
    if message.starts_with("missing field `") {
        return place.err(file, named.next().unwrap_or_default(), "champ manquant");
    }
    // Every field takes any TOML value and says itself, in French, what is wrong with it
    // (`raw::Text`, `raw::Number`).
    place.err(file, field.unwrap_or_default(), message)
}

/// What a byte of the file belongs to.
enum Spot<'a> {
    /// A field of a place, or the place itself (where a missing field is reported).
    In(Place<'a>, Option<&'a str>),
    /// A section or block that is not a table (the field naming it, if any, and what it must be).
    Misshapen(Place<'a>, &'a str, String),
}

/// The file's repeated blocks, `[[name]]`.
const BLOCKS: [&str; 3] = ["seance", "salle", "lieu"];

/// What byte `at` belongs to. A section's span is its header (`[evenement]`): there, the
/// section as a whole; on one of its lines, that line's field.
fn locate<'a>(doc: &'a DeTable, at: usize) -> Spot<'a> {
    for (key, value) in doc {
        let name: &str = key.get_ref();
        if covers(key.span(), at) {
            return Spot::In(Place::Top, Some(name));
        }
        match value.get_ref() {
            DeValue::Array(blocks) if BLOCKS.contains(&name) => {
                if let Some((index, block)) = blocks.iter().enumerate().find(|(_, b)| within(b, at))
                {
                    let place = |id| match name {
                        "seance" => Place::Session { index, id },
                        table => Place::Item { table, index, id },
                    };
                    let DeValue::Table(table) = block.get_ref() else {
                        return Spot::Misshapen(place(None), "", format!("un bloc [[{name}]]"));
                    };
                    let id = match table.get("id").map(Spanned::get_ref) {
                        Some(DeValue::String(id)) => Some(id.as_ref()),
                        _ => None,
                    };
                    return Spot::In(place(id), field_at(table, at));
                }
            }
            DeValue::Table(table) if !BLOCKS.contains(&name) && within(value, at) => {
                return Spot::In(Place::Section(name), field_at(table, at));
            }
            _ if within(value, at) => {
                let shape = if BLOCKS.contains(&name) {
                    format!("une suite de blocs [[{name}]]")
                } else {
                    format!("une section [{name}]")
                };
                return Spot::Misshapen(Place::Top, name, shape);
            }
            _ => {}
        }
    }
    Spot::In(Place::Top, None)
}

/// The field of `table` whose line holds byte `at`.
fn field_at<'a>(table: &'a DeTable, at: usize) -> Option<&'a str> {
    table
        .iter()
        .find(|(key, value)| covers(key.span(), at) || within(value, at))
        .map(|(key, _)| key.get_ref().as_ref())
}

/// Whether byte `at` is in `value` or in anything it holds.
fn within(value: &Spanned<DeValue>, at: usize) -> bool {
    covers(value.span(), at)
        || match value.get_ref() {
            DeValue::Table(table) => table
                .iter()
                .any(|(key, value)| covers(key.span(), at) || within(value, at)),
            DeValue::Array(items) => items.iter().any(|item| within(item, at)),
            _ => false,
        }
}

fn covers(span: Range<usize>, at: usize) -> bool {
    span.start <= at && at < span.end.max(span.start + 1)
}
