//! The one contract between the Rust that writes the page and the JavaScript that reads it
//! (assets/page.js, assets/tools-ui.js, assets/sw.js, assets/embed.js and index.html's head
//! scripts): every id, class, attribute, fragment, storage key and message they share is named
//! here. The components and the build write the page through these names; each script's header
//! lists the ones it reads. The test below reads every selector, `dataset` and message literal
//! of the scripts and finds it here and in the page as built, so that renaming one fails
//! `cargo test` rather than a browser, late.

pub use crate::route::{MY_ATELIERS, MY_ATELIERS_HEADING, PROGRAMME, PROGRAMME_HEADING};
/// `#transfert=…`: the fragment that carries choices to another device (page.js, tools-ui.js).
pub use journee_core::transfer::PREFIX as TRANSFER_FRAGMENT;

/// Ids of the elements the scripts look up.
pub mod id {
    /// « Hors ligne », shown by page.js while offline.
    pub const OFFLINE: &str = "hors-ligne";
    /// « Nouvelle version » and its reload button (page.js).
    pub const UPDATE: &str = "mise-a-jour";
    /// « Lien copié » after sharing by copy (tools-ui.js).
    pub const LINK_COPIED: &str = "lien-copie";
    /// The bar that confirms a choice (page.js), with its « Annuler ».
    pub const CHOICE_BAR: &str = "choix";
    /// The language link, whose choice page.js remembers.
    pub const LANGUAGE: &str = "langue";
    /// The embed's way out to the standalone page, which page.js keeps on the current fragment.
    pub const FULL_PAGE: &str = "plein-ecran";
    /// The tools' dialogs (tools-ui.js): the transfer link, the received transfer, a link to copy.
    pub const TRANSFER: &str = "transfert";
    pub const TRANSFER_LINK: &str = "transfert-lien";
    pub const TRANSFER_RECEIVED: &str = "transfert-recu";
    pub const COPY_LINK: &str = "lien-a-copier";
    pub const COPY_LINK_FIELD: &str = "lien-a-copier-champ";
    /// The programme's filter by kind and room (page.js applies it).
    pub const FILTER: &str = "filtre";
}

/// Classes the scripts read (and the few they set, see [`SET_BY_SCRIPTS`]).
pub mod class {
    pub const SESSION: &str = "session";
    pub const ATELIER: &str = "atelier";
    /// A session with a choose control.
    pub const CHOOSABLE: &str = "choosable";
    pub const TITLE: &str = "title";
    /// A card's time line, with its day, times and place for calendars (`attr::DAY`…).
    pub const TIME: &str = "time";
    /// The sessions of a day; what the filter hides (set by page.js); where it says how many
    /// it shows.
    pub const DAY: &str = "day";
    pub const FILTERED: &str = "filtered";
    pub const FILTER_RESULT: &str = "filter-result";
    /// A session cancelled after publication.
    pub const CANCELLED: &str = "cancelled";
    /// A chosen card: set by the wasm, read by page.js, tools-ui.js and index.html.
    pub const CHOSEN: &str = "chosen";
    pub const SLOT: &str = "slot";
    pub const NUMBER: &str = "number";
    pub const PICK: &str = "pick";
    pub const PICKED: &str = "picked";
    pub const DESCRIPTION: &str = "description";
    /// A card's disclosure (its presentation and tools), opened by page.js for a deep link.
    pub const MORE: &str = "more";
    /// On `main` while « Mes ateliers » is the view (set by the wasm).
    pub const MINE_VIEW: &str = "mine-view";
    pub const CONNECTION: &str = "connection";
    pub const ACCESS: &str = "access";
    pub const WHERE: &str = "where";
    pub const COPIED: &str = "copied";
    /// The view switch and its count, which index.html updates for a tap kept early.
    pub const VIEWS: &str = "views";
    pub const COUNT: &str = "count";
    /// On `<html>`: embedded (index.html, from `?embed=1`), scripts on (index.html), a key
    /// pressed since the last pointer (page.js).
    pub const EMBED: &str = "embed";
    pub const JS: &str = "js";
    pub const KEYBOARD: &str = "kbd";
}

