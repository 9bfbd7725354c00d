//! « Transférer mes choix »: a link that carries the chosen ateliers to another device (or out
//! of an embedded copy, whose storage is apart), with no account and no server. The choices
//! travel in the fragment, which browsers never send to the server:
//! `…/programme/#transfert=atelier-1.atelier-3`.

use crate::ids::is_valid_id;

pub const PREFIX: &str = "#transfert=";
/// Far more than any programme's ateliers need; a longer fragment is not ours.
pub const MAX_LEN: usize = 1000;

/// The fragment carrying `ids` (without the page's address).
pub fn encode<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.into_iter().collect();
    format!("{PREFIX}{}", ids.join("."))
}

/// What a transfer link brings, once checked against the programme.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Incoming {
    /// Ateliers of this programme, each once, in the link's order.
    pub ids: Vec<String>,
    /// Ids this programme has no atelier for (an old link, another event): ignored.
    pub unknown: usize,
    /// The link named an atelier more than once: counted once.
    pub duplicates: bool,
}

/// Why a transfer link cannot be used. Nothing is changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not a list of ids: cut, altered or made up.
    Malformed,
    TooLong,
}

/// Reads `hash` (`location.hash`). `None`: not a transfer link at all. `is_atelier`: whether
/// the programme has an atelier of that id.
pub fn decode(hash: &str, is_atelier: impl Fn(&str) -> bool) -> Option<Result<Incoming, Refused>> {
    let list = hash.strip_prefix(PREFIX)?;
    if hash.len() > MAX_LEN {
        return Some(Err(Refused::TooLong));
    }
    if list.is_empty() || !list.split('.').all(is_valid_id) {
        return Some(Err(Refused::Malformed));
    }
    let mut incoming = Incoming::default();
    for id in list.split('.') {
        if incoming.ids.iter().any(|i| i == id) {
            incoming.duplicates = true;
        } else if is_atelier(id) {
            incoming.ids.push(id.to_string());
        } else {
            incoming.unknown += 1;
        }
    }
    Some(Ok(incoming))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(id: &str) -> bool {
        ["atelier-1", "atelier-2", "atelier-3", "atelier-4"].contains(&id)
    }

    #[test]
    fn a_link_round_trips() {
        let hash = encode(["atelier-3", "atelier-1"]);
        assert_eq!(hash, "#transfert=atelier-3.atelier-1");
        let got = decode(&hash, known).unwrap().unwrap();
        assert_eq!(got.ids, ["atelier-3", "atelier-1"]);
        assert_eq!((got.unknown, got.duplicates), (0, false));
    }

    #[test]
    fn other_fragments_are_not_transfers() {
        for hash in [
            "",
            "#",
            "#atelier-2",
            "#mes-ateliers",
            "#transfert",
            "#Transfert=atelier-1",
        ] {
            assert_eq!(decode(hash, known), None, "{hash}");
        }
    }

    #[test]
    fn unknown_ids_are_ignored_and_counted() {
        let got = decode("#transfert=atelier-9.atelier-2.pleniere", known)
            .unwrap()
            .unwrap();
        assert_eq!(got.ids, ["atelier-2"]);
        assert_eq!(got.unknown, 2);
        let none = decode("#transfert=atelier-9", known).unwrap().unwrap();
        assert!(none.ids.is_empty());
        assert_eq!(none.unknown, 1);
    }

    #[test]
    fn duplicates_count_once_and_are_noted() {
        let got = decode("#transfert=atelier-2.atelier-2.atelier-1.atelier-2", known)
            .unwrap()
            .unwrap();
        assert_eq!(got.ids, ["atelier-2", "atelier-1"]);
        assert!(got.duplicates);
    }

    #[test]
    fn garbage_is_refused_whole() {
        for hash in [
            "#transfert=",
            "#transfert=.",
            "#transfert=atelier-1..atelier-2",
            "#transfert=atelier-1.",
            "#transfert=ATELIER-1",
            "#transfert=atelier-1,atelier-2",
            "#transfert=atelier-1.<script>",
            "#transfert=%61telier-1",
            "#transfert=atelier 1",
            "#transfert=atélier-1",
            "#transfert=-atelier",
        ] {
            assert_eq!(decode(hash, known), Some(Err(Refused::Malformed)), "{hash}");
        }
    }

    #[test]
    fn too_long_is_refused_before_reading() {
        let long = format!("#transfert={}", vec!["atelier-1"; 200].join("."));
        assert!(long.len() > MAX_LEN);
        assert_eq!(decode(&long, known), Some(Err(Refused::TooLong)));
        let fits = format!("#transfert={}", vec!["atelier-1"; 90].join("."));
        assert!(fits.len() <= MAX_LEN);
        assert!(decode(&fits, known).unwrap().is_ok());
    }
}
