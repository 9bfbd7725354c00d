//! The page's tools, a wasm of their own that assets/tools-ui.js loads the first time one is used
//! (not with the page, whose first download has a budget: tests/budget.test.mjs). Data comes
//! in as arrays of strings and plain objects (typed in assets/tools.d.ts) and goes out as JSON,
//! never as joined strings; the logic is `journee-core`'s, tested natively.

// `journee-core` alone, not the `journee` library: linking that would bring the page's
// components and their dependencies' exports into this wasm (about 20 KB gzip more).
use journee_core::dates::{Date, Time};
use journee_core::icalendar::{calendar, uid, utc_stamp, Entry};
use journee_core::qr::Qr;
use journee_core::transfer::{self, Refused};
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// The QR code of `text` as JSON, `{"side":…,"path":"…"}`: modules across (quiet zone of 4
/// included, for the SVG's `viewBox`) and the dark modules as one path's `d`; `null` when `text`
/// is too long for a code.
#[wasm_bindgen]
pub fn qr_svg(text: &str) -> String {
    match Qr::encode(text.as_bytes()) {
        // The path is letters, digits and spaces: nothing to escape.
        Some(q) => format!("{{\"side\":{},\"path\":\"{}\"}}", q.size + 8, q.svg_path(4)),
        None => "null".to_string(),
    }
}

#[wasm_bindgen]
extern "C" {
    /// One session of a calendar file, as tools-ui.js reads it from the page (assets/tools.d.ts):
    /// `{ id, date, start, end, summary, description, location, url }`, the date as
    /// `YYYY-MM-DD`, times as `HH:MM`.
    pub type SessionData;
    #[wasm_bindgen(method, getter)]
    fn id(this: &SessionData) -> String;
    #[wasm_bindgen(method, getter)]
    fn date(this: &SessionData) -> String;
    #[wasm_bindgen(method, getter)]
    fn start(this: &SessionData) -> String;
    #[wasm_bindgen(method, getter)]
    fn end(this: &SessionData) -> String;
    #[wasm_bindgen(method, getter)]
    fn summary(this: &SessionData) -> String;
    #[wasm_bindgen(method, getter)]
    fn description(this: &SessionData) -> String;
    #[wasm_bindgen(method, getter)]
    fn location(this: &SessionData) -> String;
    #[wasm_bindgen(method, getter)]
    fn url(this: &SessionData) -> String;
}

/// A calendar file (RFC 5545) of `sessions`, each on its own day: without the sessions whose
/// date or times are unreadable. `now`: milliseconds since
/// 1970 (DTSTAMP).
#[wasm_bindgen]
pub fn calendar_file(event_id: &str, sessions: Vec<SessionData>, now: f64) -> String {
    let texts: Vec<[String; 5]> = sessions
        .iter()
        .map(|s| [s.id(), s.summary(), s.description(), s.location(), s.url()])
        .collect();
    let entries: Vec<Entry> = sessions
        .iter()
        .zip(&texts)
        .filter_map(|(s, [id, summary, description, location, url])| {
            Some(Entry {
                uid: uid(event_id, id),
                start: Time::parse(&s.start())?,
                end: Time::parse(&s.end())?,
                summary,
                description,
                location,
                url,
                date: Date::parse(&s.date())?,
            })
        })
        .collect();
    calendar(&entries, &utc_stamp(now))
}

/// Reads `hash` as a transfer link against the programme's `ateliers`, as JSON: `null` when the
/// fragment is no transfer link, `{"refused":true}` when it is cut, altered or too long, else
/// `{"ids":[…],"unknown":n,"duplicates":bool}`: the ateliers it names, each once, in its order;
/// how many ids it names that the programme lacks; whether it named one twice.
#[wasm_bindgen]
pub fn read_transfer(hash: &str, ateliers: Vec<String>) -> String {
    match transfer::decode(hash, |id| ateliers.iter().any(|a| a == id)) {
        None => "null".to_string(),
        Some(Err(Refused::Malformed | Refused::TooLong)) => "{\"refused\":true}".to_string(),
        // Ids are `[a-z0-9-]` (checked by decode): nothing to escape.
        Some(Ok(i)) => format!(
            "{{\"ids\":[{}],\"unknown\":{},\"duplicates\":{}}}",
            i.ids
                .iter()
                .map(|id| format!("\"{id}\""))
                .collect::<Vec<_>>()
                .join(","),
            i.unknown,
            i.duplicates
        ),
    }
}

/// The fragment that carries `ids` to another device.
#[wasm_bindgen]
pub fn transfer_fragment(ids: Vec<String>) -> String {
    transfer::encode(ids.iter().map(String::as_str))
}

// The page's smaller allocator (see main.rs): the tools run on one thread too.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
