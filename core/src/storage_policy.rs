//! What to do with the device's storage, whatever it does: the policy, written against a small
//! trait so that a throwing, full or missing storage is tested natively. the page's `local_storage.rs` is the
//! browser's side.

use crate::bookmarks::{backup_key, Bookmarks, Unreadable};

/// A storage call that threw: blocked, sandboxed, full.
#[derive(Debug, PartialEq, Eq)]
pub struct Fault;

pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, Fault>;
    fn set(&self, key: &str, value: &str) -> Result<(), Fault>;
}

/// A quiet line for the participant about where their choices are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// Storage missing, refused or full: choices live as long as the page.
    NotKept,
    /// Saved choices could not be read; they were set aside, the list starts empty.
    SetAside(UnreadableKind),
}

/// `Unreadable` without data, so that `Note` stays `Copy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnreadableKind {
    OtherVersion,
    Damaged,
}

impl From<&Unreadable> for UnreadableKind {
    fn from(u: &Unreadable) -> Self {
        match u {
            Unreadable::UnknownVersion => UnreadableKind::OtherVersion,
            Unreadable::Malformed => UnreadableKind::Damaged,
        }
    }
}

/// The state the app starts from.
#[derive(Debug, PartialEq, Eq)]
pub struct Loaded {
    pub bookmarks: Bookmarks,
    /// Whether changes may be written to the main key. False when storage is unusable, or when
    /// an unreadable value could not be copied aside (writing would destroy it).
    pub writable: bool,
    pub notes: Vec<Note>,
}

/// Reads the choices under `key`. Never fails: every fault becomes a note.
pub fn load(kv: Option<&dyn KeyValue>, key: &str) -> Loaded {
    let not_kept = || Loaded {
        bookmarks: Bookmarks::default(),
        writable: false,
        notes: vec![Note::NotKept],
    };
    let Some(kv) = kv else { return not_kept() };
    let raw = match kv.get(key) {
        Err(Fault) => return not_kept(),
        Ok(None) => {
            return Loaded {
                bookmarks: Bookmarks::default(),
                writable: true,
                notes: vec![],
            }
        }
        Ok(Some(raw)) => raw,
    };
    match Bookmarks::parse(&raw) {
        Ok(bookmarks) => Loaded {
            bookmarks,
            writable: true,
            notes: vec![],
        },
        Err(why) => {
            let set_aside = Note::SetAside((&why).into());
            // Copy the value aside first; only a successful copy allows writing over it.
            let copied = backup_key(key, &raw, |k| kv.get(k).ok().flatten())
                .is_some_and(|backup| kv.set(&backup, &raw).is_ok());
            Loaded {
                bookmarks: Bookmarks::default(),
                writable: copied,
                notes: if copied {
                    vec![set_aside]
                } else {
                    vec![set_aside, Note::NotKept]
                },
            }
        }
    }
}

/// Writes the choices; on a fault the caller keeps them in memory and shows `Note::NotKept`.
pub fn save(kv: Option<&dyn KeyValue>, key: &str, bookmarks: &Bookmarks) -> Result<(), Fault> {
    kv.ok_or(Fault)?.set(key, &bookmarks.serialize())
}

