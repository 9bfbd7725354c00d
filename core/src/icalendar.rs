//! Calendar files (iCalendar, RFC 5545) for « Ajouter à mon agenda »: one session, or « Mon
//! programme ». Written in the browser, so that they work offline and carry the address the
//! page was opened from; pure text in, text out, so that the tests read them back natively.
//!
//! Written by hand: the `icalendar` crate (0.17.17, with chrono, no default features) makes the
//! tools' wasm 88,409 B instead of 33,735 (+26.8 KB gzip, over their 24 KB budget; measured,
//! BENCHMARKS.md). The files are read back in tests by two independent parsers.

use crate::dates::{Date, Time};

/// One event of the file, its texts as plain text (escaped here).
pub struct Entry<'a> {
    /// Stable: the same session always has the same UID, so that a second import updates it.
    pub uid: String,
    pub summary: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    /// The session's deep link.
    pub url: &'a str,
    pub date: Date,
    pub start: Time,
    pub end: Time,
}

/// The stable UID of a session: its id and the event's, which never change once published.
pub fn uid(event_id: &str, session_id: &str) -> String {
    format!("{session_id}.{event_id}@journee")
}

/// Europe/Paris since 1996: the last Sundays of March and October.
const PARIS: &str = "BEGIN:VTIMEZONE\nTZID:Europe/Paris\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE";

/// The whole file: CRLF line ends, long lines folded. `stamp`: now, in UTC, as
/// `20261126T080000Z` (DTSTAMP).
pub fn calendar(entries: &[Entry], stamp: &str) -> String {
    let mut lines: Vec<String> = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//journee//programme//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    .map(String::from)
    .to_vec();
    lines.extend(PARIS.lines().map(String::from));
    for e in entries {
        let at = |t: Time| {
            format!(
                "TZID=Europe/Paris:{:04}{:02}{:02}T{:02}{:02}00",
                e.date.year,
                e.date.month,
                e.date.day,
                t.hour(),
                t.minute()
            )
        };
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", e.uid),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;{}", at(e.start)),
            format!("DTEND;{}", at(e.end)),
            format!("SUMMARY:{}", text(e.summary)),
        ]);
        // A session without a description (the plenary) has no DESCRIPTION at all: libical
        // (GNOME Evolution) refuses an empty one.
        if !e.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", text(e.description)));
        }
        lines.extend([
            format!("LOCATION:{}", text(e.location)),
            // A URI, not text: its commas and semicolons stay as they are.
            format!("URL:{}", e.url),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect()
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11).
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, ended by CRLF and folded so that no line is longer than 75 octets: each
/// continuation starts with a space, and no UTF-8 character is split (RFC 5545, 3.1).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut room = 75;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = 74;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// DTSTAMP's form of a UTC time given in milliseconds since 1970 (the browser's `Date.now()`).
pub fn utc_stamp(millis: f64) -> String {
    let secs = (millis / 1000.0) as i64;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let date = Date::from_days(days);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        date.year,
        date.month,
        date.day,
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests;