/// Attributes the scripts read. On `<html>`: the tools' URL, the worker switch, the event id,
/// the app's state; on a card: a tap kept before the app is ready; on the tools' buttons and
/// dialogs: which tool, which session, which file name, and what each part is for.
pub mod attr {
    pub const TOOLS_URL: &str = "data-tools";
    pub const WORKER: &str = "data-sw";
    pub const EVENT_ID: &str = "data-evenement";
    pub const APP_STATE: &str = "data-app";
    pub const TAP: &str = "data-tap";
    pub const TOOL: &str = "data-tool";
    pub const SESSION_ID: &str = "data-id";
    pub const FILE_NAME: &str = "data-fichier";
    pub const COPY: &str = "data-copier";
    pub const ADD: &str = "data-ajouter";
    pub const CLOSE: &str = "data-fermer";
    pub const SHOWN_IF: &str = "data-si";
    pub const COPY_OK: &str = "data-ok";
    pub const COPY_MANUAL: &str = "data-manual";
    /// The choice bar's sentences, `{atelier}` standing for the atelier's name.
    pub const ADDED: &str = "data-ajoute";
    pub const REMOVED: &str = "data-retire";
    /// A card's kind and room (`data-type`, `data-salle`), which the filter matches, and the
    /// filter's sentences: how many are shown (`{n}`, `{total}`), and that none is.
    pub const KIND: &str = "data-type";
    pub const ROOM: &str = "data-salle";
    pub const FILTER_SHOWN: &str = "data-compte";
    pub const FILTER_NONE: &str = "data-aucun";
    /// A card's day, start, end and location, for calendar files (tools-ui.js).
    pub const DAY: &str = "data-jour";
    pub const START: &str = "data-debut";
    pub const END: &str = "data-fin";
    pub const LOCATION: &str = "data-lieu";
}

/// The tools a `data-tool` button asks tools-ui.js for, and the parts of the received transfer's
/// dialog that `data-si` shows for each outcome.
pub mod tool {
    pub const AGENDA: &str = "agenda";
    pub const AGENDA_MINE: &str = "agenda-mine";
    pub const SHARE: &str = "partager";
    pub const TRANSFER: &str = "transfert";
    pub const SHOWN_IF: [&str; 5] = ["ids", "unknown", "duplicates", "none", "refused"];
}

/// `data-app` once the wasm has applied the stored choices and the route.
pub const APP_READY: &str = "ready";
/// `data-sw` on release builds, where page.js registers the service worker.
pub const WORKER_ON: &str = "on";
/// On the host page, `#journee-atelier-2` opens the embedded programme on atelier 2 (embed.js).
pub const HOST_FRAGMENT: &str = "#journee-";
/// Where page.js remembers the language chosen, and index.html reads it back.
pub const LANGUAGE_KEY: &str = "journee.langue";
/// Where `{atelier}` is replaced in [`attr::ADDED`] and [`attr::REMOVED`].
pub const ATELIER_PLACEHOLDER: &str = "{atelier}";

/// Messages between scripts: page.js asks the waiting worker to take over (sw.js); the frame
/// tells the host page its height, and the host tells the frame which part of it is on screen
/// (page.js and embed.js, `{ journee: … }`).
pub mod message {
    pub const ACTIVATE: &str = "journee:activate";
    pub const HEIGHT: &str = "height";
    pub const VIEW: &str = "view";
}

/// What the scripts set themselves, so it is not in the page as built.
pub const SET_BY_SCRIPTS: [&str; 8] = [
    class::CHOSEN,
    class::MINE_VIEW,
    class::EMBED,
    class::JS,
    class::KEYBOARD,
    attr::APP_STATE,
    attr::TAP,
    class::FILTERED,
];

/// What only some events' pages have: the filter, for events with many sessions of several
/// kinds or rooms. Named in the contract all the same; the browser tests of such an event
/// check them in its page.
pub const FOR_LARGER_EVENTS: [&str; 7] = [
    id::FILTER,
    class::CANCELLED,
    "select",
    "form",
    class::FILTER_RESULT,
    attr::FILTER_SHOWN,
    attr::FILTER_NONE,
];

/// The host page's options, on embed.js's own `<script>` tag (EMBED.md): not in the page.
pub const EMBED_OPTIONS: [&str; 5] = [
    "data-title",
    "data-accent",
    "data-font",
    "data-lang",
    "data-theme",
];

#[cfg(all(test, feature = "ssr"))]
mod tests;
