//! The page's tools, a wasm of their own that assets/tools.js loads the first time one is used
//! (not with the page, whose first download has a budget: tests/budget.test.mjs). Each takes
//! and gives plain strings; the logic is `journee-core`'s, tested natively.

// `journee-core` alone, not the `journee` library: linking that would bring the page's
// components and their dependencies' exports into this wasm (about 20 KB gzip more).
use journee_core::dates::{Date, Time};
use journee_core::icalendar::{calendar, uid, utc_stamp, Entry};
use journee_core::qr::Qr;
use journee_core::transfer::{self, Refused};
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// `"<side> <path>"`: the QR code of `text` with a quiet zone of 4 modules, `side` modules wide,
/// for an SVG `viewBox` and `d`; empty when `text` is too long for a code.
#[wasm_bindgen]
pub fn qr_svg(text: &str) -> String {
    Qr::encode(text.as_bytes())
        .map(|q| format!("{} {}", q.size + 8, q.svg_path(4)))
        .unwrap_or_default()
}

/// A calendar file (RFC 5545). `fields`, separated by U+001F: the event's date `YYYY-MM-DD`,
/// then for each session its id, start and end `HH:MM`, summary, description, location and URL.
/// `now`: milliseconds since 1970 (DTSTAMP).
#[wasm_bindgen]
pub fn calendar_file(event_id: &str, fields: &str, now: f64) -> String {
    let mut fields = fields.split('\u{1F}');
    let date = fields.next().and_then(Date::parse);
    let fields: Vec<&str> = fields.collect();
    let Some(date) = date else {
        return String::new();
    };
    let entries: Vec<Entry> = fields
        .chunks_exact(7)
        .filter_map(|f| {
            Some(Entry {
                uid: uid(event_id, f[0]),
                start: Time::parse(f[1])?,
                end: Time::parse(f[2])?,
                summary: f[3],
                description: f[4],
                location: f[5],
                url: f[6],
                date,
            })
        })
        .collect();
    calendar(&entries, &utc_stamp(now))
}

/// Reads `hash` as a transfer link against the programme's `ateliers` (space-separated ids):
/// `"ids=<ids>;unknown=<n>;duplicates=<0|1>"`, `"refused"` (malformed or too long), or an empty
/// string when the fragment is no transfer link.
#[wasm_bindgen]
pub fn read_transfer(hash: &str, ateliers: &str) -> String {
    let known: Vec<&str> = ateliers.split_whitespace().collect();
    match transfer::decode(hash, |id| known.contains(&id)) {
        None => String::new(),
        Some(Err(Refused::Malformed | Refused::TooLong)) => "refused".to_string(),
        Some(Ok(i)) => format!(
            "ids={};unknown={};duplicates={}",
            i.ids.join(" "),
            i.unknown,
            u8::from(i.duplicates)
        ),
    }
}

/// The fragment that carries `ids` (space-separated) to another device.
#[wasm_bindgen]
pub fn transfer_fragment(ids: &str) -> String {
    transfer::encode(ids.split_whitespace())
}