/// Another tab changed `key` to `new_value`: the choices to show now, if they can be read.
/// Unreadable values are left to the tab that reads them at start-up.
pub fn from_other_tab(new_value: Option<&str>) -> Option<Bookmarks> {
    match new_value {
        None => Some(Bookmarks::default()),
        Some(raw) => Bookmarks::parse(raw).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    /// An in-memory storage that can be told to throw on reads, on writes, or once full.
    #[derive(Default)]
    struct Fake {
        map: RefCell<HashMap<String, String>>,
        throw_on_get: bool,
        throw_on_set: bool,
    }

    impl KeyValue for Fake {
        fn get(&self, key: &str) -> Result<Option<String>, Fault> {
            if self.throw_on_get {
                return Err(Fault);
            }
            Ok(self.map.borrow().get(key).cloned())
        }
        fn set(&self, key: &str, value: &str) -> Result<(), Fault> {
            if self.throw_on_set {
                return Err(Fault);
            }
            self.map.borrow_mut().insert(key.into(), value.into());
            Ok(())
        }
    }

    fn with(key: &str, value: &str) -> Fake {
        let f = Fake::default();
        f.map.borrow_mut().insert(key.into(), value.into());
        f
    }

    const K: &str = "journee.e.favoris";

    #[test]
    fn nothing_stored_starts_empty_and_writable() {
        let f = Fake::default();
        let l = load(Some(&f), K);
        assert_eq!(
            l,
            Loaded {
                bookmarks: Bookmarks::default(),
                writable: true,
                notes: vec![]
            }
        );
    }

    #[test]
    fn stored_choices_come_back() {
        let f = with(K, "v1:atelier-2");
        let l = load(Some(&f), K);
        assert!(l.bookmarks.contains("atelier-2"));
        assert!(l.writable && l.notes.is_empty());
    }

    #[test]
    fn save_then_load_round_trips() {
        let f = Fake::default();
        let mut b = Bookmarks::default();
        b.toggle("atelier-4");
        save(Some(&f), K, &b).unwrap();
        assert_eq!(load(Some(&f), K).bookmarks, b);
    }

    #[test]
    fn missing_or_throwing_storage_works_in_memory_and_says_so() {
        let l = load(None, K);
        assert_eq!((l.writable, l.notes), (false, vec![Note::NotKept]));
        let f = Fake {
            throw_on_get: true,
            ..Fake::default()
        };
        let l = load(Some(&f), K);
        assert_eq!((l.writable, l.notes), (false, vec![Note::NotKept]));
        assert_eq!(save(None, K, &Bookmarks::default()), Err(Fault));
    }

    #[test]
    fn a_full_storage_fails_the_save_without_panicking() {
        let f = Fake {
            throw_on_set: true,
            ..Fake::default()
        };
        assert!(load(Some(&f), K).writable);
        assert_eq!(save(Some(&f), K, &Bookmarks::default()), Err(Fault));
    }

    #[test]
    fn unreadable_data_is_copied_aside_before_anything_is_written() {
        let f = with(K, "{\"old\":[1,2]}");
        let l = load(Some(&f), K);
        assert_eq!(l.bookmarks, Bookmarks::default());
        assert!(l.writable);
        assert_eq!(l.notes, vec![Note::SetAside(UnreadableKind::Damaged)]);
        let map = f.map.borrow();
        assert_eq!(
            map.get(&format!("{K}.illisible")).unwrap(),
            "{\"old\":[1,2]}"
        );
        // The main key is untouched until the participant chooses again.
        assert_eq!(map.get(K).unwrap(), "{\"old\":[1,2]}");
    }

    #[test]
    fn another_version_is_set_aside_too() {
        let f = with(K, "v2:atelier-1");
        let l = load(Some(&f), K);
        assert_eq!(l.notes, vec![Note::SetAside(UnreadableKind::OtherVersion)]);
        assert_eq!(
            f.map.borrow().get(&format!("{K}.illisible")).unwrap(),
            "v2:atelier-1"
        );
    }

    #[test]
    fn unreadable_data_that_cannot_be_copied_is_never_overwritten() {
        let f = Fake {
            throw_on_set: true,
            ..with(K, "garbage")
        };
        let l = load(Some(&f), K);
        assert!(!l.writable, "writing would destroy the only copy");
        assert_eq!(
            l.notes,
            vec![Note::SetAside(UnreadableKind::Damaged), Note::NotKept]
        );
        assert_eq!(f.map.borrow().get(K).unwrap(), "garbage");
    }

    #[test]
    fn other_tabs_changes() {
        assert_eq!(from_other_tab(None), Some(Bookmarks::default()));
        assert!(from_other_tab(Some("v1:atelier-1"))
            .unwrap()
            .contains("atelier-1"));
        assert_eq!(from_other_tab(Some("nonsense")), None);
    }
}
