//! The app's reactive state and the actions on it. Rendering only reads signals; the storage,
//! the URL and the window's events are touched in `start`, which runs after mount, so the first
//! render is the same with or without a browser (prerendering stays possible).

use super::local_storage::{local, Local};
use crate::bookmarks::{storage_key, Bookmarks};
use crate::event::{event, words, Event};
use crate::lang::Lang;
use crate::route::{Route, View};
use crate::storage_policy::{self, Note};
use crate::strings::Ui;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppState {
    /// The page's language, fixed for its life: the other language is another page.
    pub lang: Lang,
    pub route: RwSignal<Route>,
    pub bookmarks: RwSignal<Bookmarks>,
    pub notes: RwSignal<Vec<Note>>,
    /// False until storage has been read, and for good once it has failed.
    writable: RwSignal<bool>,
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            route: RwSignal::new(Route::HOME),
            bookmarks: RwSignal::new(Bookmarks::default()),
            notes: RwSignal::new(Vec::new()),
            writable: RwSignal::new(false),
        }
    }

    pub fn event(&self) -> &'static Event {
        event(self.lang)
    }

    pub fn ui(&self) -> &'static Ui {
        words(self.lang)
    }

    /// Whether « Mes ateliers » is the view.
    pub fn mine(&self) -> bool {
        self.route.with(|r| r.view == View::MyAteliers)
    }

    pub fn is_chosen(&self, id: &str) -> bool {
        self.bookmarks.with(|b| b.contains(id))
    }

    /// Whether chosen sessions overlap in time: only one of them can be attended.
    pub fn overlap(&self) -> bool {
        crate::event::any_overlap(self.event().sessions, |id| self.is_chosen(id))
    }

    /// Chosen ateliers that the content has (stored ids it lost are not counted).
    pub fn chosen_count(&self) -> usize {
        self.bookmarks
            .with(|b| b.count_known(|id| self.event().session(id).is_some_and(|s| s.choosable)))
    }

    pub fn toggle(&self, id: &str) {
        self.bookmarks.update(|b| {
            b.toggle(id);
        });
        self.save();
    }

    fn save(&self) {
        if self.writable.get_untracked() {
            let saved = self.bookmarks.with_untracked(|b| {
                storage_policy::save(local().as_ref().map(as_kv), &self.key(), b)
            });
            if saved.is_err() {
                self.writable.set(false);
                self.add_note(Note::NotKept);
            }
        }
    }

    fn add_note(&self, note: Note) {
        self.notes.update(|notes| {
            if !notes.contains(&note) {
                notes.push(note);
            }
        });
    }
}

impl AppState {
    /// The same in both languages: choices made on one page show on the other.
    fn key(&self) -> String {
        storage_key(self.event().id)
    }
}

fn as_kv(l: &Local) -> &dyn storage_policy::KeyValue {
    l
}

mod browser {
    use super::*;
    use crate::route::{MY_ATELIERS_HEADING, PROGRAMME_HEADING};
    use leptos::ev;
    use wasm_bindgen::JsCast;

    impl AppState {
        /// After mount: reads the stored choices and the fragment, then follows the window's
        /// `hashchange` (links, back and forward) and `storage` (another tab) events.
        pub fn start(self) {
            let loaded = storage_policy::load(local().as_ref().map(as_kv), &self.key());
            self.bookmarks.set(loaded.bookmarks);
            self.writable.set(loaded.writable);
            for note in loaded.notes {
                self.add_note(note);
            }
            self.follow_hash();
            // Tells tests (and prerendered markup, later) that choices and route are applied.
            if let Some(root) = document().document_element() {
                let _ = root
                    .set_attribute(crate::contract::attr::APP_STATE, crate::contract::APP_READY);
            }
            // The listeners live as long as the page: their handles are not kept.
            let _ = window_event_listener_untyped("hashchange", move |_| self.follow_hash());
            let _ = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
                // `key` is null when another tab cleared the whole storage.
                let ours = e.key().is_none_or(|k| k == self.key());
                if ours && self.writable.get_untracked() {
                    if let Some(b) = storage_policy::from_other_tab(e.new_value().as_deref()) {
                        self.bookmarks.set(b);
                    }
                }
            });
        }

        fn follow_hash(&self) {
            let hash = window().location().hash().unwrap_or_default();
            let event = self.event();
            if let Some(route) = Route::from_hash(&hash, |id| event.session(id).is_some()) {
                if route != self.route.get_untracked() {
                    self.route.set(route);
                }
            }
        }
    }

    /// Moves the focus to what a route change brought, so keyboard and screen reader users
    /// land on it: the session's heading, or the view's heading.
    pub fn focus_route(event: &Event, route: &Route) {
        let target = match (&route.session, route.view) {
            (Some(id), _) => event
                .session(id)
                .map_or(PROGRAMME_HEADING, |s| s.heading_id),
            (None, View::MyAteliers) => MY_ATELIERS_HEADING,
            (None, View::Programme) => PROGRAMME_HEADING,
        };
        let Some(el) = document().get_element_by_id(target) else {
            return;
        };
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

pub use browser::focus_route;
