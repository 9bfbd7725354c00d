//! The participant's chosen ateliers and their stored form, with no browser in sight so that
//! every case (old, broken or future data) is tested natively. The page's `local_storage.rs` does the I/O.
//!
//! Stored form, under one key per event: `v1:` then the ids separated by commas, e.g.
//! `v1:atelier-1,atelier-3`. Ids are those of the content file (`[a-z0-9-]`), so they never
//! contain the separator.

use crate::ids::is_valid_id;

const PREFIX_V1: &str = "v1:";
/// How many backup keys to try before giving up keeping a copy (and then never writing).
const BACKUP_SLOTS: usize = 5;

/// The key holding an event's choices; the event id keeps two events' choices apart.
pub fn storage_key(event_id: &str) -> String {
    format!("journee.{event_id}.favoris")
}

/// Chosen session ids, in the order they were chosen. Ids that the content no longer has are
/// kept (a later content fix may bring them back) and simply not shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bookmarks {
    ids: Vec<String>,
}

/// Why a stored value could not be read. The value itself is kept by the caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by another version of the app (`v2:…`): not ours to interpret or overwrite.
    UnknownVersion,
    /// Not in any known form: damaged, or written by something else.
    Malformed,
}

impl Bookmarks {
    pub fn parse(raw: &str) -> Result<Bookmarks, Unreadable> {
        let Some(list) = raw.strip_prefix(PREFIX_V1) else {
            let looks_versioned = raw.starts_with('v')
                && raw[1..]
                    .split_once(':')
                    .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            return Err(if looks_versioned {
                Unreadable::UnknownVersion
            } else {
                Unreadable::Malformed
            });
        };
        let mut b = Bookmarks::default();
        for id in list.split(',').filter(|id| !id.is_empty()) {
            if !is_valid_id(id) {
                return Err(Unreadable::Malformed);
            }
            if !b.contains(id) {
                b.ids.push(id.to_string());
            }
        }
        Ok(b)
    }

    pub fn serialize(&self) -> String {
        format!("{PREFIX_V1}{}", self.ids.join(","))
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }

    /// Adds or removes `id`; returns whether it is now chosen.
    pub fn toggle(&mut self, id: &str) -> bool {
        if let Some(pos) = self.ids.iter().position(|i| i == id) {
            self.ids.remove(pos);
            false
        } else {
            self.ids.push(id.to_string());
            true
        }
    }

    /// How many of the chosen ids satisfy `known` (exist in the content).
    pub fn count_known(&self, known: impl Fn(&str) -> bool) -> usize {
        self.ids.iter().filter(|id| known(id)).count()
    }
}

/// Where to keep an unreadable value so that nothing is lost: the first backup key that is free
/// or already holds this very value. `None` if all are taken by other values; the caller must
/// then leave the main key untouched.
pub fn backup_key(
    main_key: &str,
    raw: &str,
    current: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    (1..=BACKUP_SLOTS)
        .map(|n| match n {
            1 => format!("{main_key}.illisible"),
            n => format!("{main_key}.illisible-{n}"),
        })
        .find(|key| current(key).is_none_or(|v| v == raw))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn round_trip() {
        let mut b = Bookmarks::default();
        assert_eq!(b.serialize(), "v1:");
        assert!(b.toggle("atelier-3"));
        assert!(b.toggle("atelier-1"));
        assert_eq!(b.serialize(), "v1:atelier-3,atelier-1");
        assert_eq!(Bookmarks::parse(&b.serialize()), Ok(b.clone()));
        assert_eq!(Bookmarks::parse("v1:"), Ok(Bookmarks::default()));
    }

    #[test]
    fn toggling_twice_removes() {
        let mut b = Bookmarks::default();
        assert!(b.toggle("atelier-2"));
        assert!(b.contains("atelier-2"));
        assert!(!b.toggle("atelier-2"));
        assert!(!b.contains("atelier-2"));
        assert_eq!(b, Bookmarks::default());
    }

    #[test]
    fn unknown_ids_are_kept_but_not_counted() {
        let mut b = Bookmarks::parse("v1:atelier-9,atelier-2").unwrap();
        let known = |id: &str| ["atelier-1", "atelier-2"].contains(&id);
        assert_eq!(b.count_known(known), 1);
        b.toggle("atelier-1");
        assert_eq!(b.count_known(known), 2);
        assert_eq!(b.serialize(), "v1:atelier-9,atelier-2,atelier-1");
    }

    #[test]
    fn duplicates_and_empty_items_are_tolerated() {
        let b = Bookmarks::parse("v1:atelier-1,,atelier-1,").unwrap();
        assert_eq!(b.serialize(), "v1:atelier-1");
    }

    #[test]
    fn another_version_is_not_ours_to_read() {
        assert_eq!(
            Bookmarks::parse("v2:atelier-1"),
            Err(Unreadable::UnknownVersion)
        );
        assert_eq!(Bookmarks::parse("v10:{}"), Err(Unreadable::UnknownVersion));
    }

    #[test]
    fn damaged_or_foreign_values_are_unreadable() {
        for raw in [
            "",
            "atelier-1",
            "[\"atelier-1\"]",
            "{\"v\":1}",
            "v1:Atelier 1",
            "v1:atelier-1;atelier-2",
            "v:atelier-1",
            "vx:1",
            "v1:\u{0}",
            "null",
        ] {
            assert_eq!(Bookmarks::parse(raw), Err(Unreadable::Malformed), "{raw:?}");
        }
    }

    #[test]
    fn the_key_depends_on_the_event() {
        assert_eq!(storage_key("rennes-2024"), "journee.rennes-2024.favoris");
    }

    #[test]
    fn backups_never_overwrite_another_value() {
        let mut store: HashMap<String, String> = HashMap::new();
        let get = |s: &HashMap<String, String>, k: &str| s.get(k).cloned();
        let k = backup_key("m", "bad", |key| get(&store, key)).unwrap();
        assert_eq!(k, "m.illisible");
        store.insert(k, "bad".into());
        // The same value again: same key, no second copy.
        assert_eq!(
            backup_key("m", "bad", |key| get(&store, key)).unwrap(),
            "m.illisible"
        );
        // Another value: the next free key.
        assert_eq!(
            backup_key("m", "worse", |key| get(&store, key)).unwrap(),
            "m.illisible-2"
        );
        for n in 2..=BACKUP_SLOTS {
            store.insert(format!("m.illisible-{n}"), format!("other {n}"));
        }
        assert_eq!(backup_key("m", "worst", |key| get(&store, key)), None);
    }
}
