//! `[sigles]`: the acronyms of the text and what they stand for. The build explains each at its
//! first appearance and lists them in the glossary (`codegen.rs`).

use super::model::{BlockSrc, ContentError, EventSrc};
use super::place::Place;
use super::raw::Text;
use crate::typo;
use std::collections::BTreeMap;

/// `[sigles]`: `AICT = "action internationale des collectivités territoriales"`. Each must
/// appear in the text, so that a misspelt one is caught.
pub(super) fn parse(
    file: &str,
    table: &BTreeMap<String, Text>,
    event: &EventSrc,
) -> Result<Vec<(String, String)>, ContentError> {
    let section = Place::Section("sigles");
    let text = event_text(event);
    let mut acronyms = Vec::new();
    for (key, Text(meaning)) in table {
        let valid = (2..=10).contains(&key.len())
            && key
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if !valid {
            return Err(section.err(
                file,
                key,
                "un sigle s'écrit en majuscules (2 à 10 lettres ou chiffres)",
            ));
        }
        if find_word(&text, key).is_none() {
            return Err(section.err(file, key, "ce sigle n'apparaît nulle part dans le texte"));
        }
        acronyms.push((key.clone(), typo::fr(meaning)));
    }
    Ok(acronyms)
}

/// `[sigles_en]`: `AICT = "international action of local authorities"`, the English meanings.
/// Each must be an acronym of `[sigles]`; one without a translation is given in French.
pub(super) fn parse_english(
    file: &str,
    table: &BTreeMap<String, Text>,
    french: &[(String, String)],
) -> Result<Vec<(String, String)>, ContentError> {
    let mut meanings = Vec::new();
    for (key, Text(meaning)) in table {
        if !french.iter().any(|(a, _)| a == key) {
            return Err(Place::Section("sigles_en").err(
                file,
                key,
                "ce sigle n'est pas dans la section [sigles] : ajoutez-le d'abord en français",
            ));
        }
        meanings.push((key.clone(), typo::en(meaning)));
    }
    Ok(meanings)
}

/// All the event's text, for checks.
fn event_text(e: &EventSrc) -> String {
    let mut text = String::new();
    let mut add = |blocks: &[BlockSrc]| {
        for b in blocks {
            match b {
                BlockSrc::Paragraph(p) => text.push_str(p),
                BlockSrc::List(items) => items.iter().for_each(|i| text.push_str(i)),
            }
            text.push('\n');
        }
    };
    add(&e.intro);
    for s in &e.sessions {
        add(&s.description);
    }
    text
}

/// Byte offset of `word` standing alone in `text` (not inside a longer word).
pub fn find_word(text: &str, word: &str) -> Option<usize> {
    let alone = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        alone(text[..at].chars().next_back()) && alone(text[at + word.len()..].chars().next())
    })
}
